import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { ownCopy } from '../text/own-copy.js';
import { RecentCache } from '../text/recent-cache.js';

/** One token as wink-nlp sees it, with offsets recovered into the original text. */
export interface WinkToken {
  start: number;
  end: number;
  text: string;
  pos: string;
  lemma: string;
}

export interface WinkAnalysis {
  tokens: WinkToken[];
  sentences: Array<{ start: number; end: number }>;
}

// wink's own sentence splitter costs a third of its time; sentences are cut from its tokens instead.
const nlp = winkNLP(model, ['pos']);
const its = nlp.its;
type WinkDoc = ReturnType<typeof nlp.readDoc>;

// segment and tag both need wink's view of the same document; parsing twice would double the
// cost of the most expensive step, so each document's analysis is kept while the document lives.
const analyses = new WeakMap<object, WinkAnalysis>();

export function analyzeDoc(doc: { text: string }): WinkAnalysis {
  let analysis = analyses.get(doc);
  if (!analysis) {
    analysis = runWink(doc.text);
    analyses.set(doc, analysis);
  }
  return analysis;
}

/** Lets go of a document's analysis once nothing will read it again (see `tag`). */
export function forgetAnalysis(doc: object): void {
  analyses.delete(doc);
}

const TERMINAL = /^[.!?…]+$/;
const CLOSING = /^[”"’'»)\]]$/;
const STRAIGHT = /^["']$/;

// "U.S.", "D.C.", "Ph.D.": an abbreviation of initials, which may also be the last word of a sentence.
const INITIALISM = /^\p{Lu}\p{L}?\.(?:\p{L}{1,2}\.)+$/u;
// Words that open sentences and seldom follow an abbreviation inside one ("U.S. President" does).
const OPENERS = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Our', 'Its', 'There', 'But', 'And', 'In', 'On', 'At', 'As', 'If', 'When', 'While', 'After', 'Before', 'However', 'Meanwhile']);

/**
 * Sentence starts: after a terminal mark (and any closing quotes or brackets) when the next token
 * opens a sentence. Abbreviations ("U.S.", "Mr.") keep their dot inside the token, so they cut only
 * when they are initials and a word that opens sentences follows ("in Washington, D.C. She was born").
 */
function sentencesFrom(tokens: WinkToken[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (next && next.start > tokens[i]!.end && OPENERS.has(next.text) && INITIALISM.test(tokens[i]!.text)) {
      out.push({ start: tokens[start]!.start, end: tokens[i]!.end });
      start = i + 1;
      continue;
    }
    if (!TERMINAL.test(tokens[i]!.text)) continue;
    // "N.Y.", "U.S": a dot with a letter right after it ends no sentence.
    const after = tokens[i + 1];
    if (after && after.start === tokens[i]!.end && /^[\p{L}\p{N}]/u.test(after.text)) continue;
    let j = i + 1;
    // A straight quotation mark closes what ends here only when written against it: after a space it opens the next sentence.
    while (j < tokens.length && CLOSING.test(tokens[j]!.text) && (!STRAIGHT.test(tokens[j]!.text) || tokens[j]!.start === tokens[j - 1]!.end)) j++;
    const opener = tokens[j];
    if (opener && !/^[\p{Lu}\p{N}“"‘'«(\[]/u.test(opener.text)) continue;
    out.push({ start: tokens[start]!.start, end: tokens[j - 1]!.end });
    start = j;
    i = j - 1;
  }
  if (start < tokens.length) out.push({ start: tokens[start]!.start, end: tokens[tokens.length - 1]!.end });
  return out;
}

// A lemma depends on the word and its tag alone, and wink computes it anew for every token (a sixth
// of its time): each pair is asked of wink once, then remembered.
const lemmas = new Map<string, RecentCache<string>>();

function lemmaOf(value: string, pos: string, tokens: ReturnType<WinkDoc['tokens']>, index: number): string {
  let byWord = lemmas.get(pos);
  if (!byWord) lemmas.set(pos, (byWord = new RecentCache(20_000)));
  let lemma = byWord.get(value);
  if (lemma === undefined) {
    lemma = ownCopy(((tokens.itemAt(index).out(its.lemma as unknown as typeof its.pos) as string | undefined) ?? value).toLowerCase());
    byWord.set(value, lemma);
  }
  return lemma;
}

// wink's tokenizer knows letters up to Latin-1 only and cuts words at any other ("Erdo" "ğ" "an", "Gda" "ń" "sk"),
// which breaks the names of half of Europe and beyond. It reads a copy where each such letter or mark is an ASCII
// letter of the same case and length; offsets are the same, and every token's text is taken from the original.
// Only letters beyond Latin-1 are visited: curly quotes and dashes make most news "wide", and a callback for every
// letter of the text cost a third of wink's own time.
const WIDE_LETTER = /(?![\u0000-\u00ff])[\p{L}\p{M}]/gu;

/**
 * Longest run of non-space characters wink is given. Its abbreviation test (/[a-z].*\.$/i) takes time in the
 * square of a new word's length: a 200,000-character "word" took a minute. A longer run (a pasted blob, an
 * endless URL) is blanked in wink's copy and becomes one token of its own.
 */
export const MAX_WINK_RUN = 200;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Runs of non-space characters longer than MAX_WINK_RUN, as [start, end) offsets. */
function longRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpace(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start > MAX_WINK_RUN) runs.push([start, i]);
      start = -1;
    }
  }
  return runs;
}

/** The text as wink reads it: wide letters as ASCII ones, long runs blanked; same length, same offsets. */
function winkShaped(text: string, runs: ReadonlyArray<[number, number]>): string {
  let wide = false;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0xff) {
      wide = true;
      break;
    }
  }
  let out = wide ? text.replace(WIDE_LETTER, (ch) => (ch !== ch.toLowerCase() ? 'X' : 'x').repeat(ch.length)) : text;
  if (runs.length > 0) {
    const parts: string[] = [];
    let at = 0;
    for (const [start, end] of runs) parts.push(out.slice(at, start), ' '.repeat(end - start)), (at = end);
    parts.push(out.slice(at));
    out = parts.join('');
  }
  return out;
}

