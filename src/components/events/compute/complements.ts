import { isMeansWord } from '../model/violenceMeans.js';
import { qualify, withSectorOnBare, type Phrase } from './actorPhrases.js';
import { sentenceBounds, type Context } from './context.js';
import { hit, isDeterminerPronoun, leftmostPhrase, POSSESSIVE_PRONOUNS, type RoleHit } from './roles.js';
import { headSector } from './subject.js';
import { isAttributive } from './verbGroup.js';

/** Prepositions through which a noun's complement names the actor it is about ("the offer from X", "the attack on X"). */
const NOUN_COMPLEMENT_PREPS = new Set(['of', 'on', 'against', 'by', 'from', 'with']);

/** How many adjectives and numbers inside a noun phrase `phraseAfter` reads past without counting them as steps. */
const FREE_MODIFIERS = 3;

/** Words that make a number approximate before an actor ("over 150 prisoners"). */
const APPROXIMATORS = new Set(['over', 'about', 'around', 'nearly', 'almost', 'some', 'up', 'roughly', 'approximately']);

/** Comparatives that take "than" inside a quantity ("more than", "fewer than"). */
const QUANTIFIER_HEADS = new Set(['more', 'less', 'fewer']);

/** Extends a phrase to the head of its noun phrase: "Chinese paramount leader Xi Jinping" → Xi Jinping. */
function npHead(ctx: Context, ph: Phrase): Phrase {
  const { view, phrases } = ctx;
  let head = ph;
  for (let k = ph.end, steps = 0; k < view.tokens.length && steps < 4; k++, steps++) {
    const pid = phrases.at[k]!;
    if (pid >= 0) {
      head = phrases.list[pid]!;
      k = head.end - 1;
      steps = 0;
      continue;
    }
    const p = view.pos[k];
    if (p !== 'ADJ' && p !== 'NOUN' && p !== 'PROPN') break;
  }
  if (head === ph || head.members.length !== 1 || ph.members.length !== 1) return head;
  // "US special forces": the sector head takes the modifier's country.
  const member = qualify(head.members[0]!, ph.members[0]!);
  return member === head.members[0] ? head : { ...head, members: [member] };
}

/**
 * The actor phrase a noun phrase starting after `from` refers to: directly ("visited Jerusalem"), or
 * through its head noun's complement ("the visit of Russia's envoy", "condemned the attack on X") unless
 * `strict` (force verbs: "attacked the proclamation of X" is no attack on X).
 */
