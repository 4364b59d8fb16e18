import {
  ADVERBIAL_MARKERS,
  CLOSE_QUOTES,
  CONDITIONAL_MARKERS,
  HEDGE_NOUNS,
  OPEN_QUOTES,
  RELATIVE_PRONOUNS,
  STRAIGHT_QUOTES,
} from '../model/cues.js';
import { filledArray } from './scratch.js';
import { isAttributive } from './verbGroup.js';
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
  of: number[];
}

/** Marker words by the kinds of clause they may open, so each word is looked up once. */
const CONDITIONAL = 1;
const RELATIVE = 2;
const ADVERBIAL = 4;
const MARKER_WORDS = new Map<string, number>();
for (const [words, bit] of [
  [CONDITIONAL_MARKERS, CONDITIONAL],
  [RELATIVE_PRONOUNS, RELATIVE],
  [ADVERBIAL_MARKERS, ADVERBIAL],
] as const) {
  for (const w of words) MARKER_WORDS.set(w, (MARKER_WORDS.get(w) ?? 0) | bit);
}

/** Quotation marks by character code (marks are single characters). */
const OPEN_MARK = 1;
const CLOSE_MARK = 2;
const STRAIGHT_MARK = 4;
const QUOTE_CHARS = new Map<number, number>();
for (const [marks, bit] of [
  [OPEN_QUOTES, OPEN_MARK],
  [CLOSE_QUOTES, CLOSE_MARK],
  [STRAIGHT_QUOTES, STRAIGHT_MARK],
] as const) {
  for (const m of marks) if (m.length === 1) QUOTE_CHARS.set(m.charCodeAt(0), (QUOTE_CHARS.get(m.charCodeAt(0)) ?? 0) | bit);
}

function markerKind(view: View, i: number): ClauseKind | null {
  const p = view.pos[i];
  if (p !== 'SCONJ' && p !== 'PRON' && p !== 'DET' && p !== 'ADP') return null;
  const w = view.lower[i]!;
  const flags = MARKER_WORDS.get(w) ?? 0;
  if (flags & CONDITIONAL && (p === 'SCONJ' || p === 'ADP')) return 'conditional';
  if (w === 'that' && p === 'SCONJ') {
    const prev = i - 1;
    if (prev >= 0 && (HEDGE_NOUNS.has(view.lower[prev]!) || HEDGE_NOUNS.has(view.lemma[prev]!))) return 'hedged';
    return 'complement';
  }
  if (w === 'that' && p === 'PRON' && i > 0 && (view.pos[i - 1] === 'NOUN' || view.pos[i - 1] === 'PROPN')) return 'relative';
  if (flags & RELATIVE && (p === 'PRON' || p === 'DET')) return 'relative';
  if (flags & ADVERBIAL && (p === 'SCONJ' || (w === 'as' && asOpensClause(view, i)))) return 'adverbial';
  return null;
}

/**
 * "came as Israel announced …": "as" tagged a preposition still opens a clause when a short subject and a verb follow
 * it ("as a goodwill gesture" has no verb; "such as" and "as well as" list examples).
 */
function asOpensClause(view: View, i: number): boolean {
  const before = view.lower[i - 1];
  if (before === 'such' || before === 'well' || before === 'same') return false;
  for (let k = i + 1; k < view.tokens.length && k <= i + 5 && view.sentence[k] === view.sentence[i]; k++) {
    const p = view.pos[k];
    if (p === 'VERB' || p === 'AUX') return k > i + 1;
    if (p !== 'PROPN' && p !== 'NOUN' && p !== 'DET' && p !== 'ADJ' && p !== 'PRON' && p !== 'PART' && p !== 'NUM') return false;
  }
  return false;
}

/** Verbs after which a clause may go on without "that" to say what was said or thought ("who said Iran attacked"). */
const REPORTING_LEMMAS = new Set(['say', 'tell', 'claim', 'report', 'announce', 'believe', 'think', 'know', 'insist', 'allege', 'argue', 'warn', 'add', 'note', 'confirm', 'deny', 'fear', 'hope', 'expect', 'suspect']);

/**
 * "The official who visited Moscow last week criticized Israel": a relative clause without commas inside its
 * parent's subject ends where a second verb follows a noun phrase, since that verb is the parent's. Not after a
 * conjunction ("who visited Moscow and met Putin") or inside a verb group, nor after a reporting verb, whose
 * clause may go on without "that".
 */
