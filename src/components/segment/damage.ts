import type { Flag, Token } from '../../doc/schema.js';
import type { Quotation } from '../../text/quotation-marks.js';
import { startsLower, startsUpper } from '../../text/case.js';

/** Quotations opened and never closed: the flag covers their last (often cut-off) sentence. */
export function flagUnclosedQuotations(text: string, quotations: readonly Quotation[]): Flag[] {
  const flags: Flag[] = [];
  for (const q of quotations) {
    if (q.closed) continue;
    const content = text.slice(q.contentStart, q.contentEnd);
    const endsCleanly = /[.!?…]["'’”)\]]*\s*$/.test(content);
    let lastStart = 0;
    const re = /[.!?…]["'’”)\]]*\s+/g;
    for (let m = re.exec(content); m; m = re.exec(content)) if (m.index + m[0].length < content.length) lastStart = m.index + m[0].length;
    const start = q.contentStart + lastStart;
    flags.push({
      kind: endsCleanly ? 'unclosed-quote' : 'truncated-quote',
      start,
      end: q.contentEnd,
      text: text.slice(start, q.contentEnd),
      message: endsCleanly
        ? 'quotation is opened but never closed'
        : 'quotation is opened, never closed, and the text stops mid-sentence',
    });
  }
  return flags;
}

// Typical UTF-8-read-as-Latin-1/Windows-1252 sequences, and the replacement character.
const MOJIBAKE = /(?:[ÂÃ][\u0080-\u00BF]|â€[™œ\u009D"“”˜¦–—¢]|â€|Ã[©¨¢¡³±¶¼]|\uFFFD)+/g;

export function flagMojibake(text: string): Flag[] {
  const flags: Flag[] = [];
  for (const m of text.matchAll(MOJIBAKE)) {
    flags.push({ kind: 'mojibake', start: m.index!, end: m.index! + m[0].length, text: m[0], message: 'characters look like UTF-8 decoded with the wrong encoding' });
  }
  return flags;
}

const CAPITALIZED = /^\p{Lu}\p{Ll}+$/u;

export interface MergedTokenSplit {
  index: number;
  at: number;
  flag: Flag;
}

/**
 * A capitalized token that is a name seen elsewhere in the document run together with a word
 * ("Iravanimade" → "Iravani" + "made"). Both halves must be attested: the name as its own token
 * in this document, the rest as a word of this document or a common English word.
 */
export function findMergedTokens(tokens: Token[], commonWords: ReadonlySet<string>): MergedTokenSplit[] {
  const names = new Map<string, number>();
  const words = new Set<string>();
  for (const t of tokens) {
    const w = t.text;
    if (startsUpper(w)) {
      if (w.length > 1 && CAPITALIZED.test(w)) names.set(w, (names.get(w) ?? 0) + 1);
    } else if (startsLower(w)) words.add(w);
  }
  const out: MergedTokenSplit[] = [];
  tokens.forEach((t, index) => {
    if (t.text.length < 6 || names.get(t.text) !== 1) return;
    for (let cut = t.text.length - 2; cut >= 3; cut--) {
      const head = t.text.slice(0, cut);
      const tail = t.text.slice(cut);
      if (!names.has(head) || head === t.text) continue;
      if (!words.has(tail) && !commonWords.has(tail)) continue;
      // Short tails are usually suffixes ("Zimbabwe" + "an"), not words.
      if (tail.length < 3) continue;
      out.push({
        index,
        at: t.start + cut,
        flag: { kind: 'merged-token', start: t.start, end: t.end, text: t.text, fix: `${head} ${tail}`, message: `"${head}" and "${tail}" are run together` },
      });
      return;
    }
  });
  return out;
}
