import type { Entity, EntityType, Mention, Place } from '../../../doc/schema.js';
import { ACTOR_CONJUNCTIONS, PERSONAL_PRONOUNS, POSSESSIVES, SPEAKER_PRONOUNS } from '../model/cues.js';
import { agentSector } from '../model/agentNouns.js';
import { collectiveSpotAt, resolveCollective, type Spot } from './collectives.js';
import { COVERED, filledArray, scratchFlags } from './scratch.js';
import { tokenAtOrAfter, tokenRangeEnd, type View } from './view.js';

/** One actor an event can name: a mention's entity, a place's country, or one member of "both countries". */
export interface ActorRef {
  entity: string | null;
  /** CAMEO actor code (RUSGOV, IRN, IGOUNO…) or null when unknown. */
  actor: string | null;
  country: string | null;
  type: EntityType | null;
  kind: Mention['kind'] | 'place' | 'collective';
  text: string;
  start: number;
  end: number;
  /** Set when the ref comes from the places layer. */
  place?: { name: string; feature: string };
}

/**
 * A noun phrase that names actors: one mention, a possessive chain ("Moscow's ambassador"), a compound
 * ("Tehran and Moscow") or a collective ("both countries"). Token positions are view indices [start, end).
 */
export interface Phrase {
  id: number;
  start: number;
  end: number;
  members: ActorRef[];
  kind: 'actor' | 'place' | 'compound' | 'collective' | 'pronoun';
  /** Followed by 's: the phrase owns the head noun after it ("Tehran's presence"). */
  possessive: boolean;
  /** A "we"/"I" (resolved or not), which inside a quotation stands for its speaker. */
  speakerPronoun: boolean;
}

export interface Phrases {
  list: Phrase[];
  /** Phrase id covering each view token, or -1. */
  at: number[];
  /** For each place of the document, the first view token it covers, or -1 when it covers none. */
  placeTokens: number[];
}

interface Unit {
  start: number;
  end: number;
  /** The mention's own offsets and kind (read once, see `mentionRef`). */
  mentionStart: number;
  mentionEnd: number;
  mentionKind: Mention['kind'];
  /** The actor ref, made once the unit survives `dropNested` (from `mention` or `place`). */
  ref: ActorRef | null;
  mention: Mention | null;
  place: Place | null;
  pronoun: boolean;
}

/** A copy of the ref naming another actor code (a place's country, the speaker's government). */
export function withActor(r: ActorRef, actor: string | null): ActorRef {
  const out: ActorRef = { entity: r.entity, actor, country: r.country, type: r.type, kind: r.kind, text: r.text, start: r.start, end: r.end };
  if (r.place) out.place = r.place;
  return out;
}

/**
 * The refs with those known by country or organization alone (bare codes) taking `sector` ("met his Iranian
 * counterpart" → IRNGOV), or null when none changes.
 */
export function withSectorOnBare(refs: readonly ActorRef[], sector: string): ActorRef[] | null {
  let out: ActorRef[] | null = null;
  refs.forEach((r, i) => {
    const bare = r.actor && (r.actor.length === 3 || (r.actor.startsWith('IGO') && !r.country && r.actor.length <= 9));
    if (!bare || r.actor!.endsWith(sector)) return;
    out ??= refs.slice();
    out[i] = withActor(r, r.actor + sector);
  });
  return out;
}

/**
 * A sector-only head takes the country of the words before it, as CAMEO codes compose: "US special forces"
 * → USA + MIL. International codes (IGO…) and heads with a country keep their own.
 */
export function qualify(head: ActorRef, modifier: ActorRef): ActorRef {
  // "U.N. mediator Diego Cordovez": an official known only by a sector speaks for the organization before it.
  if (!head.country && !head.actor?.startsWith('IGO') && modifier.actor?.startsWith('IGO') && !modifier.country) return withActor(head, modifier.actor);
  if (head.country || !modifier.country || head.actor?.startsWith('IGO')) return head;
  const out = withActor(head, modifier.country + (head.actor ?? ''));
  out.country = modifier.country;
  return out;
}

