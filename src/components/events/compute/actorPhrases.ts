import type { Entity, EntityType, Mention } from '../../../doc/schema.js';
import { ACTOR_CONJUNCTIONS, PERSONAL_PRONOUNS, POSSESSIVES, SPEAKER_PRONOUNS } from '../model/cues.js';
import { collectiveSpots, resolveCollective } from './collectives.js';
import { tokenRange, type View } from './view.js';

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
  at: Int32Array;
}

interface Unit {
  start: number;
  end: number;
  ref: ActorRef;
  pronoun: boolean;
}

/** A copy of the ref naming another actor code (a place's country, the speaker's government). */
export function withActor(r: ActorRef, actor: string | null): ActorRef {
  const out: ActorRef = { entity: r.entity, actor, country: r.country, type: r.type, kind: r.kind, text: r.text, start: r.start, end: r.end };
  if (r.place) out.place = r.place;
  return out;
}

/**
 * A sector-only head takes the country of the words before it, as CAMEO codes compose: "US special forces"
 * → USA + MIL. International codes (IGO…) and heads with a country keep their own.
 */
export function qualify(head: ActorRef, modifier: ActorRef): ActorRef {
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
  const e = m.entity ? entities.get(m.entity) : undefined;
  return {
    entity: m.entity,
    actor: actorOf(m, e),
    country: e?.country ?? m.country ?? null,
    type: e?.type ?? m.type,
    kind: m.kind,
    text: m.text,
    start: m.start,
    end: m.end,
  };
}

const isVerbal = (view: View, i: number) => view.pos[i] === 'VERB' || view.pos[i] === 'AUX';

/** One unit per mention, over the tokens it covers. */
function mentionUnits(view: View, entities: ReadonlyMap<string, Entity>): Unit[] {
  const units: Unit[] = [];
  for (const m of view.doc.mentions) {
    const r = tokenRange(view, m.start, m.end);
    // A mention that only grazes a verb ("Iravani" in a run-together "Iravanimade" is fine; a stray span over
    // "attacked" is not) must not swallow the verb.
    if (r.start < r.end && m.start > view.tokens[r.start]!.start && isVerbal(view, r.start)) r.start++;
    if (r.start < r.end && m.end < view.tokens[r.end - 1]!.end && isVerbal(view, r.end - 1)) r.end--;
    if (r.start >= r.end) continue;
    units.push({ start: r.start, end: r.end, ref: refOfMention(m, entities), pronoun: m.kind === 'pronoun' });
  }
  return units;
}

/** One unit per place: a city or country the text names, usable as a destination or a target's country. */
function placeUnits(view: View, into: Unit[]): void {
  for (const p of view.doc.places) {
    const r = tokenRange(view, p.start, p.end);
    if (r.start >= r.end) continue;
    const ref: ActorRef = {
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
    into.push({ start: r.start, end: r.end, ref, pronoun: false });
  }
}

/** Pronouns the resolve component left alone still fill a subject slot, so they must block the search. */
function pronounUnits(view: View, covered: Uint8Array, into: Unit[]): void {
  for (let i = 0; i < view.tokens.length; i++) {
    if (covered[i] || view.pos[i] !== 'PRON' || !PERSONAL_PRONOUNS.has(view.lower[i]!)) continue;
    const t = view.tokens[i]!;
    const ref: ActorRef = { entity: null, actor: null, country: null, type: null, kind: 'pronoun', text: t.text, start: t.start, end: t.end };
    into.push({ start: i, end: i + 1, ref, pronoun: true });
  }
}

/** Outer units win over the units nested in them ("Russian" inside "Russian President Vladimir Putin"). */
function dropNested(units: Unit[]): Unit[] {
  units.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Unit[] = [];
  let reach = -1;
  for (const u of units) {
    if (u.start < reach) continue;
    kept.push(u);
    reach = u.end;
  }
  return kept;
}

/**
 * Whether two units form one noun phrase: adjacent ("Israeli ambassador") or joined by a possessive with
 * at most a few adjectives or nouns after it ("Putin's special presidential envoy").
 */
function chainGap(view: View, from: number, to: number): boolean {
  if (from === to) return true;
  if (to - from > 3 || !POSSESSIVES.has(view.lower[from]!)) return false;
  for (let i = from + 1; i < to; i++) {
    const p = view.pos[i];
    if (p === 'ADJ') continue;
    if (p === 'NOUN' && view.tokens[i]!.text[0] === view.lower[i]![0]) continue;
    return false;
  }
  return true;
}

/** A possessive marker at token i: "'s", or a bare apostrophe the tagger reads as a particle ("the countries' envoys"). */
export function isPossessiveAt(view: View, i: number): boolean {
  if (i >= view.tokens.length || !POSSESSIVES.has(view.lower[i]!)) return false;
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
      if (units[j]!.ref.actor || !head.ref.actor) head = units[j]!;
      end = units[j]!.end;
      j++;
    }
    const pronoun = head.pronoun && j === i + 1;
    let ref = head.ref;
    for (let k = j - 2; k >= i && !ref.country; k--) if (units[k] !== head) ref = qualify(ref, units[k]!.ref);
    phrases.push({
      id: -1,
      start: first.start,
      end,
      members: [ref],
      kind: pronoun ? 'pronoun' : head.ref.kind === 'place' ? 'place' : 'actor',
      possessive: isPossessiveAt(view, end),
      speakerPronoun: pronoun && SPEAKER_PRONOUNS.has(head.ref.text.toLowerCase()),
    });
    i = j;
  }
  return phrases;
}