function endsRestrictiveRelative(view: View, stack: Clause[], i: number): boolean {
  const top = stack[stack.length - 1]!;
  if (top.kind !== 'relative' || !top.hasVerb || stack.length < 2 || stack[stack.length - 2]!.hasVerb) return false;
  const prev = view.pos[i - 1];
  if (prev !== 'NOUN' && prev !== 'PROPN' && prev !== 'NUM') return false;
  if (view.pos[i] === 'VERB' && (isAttributive(view, i) || view.lower[i]!.endsWith('ing'))) return false;
  for (let k = top.start; k < i; k++) if ((view.pos[k] === 'VERB' || view.pos[k] === 'AUX') && REPORTING_LEMMAS.has(view.lemma[k]!)) return false;
  return true;
}

/** A paragraph break between sentences ends any quotation left open (unbalanced marks must not run on). */
function paragraphBreak(view: View, prevEnd: number, nextStart: number): boolean {
  if (prevEnd <= 0) return true;
  const text = view.doc.text;
  const to = view.starts[nextStart]!;
  for (let k = view.ends[prevEnd - 1]!; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function openClause(list: Clause[], kind: ClauseKind, sentence: number, start: number, marker: number, parent: Clause | undefined): Clause {
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
}

function hasQuote(stack: Clause[]): boolean {
  for (const c of stack) if (c.kind === 'quote') return true;
  return false;
}

export function buildClauses(view: View): Clauses {
  const list: Clause[] = [];
  const of = filledArray(view.tokens.length, -1);
  const lower = view.lower;
  const pos = view.pos;

  // Quotations run across sentences ("… there. We will do our best …," he affirmed.), so the open state carries over.
  let quoteOpen = false;
  let straightOpen = false;
  let prevEnd = 0;
  const stack: Clause[] = [];
  for (const s of view.sentences) {
    if (paragraphBreak(view, prevEnd, s.start)) quoteOpen = straightOpen = false;
    prevEnd = s.end;
    const sentence = view.sentence[s.start]!;
    const main = openClause(list, 'main', sentence, s.start, -1, undefined);
    stack.length = 0;
    stack.push(main);
    if (quoteOpen) stack.push(openClause(list, 'quote', sentence, s.start, -1, main));

    for (let i = s.start; i < s.end; i++) {
      const w = lower[i]!;
      // Quotation marks and punctuation are single characters: most words skip those lookups.
      // (The tag first: `length` on words of mixed string representations is a slow, megamorphic load.)
      const mark = pos[i] === 'PUNCT' && w.length === 1;
      const q = mark ? (QUOTE_CHARS.get(w.charCodeAt(0)) ?? 0) : 0;
      const straight = (q & STRAIGHT_MARK) !== 0;
      if (q & CLOSE_MARK || (straight && straightOpen)) {
        // Pops up to and including the innermost quotation.
        while (stack.length > 1 && stack[stack.length - 1]!.kind !== 'quote') stack.pop();
        if (stack.length > 1) stack.pop();
        of[i] = stack[stack.length - 1]!.id;
        quoteOpen = hasQuote(stack);
        if (straight) straightOpen = false;
        continue;
      }
      if (straight || q & OPEN_MARK) {
        const t = stack[stack.length - 1]!;
        of[i] = t.id;
        stack.push(openClause(list, 'quote', sentence, i + 1, i, t));
        quoteOpen = true;
        if (straight) straightOpen = true;
        continue;
      }
      if (w === ',' && stack.length > 1) {
        const t = stack[stack.length - 1]!;
        // Adverbial, conditional and relative clauses end at the first comma after their verb (or after a few
        // words: the tagger sometimes reads a present-tense verb as a noun, "If Russia attacks Ukraine,").
        if ((t.kind === 'adverbial' || t.kind === 'conditional' || t.kind === 'relative') && (t.hasVerb || i - t.start >= 3)) {
          stack.pop();
          of[i] = stack[stack.length - 1]!.id;
          continue;
        }
      }
      if (w === ';') {
        while (stack.length > 1 && stack[stack.length - 1]!.kind !== 'quote') stack.pop();
      }
      const kind = markerKind(view, i);
      if (kind) {
        const c = openClause(list, kind, sentence, i + 1, i, stack[stack.length - 1]);
        stack.push(c);
        of[i] = c.id;
        continue;
      }
      const p = pos[i];
      if ((p === 'VERB' || p === 'AUX') && endsRestrictiveRelative(view, stack, i)) stack.pop();
      const top = stack[stack.length - 1]!;
      of[i] = top.id;
      if (p === 'VERB' || p === 'AUX') top.hasVerb = true;
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