/** A phrase around an actor known from another layer (a quotation's speaker), not from words of the clause. */
export function standalonePhrase(ref: ActorRef): Phrase {
  return { id: -1, start: -1, end: -1, members: [ref], kind: 'actor', possessive: false, speakerPronoun: false };
}

/** Actor code of a mention: metonyms and demonyms carry their own sector ("Moscow" → RUSGOV, "Syrian government" → SYRGOV). */
export function actorOf(m: Mention, e: Entity | undefined): string | null {
  const sector = m.sectors?.[0];
  if ((m.kind === 'metonym' || m.kind === 'demonym') && m.country && sector) return m.country + sector;
  if (e?.actor) return e.actor;
  if (e?.country) return e.country;
  if (m.country) return m.country + (sector ?? '');
  return null;
}

/** The actor ref a mention stands for, through its entity when resolved. */
export function refOfMention(m: Mention, entities: ReadonlyMap<string, Entity>): ActorRef {
  return mentionRef(m, entities, m.kind, m.start, m.end);
}

/**
 * `refOfMention` with the mention's kind and offsets already read. Mentions come in many object shapes, so each
 * property read is a slow megamorphic load: every field is read once here (the same logic as `actorOf`).
 */
function mentionRef(m: Mention, entities: ReadonlyMap<string, Entity>, kind: Mention['kind'], start: number, end: number): ActorRef {
  const entity = m.entity;
  const country = m.country;
  const sector = m.sectors?.[0];
  const e = entity ? entities.get(entity) : undefined;
  let actor: string | null;
  if ((kind === 'metonym' || kind === 'demonym') && country && sector) actor = country + sector;
  else if (e?.actor) actor = e.actor;
  else if (e?.country) actor = e.country;
  else if (country) actor = country + (sector ?? '');
  else actor = null;
  return { entity, actor, country: e?.country ?? country ?? null, type: e?.type ?? m.type, kind, text: m.text, start, end };
}

/**
 * "Young Algerians", "Ghanaians": a name with no actor whose last word is a people's name (a demonym, or its plural)
 * stands for that country's people. The entity layer reads singular demonyms; plurals it leaves unresolved.
 */
function peopleOfCountry(ref: ActorRef, demonyms: ReadonlyMap<string, string>): ActorRef {
  const last = ref.text.slice(ref.text.lastIndexOf(' ') + 1).toLowerCase();
  const country = demonyms.get(last) ?? (last.length > 4 && last.endsWith('s') ? demonyms.get(last.slice(0, -1)) : undefined);
  if (!country) return ref;
  const out = withActor(ref, country);
  out.country = country;
  return out;
}

const isVerbal = (view: View, i: number) => view.pos[i] === 'VERB' || view.pos[i] === 'AUX';

/** One unit per mention, over the tokens it covers. */
function mentionUnits(view: View): Unit[] {
  const units: Unit[] = [];
  const { starts, ends } = view;
  for (const m of view.doc.mentions) {
    const ms = m.start;
    const me = m.end;
    let start = tokenAtOrAfter(view, ms);
    let end = tokenRangeEnd(view, start, me);
    // A mention that only grazes a verb ("Iravani" in a run-together "Iravanimade" is fine; a stray span over
    // "attacked" is not) must not swallow the verb.
    if (start < end && ms > starts[start]! && isVerbal(view, start)) start++;
    if (start < end && me < ends[end - 1]! && isVerbal(view, end - 1)) end--;
    if (start >= end) continue;
    const kind = m.kind;
    units.push({ start, end, mentionStart: ms, mentionEnd: me, mentionKind: kind, ref: null, mention: m, place: null, pronoun: kind === 'pronoun' });
  }
  return units;
}

