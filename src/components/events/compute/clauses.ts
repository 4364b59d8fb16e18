import {
  ADVERBIAL_MARKERS,
  CLOSE_QUOTES,
  CONDITIONAL_MARKERS,
  HEDGE_NOUNS,
  OPEN_QUOTES,
  RELATIVE_PRONOUNS,
  STRAIGHT_QUOTES,
} from '../model/cues.js';
import type { View } from './view.js';

export type ClauseKind = 'main' | 'complement' | 'hedged' | 'relative' | 'adverbial' | 'conditional' | 'quote';

/**
 * A clause of a sentence. Clauses nest and may be interrupted by other clauses ("Iravani, who met X, said"),
 * so membership is per token (`Clauses.of`), not a contiguous range.
 */
export interface Clause {
  id: number;
  kind: ClauseKind;
  sentence: number;
  /** View index of the first token. */
  start: number;
  /** View index of the word that opened it ("that", "if", "which", a quotation mark), or -1. */
  marker: number;
  parent: number;
  hasVerb: boolean;
  /** Ends in "?" (or holds a clause that does). */
  question: boolean;
  /** Inside a condition or unconfirmed hearsay, here or in an enclosing clause. */
  irrealis: boolean;
}

export interface Clauses {
  list: Clause[];
  /** Clause id of each view token. */
  of: Int32Array;
}

function markerKind(view: View, i: number): ClauseKind | null {
  const p = view.pos[i];
  if (p !== 'SCONJ' && p !== 'PRON' && p !== 'DET' && p !== 'ADP') return null;
  const w = view.lower[i]!;
  if (CONDITIONAL_MARKERS.has(w) && (p === 'SCONJ' || p === 'ADP')) return 'conditional';
  if (w === 'that' && p === 'SCONJ') {
    const prev = i - 1;
    if (prev >= 0 && (HEDGE_NOUNS.has(view.lower[prev]!) || HEDGE_NOUNS.has(view.lemma[prev]!))) return 'hedged';
    return 'complement';
  }
  if (w === 'that' && p === 'PRON' && i > 0 && (view.pos[i - 1] === 'NOUN' || view.pos[i - 1] === 'PROPN')) return 'relative';
  if (RELATIVE_PRONOUNS.has(w) && (p === 'PRON' || p === 'DET')) return 'relative';
  if (ADVERBIAL_MARKERS.has(w) && p === 'SCONJ') return 'adverbial';
  return null;
}

/** A paragraph break between sentences ends any quotation left open (unbalanced marks must not run on). */
function paragraphBreak(view: View, prevEnd: number, nextStart: number): boolean {
  if (prevEnd <= 0) return true;
  const between = view.doc.text.slice(view.tokens[prevEnd - 1]!.end, view.tokens[nextStart]!.start);
  return between.includes('\n');
}

export function buildClauses(view: View): Clauses {
  const list: Clause[] = [];
  const of = new Int32Array(view.tokens.length).fill(-1);
  const open = (kind: ClauseKind, sentence: number, start: number, marker: number, parent: Clause | undefined): Clause => {
    const c: Clause = {
      id: list.length,
      kind,
      sentence,
      start,
      marker,
      parent: parent ? parent.id : -1,
      hasVerb: false,
      question: false,
      irrealis: kind === 'conditional' || kind === 'hedged' || (parent?.irrealis ?? false),
    };
    list.push(c);
    return c;
  };

  // Quotations run across sentences ("… there. We will do our best …," he affirmed.), so the open state carries over.
  let quoteOpen = false;
  let straightOpen = false;
  let prevEnd = 0;
  for (const s of view.sentences) {
    if (paragraphBreak(view, prevEnd, s.start)) quoteOpen = straightOpen = false;
    prevEnd = s.end;
    const sentence = view.sentence[s.start]!;
    const main = open('main', sentence, s.start, -1, undefined);
    const stack: Clause[] = [main];
    if (quoteOpen) stack.push(open('quote', sentence, s.start, -1, main));
    const top = () => stack[stack.length - 1]!;
    const popQuote = () => {
      while (stack.length > 1 && top().kind !== 'quote') stack.pop();
      if (stack.length > 1) stack.pop();
    };

    for (let i = s.start; i < s.end; i++) {
      const w = view.lower[i]!;
      // Quotation marks and punctuation are single characters: most words skip those lookups.
      const mark = w.length === 1 && view.pos[i] === 'PUNCT';
      const straight = mark && STRAIGHT_QUOTES.has(w);
      if ((mark && CLOSE_QUOTES.has(w)) || (straight && straightOpen)) {
        popQuote();
        of[i] = top().id;
        quoteOpen = stack.some((c) => c.kind === 'quote');
        if (straight) straightOpen = false;
        continue;
      }
      if (straight || (mark && OPEN_QUOTES.has(w))) {
        of[i] = top().id;
        stack.push(open('quote', sentence, i + 1, i, top()));
        quoteOpen = true;
        if (straight) straightOpen = true;
        continue;
      }
      if (w === ',' && stack.length > 1) {
        const t = top();
        // Adverbial, conditional and relative clauses end at the first comma after their verb (or after a few
        // words: the tagger sometimes reads a present-tense verb as a noun, "If Russia attacks Ukraine,").
        if ((t.kind === 'adverbial' || t.kind === 'conditional' || t.kind === 'relative') && (t.hasVerb || i - t.start >= 3)) {
          stack.pop();
          of[i] = top().id;
          continue;
        }
      }
      if (w === ';') {
        while (stack.length > 1 && top().kind !== 'quote') stack.pop();
      }
      const kind = markerKind(view, i);
      if (kind) {
        const c = open(kind, sentence, i + 1, i, top());
        stack.push(c);
        of[i] = c.id;
        continue;
      }
      of[i] = top().id;
      const p = view.pos[i];
      if (p === 'VERB' || p === 'AUX') top().hasVerb = true;
      if (w === '?') {
        // The question covers its clause and the clauses around it up to the quotation or sentence.
        for (let k = stack.length - 1; k >= 0; k--) {
          stack[k]!.question = true;
          if (stack[k]!.kind === 'quote') break;
        }
      }
    }
  }
  return { list, of };
}
