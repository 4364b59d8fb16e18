import type { Candidates, CompiledPattern } from '../model/patternIndex.js';
import { sentenceBounds, type Context } from './context.js';
import type { RoleHit } from './roles.js';
import { scratchFlags, TAKEN } from './scratch.js';

/** A pattern that fired on the text: the trigger token, the `with` words it needed, and what it governs. */
export interface Trigger {
  kind: 'verb' | 'noun';
  token: number;
  pattern: CompiledPattern;
  /** View indices of the `with` words, in order. */
  withTokens: number[];
  /** Last token of the match (the trigger or its last `with` word): targets are searched after it. */
  last: number;
  /** "urged Iran to leave": the governed action's trigger, whose code is recoded through `embed`. */
  embedded?: Trigger;
  /** Set on a trigger governed by another one; it yields no event of its own. */
  consumed?: boolean;
  /** The target its pattern names, once looked for (see verbRoles). */
  target?: RoleHit | null;
}

/** How far (in tokens) each `with` item may lie from the previous word of the match. */
const WITH_GAP = 6;

/** Matches the `with` items of the pattern whose program starts at `at`, in order after `from`; returns the matched token indices or null. */
function matchWith(ctx: Context, from: number, at: number, taken: Uint8Array): number[] | null {
  const { programs, words } = ctx.index.with;
  const out: number[] = [];
  const items = programs[at]!;
  if (!items) return out;
  const { lower, lemma } = ctx.view;
  const end = sentenceBounds(ctx, from).end;
  let pos = from;
  let pc = at + 1;
  for (let item = 0; item < items; item++) {
    const alternatives = programs[pc]!;
    const next = programs[pc + 1]!;
    const first = pc + 2;
    let found = -1;
    let foundLen = 0;
    for (let k = pos + 1; k < end && k - pos <= WITH_GAP + 1 && found < 0; k++) {
      if (taken[k]) continue;
      let q = first;
      for (let a = 0; a < alternatives; a++) {
        const n = programs[q]!;
        const w0 = q + 1;
        q = w0 + 2 * n;
        if (k + n > end) continue;
        let all = true;
        for (let o = 0; o < n; o++) {
          // First characters first: the kb's words are only read when a token could equal them.
          const c = programs[w0 + 2 * o + 1]!;
          const x = lower[k + o]!;
          const y = lemma[k + o]!;
          if (!((x.charCodeAt(0) === c && x === words[programs[w0 + 2 * o]!]) || (y.charCodeAt(0) === c && y === words[programs[w0 + 2 * o]!]))) {
            all = false;
            break;
          }
        }
        if (all) {
          found = k;
          foundLen = n;
          break;
        }
      }
    }
    if (found < 0) return null;
    for (let o = 0; o < foundLen; o++) out.push(found + o);
    pos = found + foundLen - 1;
    pc = next;
  }
  return out;
}

function firstMatch(ctx: Context, kind: Trigger['kind'], i: number, candidates: Candidates, taken: Uint8Array): Trigger | null {
  const { patterns, programs } = candidates;
  for (let c = 0; c < programs.length; c++) {
    const withTokens = matchWith(ctx, i, programs[c]!, taken);
    if (withTokens) {
      return { kind, token: i, pattern: patterns[c]!, withTokens, last: withTokens.length ? withTokens[withTokens.length - 1]! : i, target: undefined };
    }
  }
  return null;
}

/** The candidates of a noun's text, then those of its lemma. */
function joinCandidates(a: Candidates, b: Candidates): Candidates {
  const programs = new Int32Array(a.programs.length + b.programs.length);
  programs.set(a.programs);
  programs.set(b.programs, a.programs.length);
  return { patterns: [...a.patterns, ...b.patterns], programs };
}

/** Words after a governing verb that may come before "to" + the governed verb: its object ("urged Iran to"). */
const EMBED_REACH = 8;

/** The trigger at token `v` in a list sorted by token (each token triggers once), if any. */
function triggerAt(sorted: Trigger[], v: number): Trigger | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = sorted[mid]!.token;
    if (t < v) lo = mid + 1;
    else if (t > v) hi = mid - 1;
    else return sorted[mid];
  }
  return undefined;
}

/** Links "urged X to leave", "threatened to attack": the outer pattern recodes the inner action. */
function linkEmbeds(ctx: Context, verbs: Trigger[]): void {
  for (const outer of verbs) {
    if (!outer.pattern.pattern.embed) continue;
    const end = Math.min(sentenceBounds(ctx, outer.token).end, outer.last + EMBED_REACH + 1);
    for (let k = outer.last + 1; k < end; k++) {
      const p = ctx.view.pos[k];
      if ((p === 'VERB' || p === 'AUX') && ctx.view.lower[k - 1] !== 'to') break;
      if (ctx.view.lower[k] !== 'to') continue;
      let v = k + 1;
      while (v < end && ctx.view.pos[v] === 'ADV') v++;
      const inner = triggerAt(verbs, v);
      if (inner && inner !== outer && !inner.consumed) {
        outer.embedded = inner;
        inner.consumed = true;
      }
      break;
    }
  }
}

