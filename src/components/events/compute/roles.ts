import type { ActorRef, Phrase } from './actorPhrases.js';
import type { Context } from './context.js';
import { isAttributive } from './verbGroup.js';

/** An actor slot filled from the text, with how it was found (it goes into the event's rule). */
export interface RoleHit {
  refs: ActorRef[];
  phrase: Phrase;
  how: 'subject' | 'modifier' | 'antecedent' | 'control' | 'object' | 'prep' | 'agent' | 'of' | 'premodifier' | 'between' | 'clause-subject';
  /** The preposition that introduced it, when one did ("in" for "arrived in Tehran"). */
  via?: string;
}

export const hit = (phrase: Phrase, how: RoleHit['how'], refs: ActorRef[] = phrase.members): RoleHit => ({ refs, phrase, how });

export const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);


/** "his decision", "their government": a possessive pronoun is a determiner, not an actor slot of the verb. */
export function isDeterminerPronoun(ctx: Context, ph: Phrase): boolean {
  return ph.end - ph.start === 1 && POSSESSIVE_PRONOUNS.has(ctx.view.lower[ph.start]!) && ph.kind !== 'compound';
}

/** The nearest event-bearing verb left of `from` in the same clause (the governor of a non-finite verb). */
export function verbBefore(ctx: Context, from: number, lo: number): number {
  const { view, clauses } = ctx;
  const clause = clauses.of[from]!;
  for (let k = from - 1; k >= lo; k--) {
    if (clauses.of[k] !== clause) continue;
    if ((view.pos[k] === 'VERB' || view.pos[k] === 'AUX') && !isAttributive(view, k)) return k;
  }
  return -1;
}

/** The first actor phrase of a clause that is not inside a prepositional phrase: the subject of a verbless clause. */
export function leftmostPhrase(ctx: Context, clause: number, from: number, to: number): RoleHit | null {
  const { view, phrases, clauses } = ctx;
  for (let k = from; k < to; k++) {
    if (clauses.of[k] !== clause) continue;
    const pid = phrases.at[k]!;
    if (pid < 0) continue;
    const ph = phrases.list[pid]!;
    let b = ph.start - 1;
    while (b >= from && (view.pos[b] === 'DET' || view.pos[b] === 'ADJ')) b--;
    if (b >= from && view.pos[b] === 'ADP') {
      k = ph.end - 1;
      continue;
    }
    return hit(ph, 'subject');
  }
  return null;
}
