import {
  ASPECT_CATENATIVES,
  CAUSATIVE_VERBS,
  EVENTIVE_GERUND_PREPS,
  FUTURE_MODALS,
  GROUP_ADJECTIVES,
  HYPOTHETICAL_MODALS,
  INTENT_CATENATIVES,
  NEGATIVE_CATENATIVES,
  NEGATORS,
} from '../model/cues.js';
import type { Clauses } from './clauses.js';
import type { View } from './view.js';

export type Modality = 'fact' | 'intent' | 'hypothetical';

/** What the auxiliaries and catenative verbs before an event verb say about it. */
export interface VerbGroup {
  /** First token of the group ("will" in "will keep up providing"). */
  start: number;
  negated: boolean;
  modality: Modality;
  passive: boolean;
  /** "to attack", "before arriving": the subject comes from the governing clause. */
  nonFinite: boolean;
  /** Not an event at all: an attributive participle ("the negotiating team") or a gerund used as a noun. */
  nominal: boolean;
  /** An infinitive of purpose ("shunned work to protest"): hypothetical, unless the act it names is done by the main one. */
  purpose: boolean;
}

/** A word ending in "ing" (a gerund or participle form). */
const endsInIng = (w: string) => w.endsWith('ing');

export function isAttributive(view: View, v: number): boolean {
  const next = v + 1 < view.tokens.length ? view.pos[v + 1] : '';
  if (next !== 'NOUN' && next !== 'PROPN' && next !== 'ADJ') return false;
  const prev = v > 0 ? view.pos[v - 1] : '';
  if (prev === 'DET' || prev === 'ADJ' || view.lower[v - 1] === '-') return true;
  // "against besieged Osgiliath", "in war-torn Syria": a past participle between a preposition and its noun.
  if (prev === 'ADP' && view.lower[v]!.endsWith('ed') && view.lower[v - 1] !== 'by') return true;
  // "the two exiled dissidents": after a number that follows a determiner (a year before a verb is no such number).
  if (prev === 'NUM' && v > 1 && view.pos[v - 2] === 'DET') return true;
  // "Algeria's leading activist", "Iran's ruling clerics": after a possessive.
  if (prev === 'PART' && (view.lower[v - 1] === "'s" || view.lower[v - 1] === '’s')) return true;
  // "the Russian negotiating team": a proper adjective between the determiner and the participle.
  return prev === 'PROPN' && v > 1 && view.pos[v - 2] === 'DET' && endsInIng(view.lower[v]!) && next === 'NOUN';
}

/** "forced Iran to leave": the infinitive follows the object of a causative verb, so the object did the action. */
function objectControlled(view: View, toIndex: number): boolean {
  let b = toIndex - 1;
  let sawNominal = false;
  while (b >= 0 && (view.pos[b] === 'PROPN' || view.pos[b] === 'NOUN' || view.pos[b] === 'DET' || view.pos[b] === 'ADJ' || view.pos[b] === 'PRON' || view.pos[b] === 'NUM')) {
    sawNominal = true;
    b--;
  }
  return sawNominal && b >= 0 && view.pos[b] === 'VERB' && CAUSATIVE_VERBS.has(view.lemma[b]!);
}

/** Inside a quotation or a "that"-clause, or right after a speech verb ("said he would not …"). */
function isReported(view: View, clauses: Clauses, v: number, speechVerbs: ReadonlySet<string> | undefined): boolean {
  const clause = clauses.of[v]!;
  for (let c = clause; c >= 0; c = clauses.list[c]!.parent) {
    const k = clauses.list[c]!.kind;
    if (k === 'complement' || k === 'quote') return true;
  }
  if (!speechVerbs) return false;
  for (let k = v - 1; k >= 0 && v - k <= SPEECH_REACH && clauses.of[k] === clause; k--) {
    if (view.pos[k] === 'VERB' && speechVerbs.has(view.lemma[k]!)) return true;
  }
  return false;
}

/** Whether the noun at k ends a prepositional phrase ("outside the embassy"), "of" phrases aside. */
function inPrepositionalPhrase(view: View, k: number): boolean {
  let b = k - 1;
  while (b >= 0 && k - b <= 5 && (view.pos[b] === 'NOUN' || view.pos[b] === 'ADJ' || view.pos[b] === 'DET' || view.pos[b] === 'NUM' || view.pos[b] === 'PROPN')) b--;
  return b >= 0 && view.pos[b] === 'ADP' && view.lower[b] !== 'of';
}

/** How far before a modal a speech verb still reports it ("said the president would …"). */
const SPEECH_REACH = 6;

/** Participles that, after "be" and before "in", say what the subject takes part in ("were engaged in ethnic cleansing"). */
const ENGAGED_PARTICIPLES = new Set(['engaged', 'involved', 'embroiled', 'locked', 'mired', 'entangled']);

/** Participles that, after "be" and before "to", state the subject's stance rather than a passive act. */
const STANCE_PARTICIPLES = new Set(['opposed', 'committed', 'dedicated', 'devoted', 'resigned', 'attached', 'inclined', 'disposed', 'reconciled']);

