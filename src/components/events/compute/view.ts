import type { Doc, Token } from '../../../doc/schema.js';

/**
 * The document's tokens without whitespace tokens, with lowercased text and lemma arrays, so the
 * clause analyser compares strings without allocating. Positions in a View are "view indices".
 */
const WHITESPACE = /^\s*$/;

export interface View {
  doc: Doc;
  tokens: Token[];
  lower: string[];
  lemma: string[];
  pos: string[];
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
  const n = doc.tokens.length;
  const tokens: Token[] = new Array(n);
  const lower: string[] = new Array(n);
  const lemma: string[] = new Array(n);
  const pos: string[] = new Array(n);
  const sentence: number[] = new Array(n);
  const sentences: Array<{ start: number; end: number }> = [];
  // One lowercasing pass over the text is much cheaper than one per token; it is usable when it keeps offsets.
  const lowerText = doc.text.toLowerCase();
  const aligned = lowerText.length === doc.text.length;
  let i = 0;
  for (const t of doc.tokens) {
    if (isBlank(t)) continue;
    const lw = aligned && t.end - t.start === t.text.length ? lowerText.slice(t.start, t.end) : t.text.toLowerCase();
    let lm = t.lemma || lw;
    const c = lm.charCodeAt(0);
    // Lemmas are lowercase except for capitalized words ("Republic"); only those need lowering.
    if (c >= 65 && c <= 90) lm = lm.toLowerCase();
    tokens[i] = t;
    lower[i] = lw;
    lemma[i] = lm;
    pos[i] = t.pos;
    sentence[i] = t.sentence;
    if (i === 0 || t.sentence !== sentence[i - 1]) sentences.push({ start: i, end: i + 1 });
    else sentences[sentences.length - 1]!.end = i + 1;
    i++;
  }
  tokens.length = lower.length = lemma.length = pos.length = sentence.length = i;
  return { doc, tokens, lower, lemma, pos, sentence, sentences };
}

/** First view index whose token ends after the offset. */
export function tokenAtOrAfter(view: View, offset: number): number {
  let lo = 0;
  let hi = view.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [start, end) view indices of the tokens overlapping a character span; empty when none do. */
export function tokenRange(view: View, start: number, end: number): { start: number; end: number } {
  const first = tokenAtOrAfter(view, start);
  let last = first;
  while (last < view.tokens.length && view.tokens[last]!.start < end) last++;
  return { start: first, end: last };
}

export const isVerb = (view: View, i: number) => view.pos[i] === 'VERB';
export const isNounLike = (view: View, i: number) => view.pos[i] === 'NOUN' || view.pos[i] === 'PROPN';