export function phraseAfter(ctx: Context, from: number, maxSteps = 7, strict = false, headOnly = false): Phrase | null {
  const { view, phrases, clauses } = ctx;
  const clause = clauses.of[from]!;
  const end = sentenceBounds(ctx, from).end;
  let sawNoun = false;
  /** The last common noun before a complement preposition ("dissidents" in "dissidents from Egypt"), or -1. */
  let lastNoun = -1;
  let via = '';
  // Modifiers ("formal diplomatic ties") lengthen a noun phrase without taking it further from its head: the
  // first few do not count toward `maxSteps`.
  let freeModifiers = FREE_MODIFIERS;
  for (let k = from + 1, steps = 0; k < end && steps < maxSteps; k++, steps++) {
    if (clauses.of[k] !== clause) return null;
    const pid = phrases.at[k]!;
    if (pid >= 0 && !isDeterminerPronoun(ctx, phrases.list[pid]!)) {
      const ph = npHead(ctx, phrases.list[pid]!);
      if (ph.end < end && view.pos[ph.end] === 'NOUN' && !ph.possessive) {
        // "met his Iranian counterpart", "attacked Israeli helicopters": a head noun naming the side's people or
        // means gives the actor its sector.
        let h = ph.end;
        while (h + 1 < end && view.pos[h + 1] === 'NOUN') h++;
        const sector = headSector(ctx, h);
        // Not through another noun's complement for a consultation ("visit a cemetery of US soldiers").
        if (sector && !(headOnly && sawNoun)) return withSector(ph, sector);
        // "meet its NATO commitments": with `headOnly` an actor that only modifies the object noun does not count.
        if (headOnly) return null;
      }
      // "helped dissidents from Egypt", "killed soldiers of the Syrian army": the people the noun names are the
      // actor's, through its sector.
      if (lastNoun >= 0 && (via === 'from' || via === 'of')) {
        const sector = headSector(ctx, lastNoun);
        if (sector) return withSector(ph, sector);
      }
      return ph;
    }
    const p = view.pos[k];
    const w = view.lower[k]!;
    if (p === 'DET' || p === 'ADJ' || p === 'NUM' || p === 'ADV' || w === '-' || (p === 'PRON' && POSSESSIVE_PRONOUNS.has(w))) {
      if (freeModifiers > 0 && (p === 'ADJ' || p === 'NUM')) {
        freeModifiers--;
        steps--;
      }
      continue;
    }
    // "more than 100 Palestinians", "at least 12 protesters": a quantifier before the actor.
    if (w === 'than' && k > 0 && QUANTIFIER_HEADS.has(view.lower[k - 1]!)) continue;
    if (w === 'at' && k + 1 < end && (view.lower[k + 1] === 'least' || view.lower[k + 1] === 'most')) continue;
    // "over 150 prisoners", "about 20 civilians", "up to 40 soldiers".
    if (APPROXIMATORS.has(w) && k + 1 < end && (view.pos[k + 1] === 'NUM' || (view.lower[k + 1] === 'to' && view.pos[k + 2] === 'NUM'))) continue;
    if (w === 'to' && k > 0 && view.lower[k - 1] === 'up' && view.pos[k + 1] === 'NUM') continue;
    // Force acts on its direct object, but "arrested the leaders of Hamas" is on the people a noun names.
    if (p === 'NOUN' && (!strict || headSector(ctx, k) !== undefined)) {
      sawNoun = true;
      lastNoun = k;
      continue;
    }
    if (sawNoun && p === 'ADP' && NOUN_COMPLEMENT_PREPS.has(w)) {
      via = w;
      continue;
    }
    // "the two exiled dissidents": a participle used as an adjective.
    if (p === 'VERB' && isAttributive(view, k)) continue;
    return null;
  }
  return null;
}

/** The phrase with its members known by country or organization alone (bare codes) taking `sector`. */
function withSector(ph: Phrase, sector: string): Phrase {
  const members = withSectorOnBare(ph.members, sector);
  return members ? { ...ph, members } : ph;
}

/** The direct object of the verb at `v` when it names actors. */
export function findObject(ctx: Context, v: number, strict = false, headOnly = false): RoleHit | null {
  const ph = phraseAfter(ctx, v, 7, strict, headOnly);
  return ph ? hit(ph, 'object') : null;
}

/** The actor after one of `preps`, searched rightwards from `from` within the clause ("coordinating X in Syria with Moscow"). */
export function findPrepTarget(ctx: Context, from: number, preps: readonly string[], maxDistance = 14): RoleHit | null {
  if (!preps.length) return null;
  const { view, clauses } = ctx;
  const clause = clauses.of[from]!;
  const end = sentenceBounds(ctx, from).end;
  for (let k = from + 1; k < end && k - from <= maxDistance; k++) {
    if (clauses.of[k] !== clause) continue;
    const p = view.pos[k];
    // A comma or a verb ends the phrase the preposition could attach to ("signed the agreement, with Eritrea …").
    if ((p === 'VERB' && !isAttributive(view, k)) || view.lower[k] === ',') return null;
    if (preps.includes(view.lower[k]!) && (p === 'ADP' || p === 'PART' || p === 'SCONJ' || p === 'ADV')) {
      const ph = phraseAfter(ctx, k);
      if (ph) return { refs: ph.members, phrase: ph, how: 'prep', via: view.lower[k]! };
    }
  }
  return null;
}

/** Words by which a weapon or an attack names what it is aimed at ("missiles targeting US troops"). */
const AIMING_WORDS = new Set(['targeting', 'targetting', 'aimed', 'directed']);