/**
 * Reads the verb group ending at the event verb `v`. `speechVerbs` (the kb's) lets "would" after a speech verb
 * count as an announced intention rather than a hypothesis.
 */
export function analyseGroup(view: View, clauses: Clauses, v: number, speechVerbs?: ReadonlySet<string>): VerbGroup {
  const clause = clauses.of[v]!;
  const reported = isReported(view, clauses, v, speechVerbs);
  let negated = false;
  let modality: Modality = 'fact';
  let passive = false;
  let k = v - 1;
  let sawAux = false;
  let catenative = false;
  // Walk back over the verb group: auxiliaries, "to", adverbs, catenatives ("keep up", "is prepared to").
  for (; k >= 0 && clauses.of[k] === clause; k--) {
    const w = view.lower[k]!;
    const l = view.lemma[k]!;
    const p = view.pos[k];
    if (NEGATORS.has(w)) {
      negated = true;
      continue;
    }
    if (p === 'AUX') {
      sawAux = true;
      if (FUTURE_MODALS.has(w)) modality = modality === 'hypothetical' ? modality : 'intent';
      else if (w === 'would') modality = reported ? 'intent' : 'hypothetical';
      else if (HYPOTHETICAL_MODALS.has(w)) modality = 'hypothetical';
      continue;
    }
    if (p === 'PART' && w === 'to') continue;
    // "is about to sign": prospective aspect, the act itself under way (as "begins to sign"), not a stated intention;
    // the tagger reads "about" as a preposition.
    if (w === 'about' && view.lower[k + 1] === 'to' && k > 0 && view.lemma[k - 1] === 'be') {
      catenative = true;
      continue;
    }
    if (p === 'ADV') continue;
    if (w === 'up' && view.lemma[k - 1] === 'keep') continue;
    // "Russia plans to visit", "Greece, like other members, plans to": the tagger may read the catenative as a plural
    // noun; right after a name, a pronoun or the comma that closes an apposition it is the verb.
    if (p === 'NOUN' && INTENT_CATENATIVES.has(l) && view.lower[k + 1] === 'to' && k > 0 && (view.pos[k - 1] === 'PROPN' || view.pos[k - 1] === 'PRON' || view.lower[k - 1] === ',')) {
      modality = modality === 'hypothetical' ? modality : 'intent';
      catenative = true;
      continue;
    }
    if (p === 'VERB' || (p === 'ADJ' && GROUP_ADJECTIVES.has(l)) || (p === 'ADJ' && GROUP_ADJECTIVES.has(w))) {
      if (NEGATIVE_CATENATIVES.has(l)) negated = true;
      else if (INTENT_CATENATIVES.has(l) || INTENT_CATENATIVES.has(w)) modality = modality === 'hypothetical' ? modality : 'intent';
      else if (!ASPECT_CATENATIVES.has(l)) break;
      catenative = true;
      continue;
    }
    break;
  }
  const start = k + 1;
  // "was (brutally) attacked": a form of be/get right before the participle, adverbs aside.
  let b = v - 1;
  while (b >= start && view.pos[b] === 'ADV') b--;
  if (b >= start && view.pos[b] === 'AUX' && (view.lemma[b] === 'be' || view.lemma[b] === 'get') && !endsInIng(view.lower[v]!)) {
    // "Israel is opposed to the plan", "Vietnam is committed to opening up": a stance, said of its subject.
    passive = !(view.lower[v + 1] === 'to' && STANCE_PARTICIPLES.has(view.lower[v]!)) && !(view.lower[v + 1] === 'in' && ENGAGED_PARTICIPLES.has(view.lower[v]!));
  }
  const first = view.lower[start]!;
  const nonFinite = first === 'to' || (!sawAux && endsInIng(view.lower[v]!) && start === v);
  let nominal = isAttributive(view, v);
  // A gerund after most prepositions names an activity, not an event ("cooperation in fighting terrorism").
  // (The tagger reads some prepositions before a gerund as subordinators: "jailed him for/SCONJ helping militants".)
  if (!nominal && start === v && endsInIng(view.lower[v]!) && start > 0 && (view.pos[start - 1] === 'ADP' || view.pos[start - 1] === 'SCONJ')) {
    nominal = !EVENTIVE_GERUND_PREPS.has(view.lower[start - 1]!);
  }
  // "plans to attack", "efforts to mediate": an infinitive after a common noun is a plan, not an event.
  // A noun inside a prepositional phrase is no such head ("gathered outside the embassy to protest": a purpose).
  if (!nominal && first === 'to' && start > 0 && view.pos[start - 1] === 'NOUN') nominal = !inPrepositionalPhrase(view, start - 1);
  // "paying bounties to kill soldiers": an infinitive of purpose states an aim, not what happened. A catenative
  // in the group ("prepared to leave") or a governing object ("forced Iran to leave") makes it an action instead.
  const purpose = first === 'to' && modality === 'fact' && !catenative && !objectControlled(view, start);
  if (purpose) modality = 'hypothetical';
  return { start, negated, modality, passive, nonFinite, nominal, purpose };
}
