import type { Doc, Token } from '../../../doc/schema.js';

/**
 * The document's tokens without whitespace tokens, with lowercased text and lemma arrays, so the
 * clause analyser compares strings without allocating. Positions in a View are "view indices".
 */
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

export function buildView(doc: Doc): View {
  const tokens: Token[] = [];
  for (const t of doc.tokens) if (t.pos !== 'SPACE' && t.text.trim() !== '') tokens.push(t);
  const lower = tokens.map((t) => t.text.toLowerCase());
  const lemma = tokens.map((t, i) => (t.lemma ? t.lemma.toLowerCase() : lower[i]!));
  const pos = tokens.map((t) => t.pos);
  const sentence = tokens.map((t) => t.sentence);
  const sentences: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i === 0 || sentence[i] !== sentence[i - 1]) sentences.push({ start: i, end: i + 1 });
    else sentences[sentences.length - 1]!.end = i + 1;
  }
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
