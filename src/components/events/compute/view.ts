import type { Doc, Token } from '../../../doc/schema.js';
import { lowerTokens } from '../../../doc/lexicon.js';

/**
 * The document's tokens without whitespace tokens, with lowercased text and lemma arrays, so the
 * clause analyser compares strings without allocating. Positions in a View are "view indices".
 */
const WHITESPACE = /^\s*$/;
/** Modal auxiliaries: the bare word after one is a verb whatever the tagger said ("would free 150 prisoners"). */
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);

export interface View {
  doc: Doc;
  tokens: Token[];
  lower: string[];
  lemma: string[];
  pos: string[];
  /** Character offsets of each token (the tokens' own start and end, in one compact place). */
  starts: number[];
  ends: number[];
  /** Sentence index of each token. */
  sentence: number[];
  /** [start, end) view indices of each sentence that has tokens. */
  sentences: Array<{ start: number; end: number }>;
}

/** Whitespace-only tokens (newlines the tagger keeps) carry nothing for the clause analysis. */
function isBlank(t: Token): boolean {
  if (t.pos === 'SPACE') return true;
  const c = t.text.charCodeAt(0);
  return (c <= 32 || c === 0xa0 || c === 0x2028 || c === 0x2029) && WHITESPACE.test(t.text);
}

export function buildView(doc: Doc): View {
  const all = doc.tokens;
  const n = all.length;
  // The document's own token list serves as long as no blank token is dropped.
  let tokens: Token[] = all;
  const lower: string[] = new Array(n);
  const lemma: string[] = new Array(n);
  const pos: string[] = new Array(n);
  const sentence: number[] = new Array(n);
  const starts: number[] = new Array(n);
  const ends: number[] = new Array(n);
  const sentences: Array<{ start: number; end: number }> = [];
  const lowerAll = lowerTokens(doc);
  let i = 0;
  let current: { start: number; end: number } | null = null;
  for (let ti = 0; ti < n; ti++) {
    const t = all[ti]!;
    if (isBlank(t)) {
      if (tokens === all) tokens = all.slice(0, i);
      continue;
    }
    const ts = t.start;
    const te = t.end;
    const lw = lowerAll[ti]!;
    let lm = t.lemma || lw;
    const c = lm.charCodeAt(0);
    // Lemmas are lowercase except for capitalized words ("Republic"); only those need lowering.
    if (c >= 65 && c <= 90) lm = lm.toLowerCase();
    if (tokens !== all) tokens.push(t);
    lower[i] = lw;
    lemma[i] = lm;
    pos[i] = t.pos;
    if ((t.pos === 'ADJ' || t.pos === 'NOUN') && i > 0 && pos[i - 1] === 'AUX' && lm === lw && MODALS.has(lower[i - 1]!)) pos[i] = 'VERB';
    starts[i] = ts;
    ends[i] = te;
    const s = t.sentence;
    sentence[i] = s;
    if (i === 0 || s !== sentence[i - 1]) sentences.push((current = { start: i, end: i + 1 }));
    else current!.end = i + 1;
    i++;
  }
  lower.length = lemma.length = pos.length = sentence.length = starts.length = ends.length = i;
  restoreMisreadPast(lower, lemma, pos, sentence);
  return { doc, tokens, lower, lemma, pos, starts, ends, sentence, sentences };
}

/** Past forms the tagger reads as nouns after a capitalized subject ("Police shot two protesters"), with their verbs. */
const MISREAD_PAST = new Map([['shot', 'shoot']]);
const OBJECT_START = new Set(['DET', 'NUM', 'PROPN', 'PRON', 'ADJ']);

/**
 * "Gunmen shot dead three soldiers", "Israel shot down a drone": such a word right after its subject (a name,
 * a pronoun or a plural noun with no determiner before it) and before an object, "at", "down" or "dead" is the verb.
 */
function restoreMisreadPast(lower: string[], lemma: string[], pos: string[], sentence: number[]): void {
  for (let i = 1; i + 1 < lower.length; i++) {
    const verb = pos[i] === 'NOUN' ? MISREAD_PAST.get(lower[i]!) : undefined;
    if (!verb || sentence[i - 1] !== sentence[i] || sentence[i + 1] !== sentence[i]) continue;
    const p = pos[i - 1];
    const subject = p === 'PROPN' || p === 'PRON' || (p === 'NOUN' && lower[i - 1]!.endsWith('s'));
    if (!subject || (i >= 2 && pos[i - 2] === 'DET' && p !== 'PROPN')) continue;
    const n = lower[i + 1]!;
    if (!OBJECT_START.has(pos[i + 1]!) && n !== 'at' && n !== 'down' && n !== 'dead') continue;
    pos[i] = 'VERB';
    lemma[i] = verb;
  }
}

/** First view index whose token ends after the offset. */
export function tokenAtOrAfter(view: View, offset: number): number {
  const ends = view.ends;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** View index after the last token overlapping [.., end) that starts at or after `first`. */
export function tokenRangeEnd(view: View, first: number, end: number): number {
  const starts = view.starts;
  let last = first;
  while (last < starts.length && starts[last]! < end) last++;
  return last;
}

/** [start, end) view indices of the tokens overlapping a character span; empty when none do. */
export function tokenRange(view: View, start: number, end: number): { start: number; end: number } {
  const first = tokenAtOrAfter(view, start);
  return { start: first, end: tokenRangeEnd(view, first, end) };
}

export const isVerb = (view: View, i: number) => view.pos[i] === 'VERB';
export const isNounLike = (view: View, i: number) => view.pos[i] === 'NOUN' || view.pos[i] === 'PROPN';