const I_AM = /^I['’]m$/i;

function runWink(original: string): WinkAnalysis {
  const runs = longRuns(original);
  const text = winkShaped(original, runs);
  const wdoc = nlp.readDoc(text);
  const all = wdoc.tokens();
  const values = all.out() as string[];
  const pos = all.out(its.pos) as string[];
  const tokens: WinkToken[] = [];
  let cursor = 0;
  let nextRun = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (pos[i] === 'SPACE' || value.trim() === '') continue;
    const at = text.indexOf(value, cursor);
    // A blanked run is no gap to be wary of: the search resumes after it.
    while (nextRun < runs.length && at >= 0 && runs[nextRun]![1] <= at) cursor = Math.max(cursor, runs[nextRun++]![1]);
    // wink may normalize a token; if it cannot be found close by, skip it rather than misplace it.
    if (at < 0 || at - cursor > 200) continue;
    const p = pos[i]!;
    const word = text === original ? value : original.slice(at, at + value.length);
    // A word wink read in its ASCII shape has no lemma of its own: the word itself, as for names.
    // wink splits "I've", "I'll", "we're", but reads "I'm" as one name.
    if (value.length === 3 && I_AM.test(word)) {
      tokens.push({ start: at, end: at + 1, text: word.slice(0, 1), pos: 'PRON', lemma: 'i' }, { start: at + 1, end: at + 3, text: word.slice(1), pos: 'AUX', lemma: 'be' });
      cursor = at + 3;
      continue;
    }
    const lemma = p === 'PROPN' ? word : word !== value ? word.toLowerCase() : lemmaOf(value, p, all, i);
    tokens.push({ start: at, end: at + value.length, text: word, pos: p, lemma });
    cursor = at + value.length;
  }
  if (runs.length > 0) {
    for (const [start, end] of runs) {
      const word = original.slice(start, end);
      tokens.push({ start, end, text: word, pos: 'X', lemma: word.toLowerCase() });
    }
    tokens.sort((a, b) => a.start - b.start);
  }
  return { tokens, sentences: sentencesFrom(tokens) };
}