/** An evaluative word in a reported clause ("unbearable" in "Israel insists that … is unbearable"): see `EventCoder.codeJudgements`. */
export interface JudgementSpot {
  token: number;
  pattern: CompiledPattern;
}

/** The judgement pattern of the word at i when it sits in a reported clause, or null. */
function judgementAt(ctx: Context, i: number): CompiledPattern | null {
  const { view, clauses, index } = ctx;
  const p = view.pos[i];
  if (p !== 'ADJ' && p !== 'NOUN' && p !== 'VERB') return null;
  // Only reported clauses hold judgements: the cheap clause test goes before the lookups.
  const c = clauses.list[clauses.of[i]!]!;
  if (c.kind !== 'complement' && c.kind !== 'quote') return null;
  const lm = view.lemma[i]!;
  const lw = view.lower[i]!;
  const keys = index.judgementKeys;
  return (keys.mayHaveLemma(lm) ? index.judgements.get(lm) : undefined) ?? (lw !== lm && keys.mayHaveLower(lw) ? index.judgements.get(lw) : undefined) ?? null;
}

/** The judgement words of the document, in text order. */
export function findJudgements(ctx: Context): JudgementSpot[] {
  const out: JudgementSpot[] = [];
  for (let i = 0; i < ctx.view.tokens.length; i++) {
    const pattern = judgementAt(ctx, i);
    if (pattern) out.push({ token: i, pattern });
  }
  return out;
}

/** Every verb and noun pattern that fires in the document; a word serves one pattern only. */
export function findTriggers(ctx: Context): Trigger[] {
  return scanTriggers(ctx, null);
}

/**
 * `findTriggers`, in one pass over the tokens that also collects the judgement words into `judgements` (as
 * `findJudgements` does) when given: verbs claim their words first, then nouns take what is left.
 */
export function scanTriggers(ctx: Context, judgements: JudgementSpot[] | null): Trigger[] {
  const { view, index } = ctx;
  const { pos, lemma, lower } = view;
  const at = ctx.phrases.at;
  const taken = scratchFlags(TAKEN, view.tokens.length);
  const verbs: Trigger[] = [];
  // Nouns that may fire, with their candidate patterns: they are matched once the verbs have taken their words.
  const nounTokens: number[] = [];
  const nounCandidates: Candidates[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    const p = pos[i];
    if (judgements) {
      const pattern = judgementAt(ctx, i);
      if (pattern) judgements.push({ token: i, pattern });
    }
    if (p === 'VERB') {
      const lm = lemma[i]!;
      const lw = lower[i]!;
      const keys = index.verbKeys;
      const candidates =
        (keys.mayHaveLemma(lm) ? index.verbCandidates.get(lm) : undefined) ??
        (lw !== lm && keys.mayHaveLower(lw) ? index.verbCandidates.get(lw) : undefined);
      if (!candidates) continue;
      const t = firstMatch(ctx, 'verb', i, candidates, taken);
      if (!t) continue;
      verbs.push(t);
      taken[i] = 1;
      for (const w of t.withTokens) taken[w] = 1;
    } else if ((p === 'NOUN' || p === 'PROPN') && at[i]! < 0) {
      // A noun inside an actor's name ("the NATO Summit" as a mention) names that actor, not an event.
      const lw = lower[i]!;
      const lm = lemma[i]!;
      const keys = index.nounKeys;
      const byText = keys.mayHaveLower(lw) ? index.nounCandidates.get(lw) : undefined;
      const byLemma = lm !== lw && keys.mayHaveLemma(lm) ? index.nounCandidates.get(lm) : undefined;
      const candidates = byText && byLemma ? joinCandidates(byText, byLemma) : (byText ?? byLemma);
      if (!candidates) continue;
      nounTokens.push(i);
      nounCandidates.push(candidates);
    }
  }
  linkEmbeds(ctx, verbs);
  for (let n = 0; n < nounTokens.length; n++) {
    const i = nounTokens[n]!;
    if (taken[i]) continue;
    const t = firstMatch(ctx, 'noun', i, nounCandidates[n]!, taken);
    if (!t) continue;
    verbs.push(t);
    taken[i] = 1;
    for (const w of t.withTokens) taken[w] = 1;
  }
  return verbs;
}
