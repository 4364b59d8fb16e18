import type { Doc, Entity, EntityType, Mention } from '../../../doc/schema.js';
import {
  ACTOR_CONJUNCTIONS,
  COLLECTIVE_COUNTRY_NOUNS,
  COLLECTIVE_DETERMINERS,
  PERSONAL_PRONOUNS,
  POSSESSIVES,
  SPEAKER_PRONOUNS,
} from '../model/cues.js';
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
  /** An unresolved "we"/"I", which inside a quote stands for the speaker. */
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

/** Actor code of a mention: metonyms and demonyms carry their own sector ("Moscow" → RUSGOV, "Syrian government" → SYRGOV). */
export function actorOf(m: Mention, e: Entity | undefined): string | null {
  const sector = m.sectors?.[0];
  if ((m.kind === 'metonym' || m.kind === 'demonym') && m.country && sector) return m.country + sector;
  if (e?.actor) return e.actor;
  if (e?.country) return e.country;
  if (m.country) return m.country + (sector ?? '');
  return null;
}

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

function mentionUnits(view: View, entities: ReadonlyMap<string, Entity>): Unit[] {
  const units: Unit[] = [];
  for (const m of view.doc.mentions) {
    const r = tokenRange(view, m.start, m.end);
    if (r.start >= r.end) continue;
    units.push({ ...r, ref: refOfMention(m, entities), pronoun: m.kind === 'pronoun' });
  }
  return units;
}

function placeUnits(view: View): Unit[] {
  return view.doc.places.flatMap((p) => {
    const r = tokenRange(view, p.start, p.end);
    if (r.start >= r.end) return [];
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
    return [{ ...r, ref, pronoun: false }];
  });
}

/** Pronouns the resolve component left alone still fill a subject slot, so they must block the search. */
function pronounUnits(view: View, covered: Uint8Array): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    if (covered[i] || view.pos[i] !== 'PRON' || !PERSONAL_PRONOUNS.has(view.lower[i]!)) continue;
    const t = view.tokens[i]!;
    const ref: ActorRef = { entity: null, actor: null, country: null, type: null, kind: 'pronoun', text: t.text, start: t.start, end: t.end };
    units.push({ start: i, end: i + 1, ref, pronoun: true });
  }
  return units;
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

/** Words that may sit between a possessor and its head inside one noun phrase ("Putin's special envoy"). */
function chainGap(view: View, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const p = view.pos[i];
    if (POSSESSIVES.has(view.lower[i]!)) continue;
    if (p === 'ADJ') continue;
    if (p === 'NOUN' && view.tokens[i]!.text[0] === view.lower[i]![0]) continue;
    return false;
  }
  return true;
}

const isPossessiveAt = (view: View, i: number) => i < view.tokens.length && POSSESSIVES.has(view.lower[i]!) && view.pos[i] !== 'PUNCT';

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
    phrases.push({
      id: -1,
      start: first.start,
      end,
      members: [head.ref],
      kind: pronoun ? 'pronoun' : head.ref.kind === 'place' ? 'place' : 'actor',
      possessive: isPossessiveAt(view, end) || (end < view.tokens.length && view.lower[end] === "'s"),
      speakerPronoun: pronoun && SPEAKER_PRONOUNS.has(head.ref.text.toLowerCase()),
    });
    i = j;
  }
  return phrases;
}

/** Length of the conjunction between two phrases ("and", "or", "as well as", ", and"), or 0. */
function conjunctionGap(view: View, from: number, to: number): 'conj' | 'comma' | null {
  const words: string[] = [];
  for (let i = from; i < to; i++) if (view.pos[i] !== 'DET') words.push(view.lower[i]!);
  const gap = words.join(' ');
  if (ACTOR_CONJUNCTIONS.has(gap) || gap === 'as well as' || gap === ', and' || gap === ', or') return 'conj';
  if (gap === ',') return 'comma';
  return null;
}

/** A phrase that ends right before a verb and started after a verb or preposition is an object, not a list item. */
function startsNewClause(view: View, left: Phrase, right: Phrase): boolean {
  const before = left.start - 1;
  const after = right.end;
  const leftGoverned = before >= 0 && (view.pos[before] === 'VERB' || view.pos[before] === 'ADP');
  const rightFinite = after < view.tokens.length && (view.pos[after] === 'VERB' || view.pos[after] === 'AUX');
  return leftGoverned && rightFinite;
}