/** One unit per place: a city or country the text names, usable as a destination or a target's country. */
function placeUnits(view: View, placeTokens: number[]): Unit[] {
  const units: Unit[] = [];
  for (const p of view.doc.places) {
    const start = tokenAtOrAfter(view, p.start);
    const end = tokenRangeEnd(view, start, p.end);
    if (start >= end) {
      placeTokens.push(-1);
      continue;
    }
    placeTokens.push(start);
    units.push({ start, end, mentionStart: 0, mentionEnd: 0, mentionKind: 'name', ref: null, mention: null, place: p, pronoun: false });
  }
  return units;
}

/** The place over exactly the tokens of a unit, if it has a country. */
function samePlace(places: readonly Unit[], u: Unit): Place | null {
  for (const p of places) if (p.start === u.start && p.end === u.end && p.place!.country) return p.place;
  return null;
}

/** The actor ref of a place: its country, as a location. */
function placeRef(p: Place): ActorRef {
  return {
    entity: null,
    actor: p.country,
    country: p.country,
    type: 'LOCATION',
    kind: 'place',
    text: p.text,
    start: p.start,
    end: p.end,
    place: { name: p.name, feature: p.feature },
  };
}

/** Pronouns the resolve component left alone still fill a subject slot, so they must block the search. */
function pronounUnits(view: View, candidates: readonly number[], covered: Uint8Array): Unit[] | null {
  let out: Unit[] | null = null;
  for (const i of candidates) {
    if (covered[i]) continue;
    const t = view.tokens[i]!;
    const ref: ActorRef = { entity: null, actor: null, country: null, type: null, kind: 'pronoun', text: t.text, start: t.start, end: t.end };
    (out ??= []).push({ start: i, end: i + 1, mentionStart: 0, mentionEnd: 0, mentionKind: 'pronoun', ref, mention: null, place: null, pronoun: true });
  }
  return out;
}

/**
 * One pass over the tokens for what the phrase builder looks for word by word: collectives ("both countries", as
 * `collectiveSpots` finds them) and personal pronouns (those a mention does not cover become units).
 */
function scanTokens(view: View, pronouns: number[]): Spot[] {
  const { pos, lower } = view;
  const n = view.tokens.length;
  const spots: Spot[] = [];
  for (let i = 0; i < n; i++) {
    const p = pos[i];
    if (p === 'PRON') {
      if (PERSONAL_PRONOUNS.has(lower[i]!)) pronouns.push(i);
      continue;
    }
    if ((p !== 'DET' && p !== 'NUM') || i + 1 >= n) continue;
    const spot = collectiveSpotAt(view, i);
    if (spot) spots.push(spot);
  }
  return spots;
}

/** Outer units first among units starting together. */
const unitOrder = (a: Unit, b: Unit) => a.start - b.start || b.end - a.end;

/** Sorts in place by `unitOrder` (stably, as Array.prototype.sort); most lists come sorted already. */
function sortUnits(units: Unit[]): Unit[] {
  for (let i = 1; i < units.length; i++) {
    if (unitOrder(units[i - 1]!, units[i]!) > 0) return units.sort(unitOrder);
  }
  return units;
}

/**
 * Mention and place units in one list ordered by `unitOrder`, mentions before places on ties: the order a stable
 * sort of the mentions followed by the places gives.
 */
function mergeUnits(mentions: Unit[], places: Unit[]): Unit[] {
  if (!places.length) return sortUnits(mentions);
  sortUnits(mentions);
  sortUnits(places);
  const out: Unit[] = new Array(mentions.length + places.length);
  let a = 0;
  let b = 0;
  let o = 0;
  while (a < mentions.length && b < places.length) {
    out[o++] = unitOrder(mentions[a]!, places[b]!) <= 0 ? mentions[a++]! : places[b++]!;
  }
  while (a < mentions.length) out[o++] = mentions[a++]!;
  while (b < places.length) out[o++] = places[b++]!;
  return out;
}

