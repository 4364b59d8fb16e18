import type { CompiledPattern, WordAlternatives } from '../model/patternIndex.js';
import { sentenceBounds, type Context } from './context.js';

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
}

/** How far (in tokens) each `with` item may lie from the previous word of the match. */
const WITH_GAP = 6;

const wordAt = (ctx: Context, k: number, word: string) => ctx.view.lower[k] === word || ctx.view.lemma[k] === word;

/** Matches the `with` items in order after `from`; returns the matched token indices or null. */
function matchWith(ctx: Context, from: number, items: readonly WordAlternatives[], taken: Uint8Array): number[] | null {
  const out: number[] = [];
  const end = sentenceBounds(ctx, from).end;
  let pos = from;
  for (const alternatives of items) {
    let found = -1;
    let foundLen = 0;
    for (let k = pos + 1; k < end && k - pos <= WITH_GAP + 1 && found < 0; k++) {
      if (taken[k]) continue;
      for (const words of alternatives) {
        if (k + words.length > end) continue;
        if (words.every((w, o) => wordAt(ctx, k + o, w))) {
          found = k;
          foundLen = words.length;
          break;
        }
      }
    }
    if (found < 0) return null;
    for (let o = 0; o < foundLen; o++) out.push(found + o);
    pos = found + foundLen - 1;
  }
  return out;
}

function firstMatch(ctx: Context, kind: Trigger['kind'], i: number, candidates: readonly CompiledPattern[], taken: Uint8Array): Trigger | null {
  for (const pattern of candidates) {
    const withTokens = matchWith(ctx, i, pattern.with, taken);
    if (withTokens) return { kind, token: i, pattern, withTokens, last: withTokens.length ? withTokens[withTokens.length - 1]! : i };
  }
  return null;
}

/** Words after a governing verb that may come before "to" + the governed verb: its object ("urged Iran to"). */
const EMBED_REACH = 8;

/** Links "urged X to leave", "threatened to attack": the outer pattern recodes the inner action. */
function linkEmbeds(ctx: Context, verbs: Trigger[]): void {
  const byToken = new Map(verbs.map((t) => [t.token, t]));
  for (const outer of verbs) {
    if (!outer.pattern.pattern.embed) continue;
    const end = Math.min(sentenceBounds(ctx, outer.token).end, outer.last + EMBED_REACH + 1);
    for (let k = outer.last + 1; k < end; k++) {
      const p = ctx.view.pos[k];
      if ((p === 'VERB' || p === 'AUX') && ctx.view.lower[k - 1] !== 'to') break;
      if (ctx.view.lower[k] !== 'to') continue;
      let v = k + 1;
      while (v < end && ctx.view.pos[v] === 'ADV') v++;
      const inner = byToken.get(v);
      if (inner && inner !== outer && !inner.consumed) {
        outer.embedded = inner;
        inner.consumed = true;
      }
      break;
    }
  }
}

/** Every verb and noun pattern that fires in the document; a word serves one pattern only. */
export function findTriggers(ctx: Context): Trigger[] {
  const { view, index } = ctx;
  const taken = new Uint8Array(view.tokens.length);
  const verbs: Trigger[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    if (view.pos[i] !== 'VERB') continue;
    const candidates = index.verbs.get(view.lemma[i]!) ?? index.verbs.get(view.lower[i]!);
    if (!candidates) continue;
    const t = firstMatch(ctx, 'verb', i, candidates, taken);
    if (!t) continue;
    verbs.push(t);
    taken[i] = 1;
    for (const w of t.withTokens) taken[w] = 1;
  }
  linkEmbeds(ctx, verbs);
  const nouns: Trigger[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    // A noun inside an actor's name ("the NATO Summit" as a mention) names that actor, not an event.
    if (taken[i] || (view.pos[i] !== 'NOUN' && view.pos[i] !== 'PROPN') || ctx.phrases.at[i]! >= 0) continue;
    const byText = index.nouns.get(view.lower[i]!);
    const byLemma = view.lemma[i] !== view.lower[i] ? index.nouns.get(view.lemma[i]!) : undefined;
    const candidates = byText && byLemma ? [...byText, ...byLemma] : (byText ?? byLemma);
    if (!candidates) continue;
    const t = firstMatch(ctx, 'noun', i, candidates, taken);
    if (!t) continue;
    nouns.push(t);
    taken[i] = 1;
    for (const w of t.withTokens) taken[w] = 1;
  }
  return [...verbs, ...nouns];
}