/** The kind of link between two phrases: a conjunction ("and", "as well as", ", and"), a list comma, or none. */
function conjunctionGap(view: View, from: number, to: number): 'conj' | 'comma' | null {
  if (to - from > 4 || to <= from) return null;
  // The words between, determiners aside (at most three matter: "as well as").
  let a = '';
  let b = '';
  let c = '';
  let n = 0;
  for (let i = from; i < to; i++) {
    if (view.pos[i] === 'DET') continue;
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

/** Joins coordinated phrases into compounds ("Tehran and Moscow", "France, Germany and Italy"). */
function joinCompounds(view: View, phrases: Phrase[]): Phrase[] {
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
    let pendingCommas = 0;
    let j = i + 1;
    for (; j < phrases.length; j++) {
      const prev = group[group.length - 1]!;
      const next = phrases[j]!;
      if (prev.kind === 'pronoun' || next.kind === 'pronoun' || view.sentence[next.start] !== view.sentence[prev.start]) break;
      const gap = conjunctionGap(view, prev.end, next.start);
      if (!gap || startsNewClause(view, prev, next) || modifiesNoun(view, next)) break;
      group.push(next);
      pendingCommas = gap === 'comma' ? pendingCommas + 1 : 0;
    }
    // A comma list must close with a conjunction; otherwise the commas were appositions.
    group.length -= pendingCommas;
    j = i + group.length;
    if (group.length === 1) out.push(group[0]!);
    else {
      const last = group[group.length - 1]!;
      out.push({
        id: -1,
        start: group[0]!.start,
        end: last.end,
        members: group.flatMap((p) => p.members),
        kind: 'compound',
        possessive: last.possessive,
        speakerPronoun: false,
      });
    }
    i = j;
  }
  return out;
}

/**
 * The actor phrases of a document: mentions (outer ones over nested ones), places not covered by a mention,
 * unresolved pronouns, chained, joined into compounds, plus collectives resolved to the countries they name.
 */
export function buildPhrases(view: View): Phrases {
  const entities = new Map(view.doc.entities.map((e) => [e.id, e]));
  const spots = collectiveSpots(view);
  const inCollective = new Uint8Array(view.tokens.length);
  for (const c of spots) for (let i = c.start; i < c.end; i++) inCollective[i] = 1;

  const all = mentionUnits(view, entities);
  placeUnits(view, all);
  const units = spots.length ? dropNested(all).filter((u) => !inCollective[u.start]) : dropNested(all);
  const covered = inCollective;
  for (const u of units) for (let i = u.start; i < u.end; i++) covered[i] = 1;
  const before = units.length;
  pronounUnits(view, covered, units);
  if (units.length > before) units.sort((a, b) => a.start - b.start);

  const joined = joinCompounds(view, chainUnits(view, units));
  const collectives = spots.flatMap((spot) => resolveCollective(view, entities, spot, joined) ?? []);
  const list = collectives.length ? [...joined, ...collectives].sort((a, b) => a.start - b.start) : joined;
  const at = new Int32Array(view.tokens.length).fill(-1);
  for (let id = 0; id < list.length; id++) {
    const p = list[id]!;
    p.id = id;
    for (let i = p.start; i < p.end; i++) at[i] = id;
  }
  return { list, at };
}