/** Outer units win over the units nested in them ("Russian" inside "Russian President Vladimir Putin"); `units` is sorted. */
function dropNested(units: Unit[], skip: Uint8Array | null): Unit[] {
  const kept: Unit[] = [];
  let reach = -1;
  for (const u of units) {
    if (u.start < reach) continue;
    reach = u.end;
    if (!skip || !skip[u.start]) kept.push(u);
  }
  return kept;
}

/** Two lists of units with distinct starts, each sorted by start, merged by start. */
function mergeByStart(a: Unit[], b: Unit[]): Unit[] {
  const out: Unit[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < a.length && j < b.length) out[o++] = a[i]!.start <= b[j]!.start ? a[i++]! : b[j++]!;
  while (i < a.length) out[o++] = a[i++]!;
  while (j < b.length) out[o++] = b[j++]!;
  return out;
}

/** A possessive marker word ("'s", "’s", "'", "’"): all start with an apostrophe, so most words skip the lookup. */
export function isPossessiveWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c === 39 || c === 0x2019) && POSSESSIVES.has(w);
}

/**
 * Whether two units form one noun phrase: adjacent ("Israeli ambassador") or joined by a possessive with
 * at most a few adjectives or nouns after it ("Putin's special presidential envoy").
 */
function chainGap(view: View, from: number, to: number): boolean {
  if (from === to) return true;
  if (to - from > 3 || !isPossessiveWord(view.lower[from]!)) return false;
  for (let i = from + 1; i < to; i++) {
    const p = view.pos[i];
    if (p === 'ADJ') continue;
    if (p === 'NOUN' && view.tokens[i]!.text[0] === view.lower[i]![0]) continue;
    return false;
  }
  return true;
}

/** Only "of", and a determiner, between two units: "the government of (the) X". */
function ofGap(view: View, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2 || view.lower[from] !== 'of') return false;
  return to - from === 1 || view.pos[from + 1] === 'DET';
}

/** A possessive marker at token i: "'s", or a bare apostrophe the tagger reads as a particle ("the countries' envoys"). */
export function isPossessiveAt(view: View, i: number): boolean {
  if (i >= view.tokens.length || !isPossessiveWord(view.lower[i]!)) return false;
  return view.lower[i]!.length > 1 || view.pos[i] === 'PART';
}

/** Chains of units into phrases: the head of "Moscow's ambassador" is the ambassador, the last unit. */
function chainUnits(view: View, units: Unit[]): Phrase[] {
  const phrases: Phrase[] = [];
  let i = 0;
  while (i < units.length) {
    const first = units[i]!;
    let head = first;
    let end = first.end;
    let j = i + 1;
    while (
      j < units.length &&
      !units[j]!.pronoun &&
      !head.pronoun &&
      view.sentence[units[j]!.start] === view.sentence[first.start] &&
      chainGap(view, end, units[j]!.start)
    ) {
      // A null-actor title ("the envoy") after a known possessor still belongs to that side: keep the possessor's code.
      // A place after another people's adjective is a word of a name ("the Nigerian Union of Teachers"), no place.
      const next = units[j]!;
      const foreignPlace = next.place && head.ref!.kind === 'demonym' && next.ref!.country !== head.ref!.country;
      if ((next.ref!.actor || !head.ref!.actor) && !foreignPlace) head = next;
      end = units[j]!.end;
      j++;
    }
    const pronoun = head.pronoun && j === i + 1;
    let ref = head.ref!;
    for (let k = j - 2; k >= i && !ref.country; k--) if (units[k] !== head) ref = qualify(ref, units[k]!.ref!);
    // "the government of Gondor", "the army of Syria": an actor known only by its sector takes the country of its
    // "of" complement, as it takes a possessor's ("Syria's army").
    if (!pronoun && j < units.length && !ref.country && ref.actor && !units[j]!.pronoun && units[j]!.ref!.country && ofGap(view, end, units[j]!.start)) {
      const qualified = qualify(ref, units[j]!.ref!);
      if (qualified !== ref) {
        ref = qualified;
        end = units[j]!.end;
        j++;
      }
    }
    phrases.push({
      id: -1,
      start: first.start,
      end,
      members: [ref],
      kind: pronoun ? 'pronoun' : head.ref!.kind === 'place' ? 'place' : 'actor',
      possessive: isPossessiveAt(view, end),
      speakerPronoun: pronoun && SPEAKER_PRONOUNS.has(head.ref!.text.toLowerCase()),
    });
    i = j;
  }
  return phrases;
}

