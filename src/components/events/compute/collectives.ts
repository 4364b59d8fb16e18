import type { Entity } from '../../../doc/schema.js';
import { COLLECTIVE_COUNTRY_NOUNS, COLLECTIVE_DETERMINERS } from '../model/cues.js';
import { isPossessiveAt, refOfMention, withActor, type ActorRef, type Phrase } from './actorPhrases.js';
import { tokenRange, type View } from './view.js';

/**
 * Collectives: "both countries", "the two nations" name a pair of countries mentioned before, so one event
 * about them becomes one event per country.
 */

const isCountryRef = (r: ActorRef) => r.type === 'COUNTRY' && r.kind !== 'demonym';

/** How many sentences back "both countries" may reach for the pair it names. */
const COLLECTIVE_REACH = 3;

/** The countries named before `offset`, latest first, skipping the collective's own sentence (its subject, say). */
function lastCountries(view: View, entities: ReadonlyMap<string, Entity>, offset: number, sentence: number, count: number): ActorRef[] {
  const found: ActorRef[] = [];
  const seen = new Set<string>();
  const mentions = view.doc.mentions;
  for (let k = mentions.length - 1; k >= 0 && found.length < count; k--) {
    const m = mentions[k]!;
    if (m.start >= offset) continue;
    const ref = refOfMention(m, entities);
    const country = ref.country ?? ref.actor?.slice(0, 3) ?? null;
    if (!isCountryRef(ref) || !country || seen.has(country)) continue;
    const t = tokenRange(view, m.start, m.end).start;
    if (t < view.tokens.length && view.sentence[t] === sentence) continue;
    seen.add(country);
    found.push(withActor(ref, country));
  }
  return found.reverse();
}

/** Countries a compound names, one ref per country ("Tehran and Moscow" → IRN, RUS). */
function compoundCountries(p: Phrase): ActorRef[] {
  const out: ActorRef[] = [];
  const seen = new Set<string>();
  for (const r of p.members) {
    const country = r.country ?? r.actor?.slice(0, 3);
    if (!isCountryRef(r) || !country || seen.has(country)) continue;
    seen.add(country);
    out.push(withActor(r, country));
  }
  return out;
}

export interface Spot {
  start: number;
  end: number;
}

/** "both countries", "the two nations": token ranges of collectives that refer back to a pair of countries. */
export function collectiveSpots(view: View): Spot[] {
  const out: Spot[] = [];
  for (let i = 0; i + 1 < view.tokens.length; i++) {
    const p = view.pos[i];
    if (p !== 'DET' && p !== 'NUM') continue;
    const spot = collectiveSpotAt(view, i);
    if (spot) out.push(spot);
  }
  return out;
}

/** The collective opened by the DET or NUM token at i (i + 1 < token count), if any. */
export function collectiveSpotAt(view: View, i: number): Spot | null {
  const w = view.lower[i]!;
  if (!COLLECTIVE_DETERMINERS.has(w) || !COLLECTIVE_COUNTRY_NOUNS.has(view.lower[i + 1]!)) return null;
  // "two countries" without "the"/"both" is a count, not a reference back.
  if (w === 'two' && view.lower[i - 1] !== 'the') return null;
  return { start: w === 'two' ? i - 1 : i, end: i + 2 };
}

/** The pair a collective names: the nearest coordinated countries before it, else the last two countries named. */
export function resolveCollective(view: View, entities: ReadonlyMap<string, Entity>, spot: Spot, phrases: Phrase[]): Phrase | null {
  const sentence = view.sentence[spot.start]!;
  let members: ActorRef[] = [];
  for (let k = phrases.length - 1; k >= 0 && !members.length; k--) {
    const p = phrases[k]!;
    if (p.end > spot.start) continue;
    if (sentence - view.sentence[p.start]! > COLLECTIVE_REACH) break;
    if (p.kind === 'compound') {
      const countries = compoundCountries(p);
      if (countries.length >= 2) members = countries;
    }
  }
  if (!members.length) members = lastCountries(view, entities, view.starts[spot.start]!, sentence, 2);
  if (members.length < 2) return null;
  // The evidence for each member is the collective itself: the words that name them here.
  const start = view.starts[spot.start]!;
  const end = view.ends[spot.end - 1]!;
  const text = view.doc.text.slice(start, end);
  return {
    id: -1,
    start: spot.start,
    end: spot.end,
    members: members.map((m) => ({ ...withActor(m, m.actor), start, end, text, kind: 'collective' as const })),
    kind: 'collective',
    possessive: isPossessiveAt(view, spot.end),
    speakerPronoun: false,
  };
}

