import type { Doc, Place } from '../../../doc/schema.js';
import type { Kb } from '../../../kb/kb.js';
import { slug } from '../../../text/slug.js';
import { sentenceAt } from '../../../doc/doc.js';
import { primarySectors } from '../../resolve/actor-codes.js';
import type { PlaceSpan } from './spans.js';

/** A city named with no preposition must be this large for its name alone to outweigh the entity layer's type. */
const NAMED_CITY_POPULATION = 50_000;

/**
 * Entities the entity layer typed as a person, an organization or "other" although every mention of them is a
 * place the text uses as a location ("North Carolina", "El Paso", "Crete"), become locations in the place's
 * country: the recognizer guessed their type from the word alone, the gazetteer and the text around the
 * name know better. Only bare names are retyped: an entity with a role, a sector, a known actor's code, a
 * pronoun or title linked to it, or a lone given name with no preposition to place it, stays as typed.
 * The entity's mentions take the new type too, so later layers (events, quotes) read one story.
 */
export interface FoundPlace {
  span: PlaceSpan;
  place: Place;
  population: number;
}

export function retypePlaceEntities(doc: Doc, kb: Kb, found: readonly FoundPlace[]): void {
  if (!found.length) return;
  const byStart = new Map<number, FoundPlace>();
  // A region that acts ("… and Arizona made the same decision") is still a place, as "Nevada opted" is.
  for (const f of found) if ((!f.place.metonymic || f.place.feature === 'region') && f.place.country) byStart.set(f.place.start, f);
  // Where the document's place mentions end, for names listed after them; found when first asked.
  let placeEnds: Set<number> | undefined;
  for (const e of doc.entities) {
    if (e.type === 'LOCATION' && !e.country) {
      locate(doc, e, byStart);
      continue;
    }
    if (e.type !== 'PERSON' && e.type !== 'ORGANIZATION' && e.type !== 'MISC') continue;
    if (e.actor || e.roles.length || e.sectors.length || !e.mentions.length) continue;
    let country: string | null = null;
    let located = false;
    let known = false;
    let region = true;
    let ok = true;
    for (const m of e.mentions) {
      const hit = m.kind === 'name' ? byStart.get(m.start) : undefined;
      if (!hit || hit.place.end !== m.end || (country && hit.place.country !== country)) {
        ok = false;
        break;
      }
      country = hit.place.country;
      if (hit.span.spatial || hit.span.cue || listedWithPlace(doc, m.start, (placeEnds ??= placeMentionEnds(doc)))) located = true;
      const f = hit.place.feature;
      if (f !== 'region') region = false;
      if (f === 'country' || f === 'region' || f === 'landmark' || f === 'water' || hit.population >= NAMED_CITY_POPULATION) known = true;
    }
    if (!ok || !country) continue;
    // A lone given name needs a preposition ("in Denver"); a longer name that opens with one ("North Carolina",
    // "Palm Beach") is a place's.
    // Sports teams are named after their towns ("Surrey beat Kent"): the name alone is not enough, a preposition or
    // cue word must place one of the mentions.
    // A first-level region of several words ("North Carolina") is seldom a team's name and stands alone.
    if (!located && !(region && e.name.includes(' '))) continue;
    if (!known && !e.name.includes(' ') && kb.givenNames.has(e.name)) continue;
    e.type = 'LOCATION';
    e.country = country;
    e.actor = country;
    const id = slug(e.name);
    if (id) e.actorId = `place:${id}`;
    for (const m of doc.mentions) {
      if (m.entity !== e.id) continue;
      m.type = 'LOCATION';
      m.country = country;
      // "Williamson, Wilson and Bedford": each name placed places the next.
      placeEnds?.add(m.end);
    }
  }
}

function placeMentionEnds(doc: Doc): Set<number> {
  const ends = new Set<number>();
  for (const x of doc.mentions) if (x.type === 'LOCATION' || (x.type === 'COUNTRY' && x.kind === 'name')) ends.add(x.end);
  return ends;
}

/** "Williamson, Wilson and Bedford counties": a name listed after a place is one more place. */
function listedWithPlace(doc: Doc, start: number, placeEnds: ReadonlySet<number>): boolean {
  const lead = /(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.exec(doc.text.slice(Math.max(0, start - 8), start));
  return lead !== null && placeEnds.has(start - lead[0].length);
}

/**
 * A location the entity layer found without a country ("Omsk", "La Jolla") takes the country of the places its
 * mentions resolved to, when they agree; only this layer knows the world's towns.
 */
function locate(doc: Doc, e: Doc['entities'][number], byStart: ReadonlyMap<number, FoundPlace>): void {
  let country: string | null = null;
  for (const m of e.mentions) {
    const hit = byStart.get(m.start);
    if (!hit || hit.place.end !== m.end) continue;
    if (country && hit.place.country !== country) return;
    country = hit.place.country;
  }
  if (!country) return;
  e.country = country;
  e.actor ??= country;
  for (const m of doc.mentions) if (m.entity === e.id) m.country ??= country;
}

/** Sectors of a state's own institutions: a speaker of the house or a police force belongs to some country. */
const STATE_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'COP', 'SPY', 'OPP', 'PTY']);

/**
 * People and organizations of a state's institutions that the text never ties to a country ("Senate Minority
 * Leader Chuck Schumer", "the police") belong to the country the article is about, when it is about one only
 * and no sentence they appear in names another country ("police in Nairobi" stays for the events layer to
 * place): that is how a reader, and the human coders of event data, read them. A single sentence has no focus
 * to speak of, and an article about several countries leaves them uncoded rather than guess.
 */
export function codeByFocus(doc: Doc, focusCountries: readonly string[], places: readonly Place[]): void {
  if (focusCountries.length !== 1 || doc.sentences.length < 3) return;
  const country = focusCountries[0]!;
  let foreign: Set<number> | null = null;
  for (const e of doc.entities) {
    if ((e.type !== 'PERSON' && e.type !== 'ORGANIZATION') || e.country) continue;
    const sectors = primarySectors(e.sectors);
    // The main sector decides: a senator who was once a professor is still the state's.
    if (!sectors.length || !STATE_SECTORS.has(sectors[0]!)) continue;
    // A code the knowledge base gave (an organization's own) is not a country's.
    if (e.actor && e.actor !== sectors.slice(0, 2).join('')) continue;
    foreign ??= sentencesNaming(doc, places, country);
    if (e.mentions.some((m) => foreign!.has(sentenceAt(doc, m.start)))) continue;
    e.country = country;
    e.actor = country + sectors[0]!;
  }
}

/** Sentences that name a country other than `country`, as a place or through an actor. */
function sentencesNaming(doc: Doc, places: readonly Place[], country: string): Set<number> {
  const out = new Set<number>();
  for (const p of places) if (p.country && p.country !== country) out.add(sentenceAt(doc, p.start));
  for (const m of doc.mentions) if (m.country && m.country !== country) out.add(sentenceAt(doc, m.start));
  return out;
}