/** Possessive pronouns that may open a later conjunct ("X and his counterpart"). */
const OWNER_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our']);

/** The kind of link between two phrases: a conjunction ("and", "as well as", ", and"), a list comma, or none. */
function conjunctionGap(view: View, from: number, to: number): 'conj' | 'comma' | null {
  if (to - from > 5 || to <= from) return null;
  // The words between, determiners aside (at most three matter: "as well as"), and adjectives after the link, which
  // modify the next conjunct ("France and the powerful Germany").
  let a = '';
  let b = '';
  let c = '';
  let n = 0;
  for (let i = from; i < to; i++) {
    // "Lavrov and his Turkish counterpart": a possessive pronoun stands where a determiner would.
    if (view.pos[i] === 'DET' || (n > 0 && (view.pos[i] === 'ADJ' || (view.pos[i] === 'PRON' && OWNER_PRONOUNS.has(view.lower[i]!))))) continue;
    const w = view.lower[i]!;
    if (n === 0) a = w;
    else if (n === 1) b = w;
    else if (n === 2) c = w;
    else return null;
    n++;
  }
  if (n === 1) return ACTOR_CONJUNCTIONS.has(a) ? 'conj' : a === ',' ? 'comma' : null;
  if (n === 2) return a === ',' && (b === 'and' || b === 'or') ? 'conj' : null;
  return n === 3 && a === 'as' && b === 'well' && c === 'as' ? 'conj' : null;
}

/** A phrase that ends right before a verb and started after a verb or preposition is an object, not a list item. */
function startsNewClause(view: View, left: Phrase, right: Phrase): boolean {
  const before = left.start - 1;
  const after = right.end;
  const leftGoverned = before >= 0 && (view.pos[before] === 'VERB' || view.pos[before] === 'ADP');
  const rightFinite = after < view.tokens.length && (view.pos[after] === 'VERB' || view.pos[after] === 'AUX');
  return leftGoverned && rightFinite;
}

/** "… North Korea, and U.S. policy": a phrase followed by a common noun modifies it and is no list item. */
function modifiesNoun(view: View, p: Phrase): boolean {
  return p.end < view.tokens.length && view.pos[p.end] === 'NOUN' && !p.possessive;
}

/** The sector of an agent noun right after a phrase ("his Turkish counterpart", "Syrian troops"), or undefined. */
function agentHead(view: View, p: Phrase): string | undefined {
  if (p.end >= view.tokens.length || view.pos[p.end] !== 'NOUN' || p.possessive) return undefined;
  let h = p.end;
  while (h + 1 < view.tokens.length && view.pos[h + 1] === 'NOUN') h++;
  return agentSector(view.lower[h]!);
}

/** A phrase whose members known by their country alone act through a head noun's sector. */
function withAgentSector(p: Phrase, sector: string): Phrase {
  const members = p.members.map((m) => (m.actor && m.actor.length === 3 && m.country ? withActor(m, m.actor + sector) : m));
  return { ...p, members };
}

/** "French and Egyptian warships": peoples' adjectives coordinated before one head noun all modify it. */
function demonymsOnly(phrases: readonly Phrase[]): boolean {
  for (const p of phrases) for (const m of p.members) if (m.kind !== 'demonym') return false;
  return true;
}

/**
 * "Danish media and government": a people's adjective before the first noun of a coordination modifies the bare
 * noun after the conjunction too. Returns the member whose country a sector-only `next` takes, or null. A
 * determiner before `next` ("the Danish media and the government") makes it a phrase of its own.
 */