function joinCompounds(view: View, phrases: Phrase[]): Phrase[] {
  const out: Phrase[] = [];
  let i = 0;
  while (i < phrases.length) {
    const group = [phrases[i]!];
    let pendingCommas = 0;
    let j = i + 1;
    for (; j < phrases.length; j++) {
      const prev = group[group.length - 1]!;
      const next = phrases[j]!;
      if (prev.kind === 'pronoun' || next.kind === 'pronoun' || view.sentence[next.start] !== view.sentence[prev.start]) break;
      const gap = conjunctionGap(view, prev.end, next.start);
      if (!gap || startsNewClause(view, prev, next)) break;
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

/** The last two countries named before `offset`: what "both countries" refers to. */
function lastCountries(doc: Doc, entities: ReadonlyMap<string, Entity>, offset: number, count: number): ActorRef[] {
  const found: ActorRef[] = [];
  const seen = new Set<string>();
  for (let k = doc.mentions.length - 1; k >= 0 && found.length < count; k--) {
    const m = doc.mentions[k]!;
    if (m.start >= offset) continue;
    const e = m.entity ? entities.get(m.entity) : undefined;
    if ((e?.type ?? m.type) !== 'COUNTRY') continue;
    const country = e?.country ?? m.country ?? e?.actor?.slice(0, 3) ?? null;
    if (!country || seen.has(country)) continue;
    seen.add(country);
    found.push({ entity: m.entity, actor: country, country, type: 'COUNTRY', kind: 'collective', text: m.text, start: m.start, end: m.end });
  }
  return found.reverse();
}

function collectivePhrases(view: View, entities: ReadonlyMap<string, Entity>): Phrase[] {
  const out: Phrase[] = [];
  for (let i = 0; i + 1 < view.tokens.length; i++) {
    if (!COLLECTIVE_DETERMINERS.has(view.lower[i]!) || !COLLECTIVE_COUNTRY_NOUNS.has(view.lower[i + 1]!)) continue;
    // "two countries" without "the"/"both" is a count, not a reference back.
    const start = view.lower[i] === 'two' && view.lower[i - 1] === 'the' ? i - 1 : i;
    if (view.lower[i] === 'two' && start === i) continue;
    const members = lastCountries(view.doc, entities, view.tokens[start]!.start, 2);
    if (members.length < 2) continue;
    // Evidence for each member is the collective phrase itself, the words that name them here.
    const here = { start: view.tokens[start]!.start, end: view.tokens[i + 1]!.end, text: view.doc.text.slice(view.tokens[start]!.start, view.tokens[i + 1]!.end) };
    out.push({
      id: -1,
      start,
      end: i + 2,
      members: members.map((m) => ({ ...m, ...here })),
      kind: 'collective',
      possessive: isPossessiveAt(view, i + 2),
      speakerPronoun: false,
    });
  }
  return out;
}

export function buildPhrases(view: View): Phrases {
  const entities = new Map(view.doc.entities.map((e) => [e.id, e]));
  const collectives = collectivePhrases(view, entities);
  const inCollective = new Uint8Array(view.tokens.length);
  for (const c of collectives) for (let i = c.start; i < c.end; i++) inCollective[i] = 1;

  const mentionAndPlace = dropNested([...mentionUnits(view, entities), ...placeUnits(view)]).filter((u) => !inCollective[u.start]);
  const covered = new Uint8Array(view.tokens.length);
  for (const u of mentionAndPlace) for (let i = u.start; i < u.end; i++) covered[i] = 1;
  for (let i = 0; i < covered.length; i++) covered[i] ||= inCollective[i]!;
  const units = [...mentionAndPlace, ...pronounUnits(view, covered)].sort((a, b) => a.start - b.start);

  const list = joinCompounds(view, [...chainUnits(view, units), ...collectives].sort((a, b) => a.start - b.start));
  const at = new Int32Array(view.tokens.length).fill(-1);
  list.forEach((p, id) => {
    p.id = id;
    for (let i = p.start; i < p.end; i++) at[i] = id;
  });
  return { list, at };
}
