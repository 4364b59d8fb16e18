import { HYPOTHETICAL_HEADS, HYPOTHETICAL_MODALS, HYPOTHETICAL_MODIFIERS, LIGHT_VERBS, NEGATING_GOVERNORS, NOUN_SETTING_PREPS, POSSESSIVES } from '../model/cues.js';
import { phraseAfter } from './complements.js';
import { sentenceBounds, type Context } from './context.js';
import { hit, leftmostPhrase, verbBefore, type RoleHit } from './roles.js';
import { findSubject } from './subject.js';

export interface NounRoles {
  source: RoleHit | null;
  target: RoleHit | null;
  /** The verb whose object the noun is, when it is a light verb ("held a meeting"): its group carries negation and modality. */
  governor: number;
  /** Not an event that happened: "a possible clash", "prevent a confrontation", "no talks". */
  unreal: boolean;
}

/** Splits "between X and Y" or "Putin-Trump" into a source and a target. */
function splitPair(a: RoleHit, b?: RoleHit): [RoleHit, RoleHit] | null {
  if (b) return [a, b];
  if (a.refs.length >= 2) return [{ ...a, refs: [a.refs[0]!] }, { ...a, refs: a.refs.slice(1) }];
  return null;
}

/**
 * Actors of a noun event: pre-modifiers ("Putin-Trump summit", "Israel's attack"), "by X", "of X",
 * the pattern's target preposition, and for nouns set in the clause ("in a meeting with X") the clause subject.
 */
export function nounRoles(ctx: Context, n: number, last: number, ofRole: 'source' | 'target', targetPrep: readonly string[]): NounRoles {
  const { view, phrases, clauses } = ctx;
  const { start: lo, end: hi } = sentenceBounds(ctx, n);
  const clause = clauses.of[n]!;
  let unreal = false;

  // Pre-modifiers, right to left.
  const mods: RoleHit[] = [];
  let k = n - 1;
  while (k >= lo && clauses.of[k] === clause) {
    const pid = phrases.at[k]!;
    if (pid >= 0) {
      const ph = phrases.list[pid]!;
      mods.unshift(hit(ph, 'premodifier'));
      k = ph.start - 1;
      continue;
    }
    const w = view.lower[k]!;
    const p = view.pos[k];
    if (HYPOTHETICAL_MODIFIERS.has(w)) unreal = true;
    if (p === 'ADJ' || p === 'NOUN' || p === 'PROPN' || p === 'NUM' || w === '-' || POSSESSIVES.has(w)) {
      k--;
      continue;
    }
    break;
  }
  while (k >= lo && (view.pos[k] === 'DET' || view.pos[k] === 'ADV')) {
    // "no talks", "any attack on X would …": no event that happened.
    if (view.lower[k] === 'no' || view.lower[k] === 'any') unreal = true;
    k--;
  }
  const governorToken = k;

  let source: RoleHit | null = null;
  let target: RoleHit | null = null;
  if (mods.length) {
    const pair = splitPair(mods[0]!, mods[1]);
    if (pair && (mods.length >= 2 || mods[0]!.phrase.kind === 'compound')) [source, target] = pair;
    else source = mods[mods.length - 1]!;
  }

  // Post-modifiers, left to right: "of X", "by X", "with X", "between X and Y", "to Tehran".
  for (let j = last + 1; j < hi && j - last <= 10; j++) {
    if (clauses.of[j] !== clause) break;
    const p = view.pos[j];
    const w = view.lower[j]!;
    if (p === 'VERB' || p === 'AUX' || p === 'SCONJ' || w === ',' || w === ';') break;
    if (p !== 'ADP' && p !== 'PART') continue;
    const ph = phraseAfter(ctx, j, 3);
    if (!ph) continue;
    if (w === 'by' && !source) source = hit(ph, 'agent');
    else if (w === 'of' && ofRole === 'source' && !source) source = hit(ph, 'of');
    else if (w === 'of' && ofRole === 'target' && !target) target = hit(ph, 'of');
    else if (targetPrep.includes(w) && !target) target = hit(ph, w === 'between' && !source ? 'between' : 'prep');
    j = ph.end - 1;
  }

  // "An attack on Ukraine would be met with sanctions": the subject of a hypothetical clause is only supposed.
  if (!unreal && (governorToken < lo || clauses.of[governorToken] !== clause || view.lower[governorToken] === ',')) {
    for (let j = last + 1; j < hi && clauses.of[j] === clause; j++) {
      const p = view.pos[j];
      if (p !== 'VERB' && p !== 'AUX') continue;
      if (p === 'AUX' && (view.lower[j] === 'would' || HYPOTHETICAL_MODALS.has(view.lower[j]!))) unreal = true;
      break;
    }
  }

  let governor = -1;
  if (governorToken >= lo) {
    const g = governorToken;
    const gw = view.lemma[g]!;
    if (view.pos[g] === 'VERB') {
      if (NEGATING_GOVERNORS.has(gw)) unreal = true;
      if (LIGHT_VERBS.has(gw)) governor = g;
    }
    if (view.lower[g] === 'of' && g > lo && HYPOTHETICAL_HEADS.has(view.lower[g - 1]!)) unreal = true;
    if (!source && target) {
      let subject: RoleHit | null = null;
      if (governor >= 0) subject = findSubject(ctx, governor);
      else if (view.pos[g] === 'ADP' && NOUN_SETTING_PREPS.has(view.lower[g]!)) {
        // "made the remarks in a meeting with X": the meeting is the clause subject's.
        const v = verbBefore(ctx, g, lo);
        subject = v >= 0 ? findSubject(ctx, v) : leftmostPhrase(ctx, clause, lo, g);
      }
      // Only a plain subject: a modifier ("the US medal … received during a visit") is too loose a link.
      if (subject && (subject.how === 'subject' || subject.how === 'antecedent')) source = { ...subject, how: 'clause-subject' };
    }
  }
  // "talks between X and Y" with no one else named: the two sides act toward each other. When the clause's subject
  // holds the event ("Qatar launched a mediation between X and Y"), both stay its targets.
  if (!source && target?.how === 'between') {
    const pair = splitPair(target);
    if (pair) [source, target] = pair;
  }
  return { source, target, governor, unreal };
}