function sharedDemonym(view: View, prev: Phrase, next: Phrase, demonyms: ReadonlyMap<string, string> | undefined): ActorRef | null {
  if (!demonyms || prev.members.length !== 1 || next.members.length !== 1 || prev.possessive || prev.end - prev.start < 2) return null;
  const m = prev.members[0]!;
  const n = next.members[0]!;
  if (!m.country || n.country || !n.actor || n.actor.startsWith('IGO') || demonyms.get(view.lower[prev.start]!) !== m.country) return null;
  for (let i = prev.end; i < next.start; i++) if (view.pos[i] === 'DET' || view.pos[i] === 'ADJ') return null;
  return m;
}

/**
 * The sector of the head noun that coordinated peoples' adjectives share ("Israeli and Turkish forces" → MIL): the
 * last conjunct's, when it is a people's adjective with its noun and every earlier conjunct is a bare adjective
 * joined by "and" or commas alone.
 */
function sharedHeadSector(view: View, group: readonly Phrase[]): string | null {
  const last = group[group.length - 1]!;
  if (last.members.length !== 1) return null;
  const m = last.members[0]!;
  if (!m.country || !m.actor || m.actor.length <= 3 || !m.actor.startsWith(m.country) || view.pos[last.start] === 'DET') return null;
  for (let g = 0; g < group.length - 1; g++) {
    const p = group[g]!;
    if (p.end - p.start !== 1 || p.members.length !== 1 || p.members[0]!.kind !== 'demonym') return null;
    for (let k = p.end; k < group[g + 1]!.start; k++) if (view.pos[k] !== 'CCONJ' && view.lower[k] !== ',') return null;
  }
  return m.actor.slice(m.country.length);
}

/** Joins coordinated phrases into compounds ("Tehran and Moscow", "France, Germany and Italy"). */
function joinCompounds(view: View, phrases: Phrase[], demonyms?: ReadonlyMap<string, string>): Phrase[] {
  const out: Phrase[] = [];
  let i = 0;
  while (i < phrases.length) {
    // Most phrases stand alone: look at the gap to the next one before building a group.
    const next = phrases[i + 1];
    if (!next || !conjunctionGap(view, phrases[i]!.end, next.start)) {
      out.push(phrases[i++]!);
      continue;
    }
    const group = [phrases[i]!];
    /** Index in `phrases` of each group member (a possessive pronoun before a conjunct is skipped over). */
    const taken = [i];
    let pendingCommas = 0;
    let j = i + 1;
    for (; j < phrases.length; j++) {
      const prev = group[group.length - 1]!;
      // "Lavrov and his Turkish counterpart": the possessive pronoun opens the next conjunct, as a determiner would.
      const owner = phrases[j]!;
      if (owner.kind === 'pronoun' && owner.end - owner.start === 1 && OWNER_PRONOUNS.has(view.lower[owner.start]!) && phrases[j + 1]?.start === owner.end) j++;
      const next = phrases[j]!;
      if (prev.kind === 'pronoun' || next.kind === 'pronoun' || view.sentence[next.start] !== view.sentence[prev.start]) break;
      const gap = conjunctionGap(view, prev.end, next.start);
      const agent = agentHead(view, next);
      if (!gap || startsNewClause(view, prev, next) || (modifiesNoun(view, next) && !agent && !(demonymsOnly(group) && demonymsOnly([next])))) break;
      group.push(agent ? withAgentSector(next, agent) : next);
      taken.push(j);
      pendingCommas = gap === 'comma' ? pendingCommas + 1 : 0;
    }
    // A comma list must close with a conjunction; otherwise the commas were appositions.
    group.length -= pendingCommas;
    j = taken[group.length - 1]! + 1;
    if (group.length === 1) out.push(group[0]!);
    else {
      const last = group[group.length - 1]!;
      const members: ActorRef[] = [];
      const headSector = sharedHeadSector(view, group);
      for (let g = 0; g < group.length; g++) {
        const p = group[g]!;
        const shared = g > 0 ? sharedDemonym(view, group[g - 1]!, p, demonyms) : null;
        for (const m of p.members) {
          const q = shared ? qualify(m, shared) : m;
          // "Israeli and Turkish forces": the peoples' adjectives before the last conjunct share its head noun.
          members.push(headSector && g < group.length - 1 && q.kind === 'demonym' && q.country && q.actor === q.country ? withActor(q, q.country + headSector) : q);
        }
      }
      out.push({
        id: -1,
        start: group[0]!.start,
        end: last.end,
        members,
        kind: 'compound',
        possessive: last.possessive,
        speakerPronoun: false,
      });
    }
    i = j;
  }
  return out;
}