/**
 * "launched missiles targeting US troops", "fired rockets aimed at the base": the target of an act of force
 * named by a participle after its weapon, within a few words and before any comma or other verb.
 */
export function aimedTarget(ctx: Context, from: number): RoleHit | null {
  const { view } = ctx;
  const end = Math.min(sentenceBounds(ctx, from).end, from + 6);
  for (let k = from + 1; k < end; k++) {
    const w = view.lower[k]!;
    if (AIMING_WORDS.has(w)) {
      const at = w === 'aimed' || w === 'directed' ? (view.lower[k + 1] === 'at' || view.lower[k + 1] === 'against' ? k + 1 : -1) : k;
      const ph = at >= 0 ? phraseAfter(ctx, at) : null;
      return ph ? { refs: ph.members, phrase: ph, how: 'prep', via: w } : null;
    }
    if (w === ',' || view.pos[k] === 'VERB' || view.pos[k] === 'AUX') return null;
  }
  return null;
}

/** "demanded that Pyongyang forsake …": the subject of the "that"-clause right after the verb. */
export function complementSubject(ctx: Context, last: number): RoleHit | null {
  const { view, clauses } = ctx;
  const k = last + 1;
  if (k >= view.tokens.length || view.lower[k] !== 'that' || view.pos[k] !== 'SCONJ') return null;
  const end = sentenceBounds(ctx, k).end;
  const first = leftmostPhrase(ctx, clauses.of[k]!, k + 1, end);
  return first && first.phrase.start <= k + 4 ? { ...first, how: 'object' } : null;
}

/** "was attacked by X": the agent of a passive verb. */
export function findAgent(ctx: Context, v: number): RoleHit | null {
  const { view } = ctx;
  const end = Math.min(sentenceBounds(ctx, v).end, v + 5);
  for (let k = v + 1; k < end; k++) {
    if (view.lower[k] === 'by') {
      const ph = phraseAfter(ctx, k, 3);
      return ph ? hit(ph, 'agent') : null;
    }
  }
  return null;
}


/** Prepositions that name the means of a passive act of force ("killed in an air strike", "wounded during shelling"). */
const MEANS_PREPS = new Set(['in', 'during', 'by']);


/**
 * "were killed in Israeli tank shelling", "in an air strike by government forces": a passive act of force with no
 * "by" agent names its attacker through the attack it happened in, as the attack's modifier or its "by" phrase.
 * Returns the attacker and the head noun of the attack (for its sector), or null.
 */
export function meansAgent(ctx: Context, v: number): { hit: RoleHit; head: number } | null {
  const { view, phrases, clauses } = ctx;
  const clause = clauses.of[v]!;
  const end = Math.min(sentenceBounds(ctx, v).end, v + 12);
  let k = v + 1;
  while (k < end && view.pos[k] === 'ADV') k++;
  if (k >= end || !MEANS_PREPS.has(view.lower[k]!)) return null;
  let actor: Phrase | null = null;
  let head = -1;
  for (k++; k < end && clauses.of[k] === clause; k++) {
    const pid = phrases.at[k]!;
    if (pid >= 0) {
      // An actor after the means is no modifier of it ("in shelling of Gaza").
      if (head >= 0) break;
      actor = phrases.list[pid]!;
      k = actor.end - 1;
      continue;
    }
    const p = view.pos[k];
    const w = view.lower[k]!;
    if (p === 'DET' || p === 'ADJ' || p === 'NUM' || w === '-') continue;
    if ((p === 'NOUN' || p === 'VERB') && isMeansWord(w)) {
      head = k;
      continue;
    }
    if (p === 'NOUN' && head < 0) continue;
    break;
  }
  if (head < 0) return null;
  if (actor && !isDeterminerPronoun(ctx, actor)) return { hit: hit(actor, 'modifier'), head };
  if (k < end && view.lower[k] === 'by') {
    const ph = phraseAfter(ctx, k, 3);
    if (ph) return { hit: hit(ph, 'agent'), head: -1 };
  }
  return null;
}