/** Phrases ordered by start, the first list's first on ties: what a stable sort of both lists one after the other gives. */
function mergePhrases(a: Phrase[], b: Phrase[]): Phrase[] {
  const byStart = (x: Phrase, y: Phrase) => x.start - y.start;
  for (let i = 1; i < a.length; i++) if (a[i - 1]!.start > a[i]!.start) return [...a, ...b].sort(byStart);
  for (let i = 1; i < b.length; i++) if (b[i - 1]!.start > b[i]!.start) return [...a, ...b].sort(byStart);
  const out: Phrase[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < a.length && j < b.length) out[o++] = a[i]!.start <= b[j]!.start ? a[i++]! : b[j++]!;
  while (i < a.length) out[o++] = a[i++]!;
  while (j < b.length) out[o++] = b[j++]!;
  return out;
}

/**
 * The actor phrases of a document: mentions (outer ones over nested ones), places not covered by a mention,
 * unresolved pronouns, chained, joined into compounds, plus collectives resolved to the countries they name.
 */
export function buildPhrases(view: View, demonyms?: ReadonlyMap<string, string>): Phrases {
  const entities = new Map<string, Entity>();
  for (const e of view.doc.entities) entities.set(e.id, e);
  const n = view.tokens.length;
  const pronounCandidates: number[] = [];
  const spots = scanTokens(view, pronounCandidates);
  const inCollective = scratchFlags(COVERED, n);
  for (const c of spots) for (let i = c.start; i < c.end; i++) inCollective[i] = 1;

  const placeTokens: number[] = [];
  const places = placeUnits(view, placeTokens);
  const all = mergeUnits(mentionUnits(view), places);
  let units = dropNested(all, spots.length ? inCollective : null);
  // Refs only for the units that stay: nested mentions and places under a mention need none.
  for (const u of units) {
    u.ref = u.mention ? mentionRef(u.mention, entities, u.mentionKind, u.mentionStart, u.mentionEnd) : placeRef(u.place!);
    // "Abidjan", "Gorazde": a name the entity layer gave no actor that the places layer put in a country is that place.
    if (!u.ref.actor && !u.ref.country && u.mention && places.length) {
      const place = samePlace(places, u);
      if (place) u.ref = placeRef(place);
    }
    if (!u.ref.actor && demonyms) u.ref = peopleOfCountry(u.ref, demonyms);
  }
  const covered = inCollective;
  for (const u of units) for (let i = u.start; i < u.end; i++) covered[i] = 1;
  // Pronouns sit on uncovered tokens only, so no start is shared: merging by start is the sort.
  const pronouns = pronounCandidates.length ? pronounUnits(view, pronounCandidates, covered) : null;
  if (pronouns) units = mergeByStart(units, pronouns);

  const joined = joinCompounds(view, chainUnits(view, units), demonyms);
  let list = joined;
  if (spots.length) {
    const collectives: Phrase[] = [];
    for (const spot of spots) {
      const c = resolveCollective(view, entities, spot, joined);
      if (c) collectives.push(c);
    }
    if (collectives.length) list = mergePhrases(joined, collectives);
  }
  const at = filledArray(n, -1);
  for (let id = 0; id < list.length; id++) {
    const p = list[id]!;
    p.id = id;
    for (let i = p.start; i < p.end; i++) at[i] = id;
  }
  return { list, at, placeTokens };
}
