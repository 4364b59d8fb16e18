import type { Doc, Entity, EntityType, Mention } from '../../doc/schema.js';
import type { Kb } from '../../kb/kb.js';
import { slug } from '../../text/slug.js';
import type { Component } from '../../pipeline/pipeline.js';
import { mentionIndexAt } from '../../doc/doc.js';
import { canonicalPersonName, clusterPersons, retypeLonePersons, retypeNameParts, takeKnown } from './persons.js';
import { linkAuthor } from './author.js';
import { linkPronouns, linkTitles } from './links.js';
import { actorCode, roleCountry } from './actor-codes.js';
import { namesNoActor } from '../entities/modifiers.js';

/** Working state of one entity while mentions are linked. */
export interface Draft {
  id: string;
  name: string;
  type: EntityType;
  country: string | null;
  sectors: Set<string>;
  roles: Set<string>;
  roleHeads: Set<string>;
  variants: Set<string>;
  code: string | null;
  mentions: Mention[];
}

/**
 * One entity per real actor: full names, surnames and spelling variants of a person; title-only
 * mentions and pronouns linked to the person they stand for; capitals, seats of government and
 * demonyms to their country; each entity coded CAMEO-style from its country and sector.
 */
export const resolve: Component = {
  name: 'resolve',
  requires: ['mentions', 'sentences'],
  produces: ['entities', 'mentions'],
  run(doc, kb) {
    const drafts: Draft[] = [];
    const byId = new Map<string, Draft>();
    const draftOf = (id: string | null) => (id === null ? undefined : byId.get(id));
    const ids = new Set<string>();
    const newDraft = (name: string, type: EntityType): Draft => {
      const d: Draft = { id: uniqueId(name, ids), name: name, type, country: null, sectors: new Set(), roles: new Set(), roleHeads: new Set(), variants: new Set(), code: null, mentions: [] };
      drafts.push(d);
      byId.set(d.id, d);
      return d;
    };
    const join = (d: Draft, m: Mention) => {
      d.mentions.push(m);
      m.entity = d.id;
      if (m.role) d.roles.add(m.role.text);
      if (m.roleHead) d.roleHeads.add(m.roleHead);
      for (const s of m.sectors ?? []) d.sectors.add(s);
      if (m.code && !d.code) d.code = m.code;
      if (m.country && !d.country && (m.type !== 'PERSON' || m.kind !== 'title')) d.country = m.country;
    };

    retypeNameParts(doc, kb);
    retypeLonePersons(doc, kb);
    for (const c of clusterPersons(doc, kb)) {
      const d = newDraft(canonicalPersonName(c), 'PERSON');
      if (c.known) takeKnown(d, c.known, doc.meta.date);
      for (const m of c.mentions) join(d, m);
      if (c.surnames.size > 1) for (const s of c.surnames.keys()) d.variants.add(s);
    }

    const byKey = new Map<string, Draft>();
    for (const m of doc.mentions) {
      if (m.entity || m.type === 'PERSON') continue;
      // "a SARS-like illness", "the Berlin-based group", "at 7:49 a.m. UTC": a name that only qualifies is no actor.
      if (namesNoActor(m)) continue;
      const key = groupKey(m);
      let d = byKey.get(key);
      if (!d) {
        d = newDraft(entityName(m, kb), m.type);
        byKey.set(key, d);
      }
      join(d, m);
    }
    // An institution named by its sector word alone ("Congress", "the Senate", "Parliament") is that sector.
    for (const d of drafts) {
      if (d.type !== 'ORGANIZATION' || d.sectors.size || d.code) continue;
      for (const x of kb.sectorWords.get(d.name.toLowerCase().replace(/^the /, '')) ?? []) d.sectors.add(x);
    }

    linkTitles(doc, kb, drafts, draftOf, newDraft, join);
    linkPronouns(doc, kb, draftOf);
    linkAuthor(doc, kb, drafts, newDraft, join);

    // Countries of roles depend on other entities' countries (Putin’s envoy is Russian), so settle them in two rounds.
    for (let round = 0; round < 2; round++) {
      for (const d of drafts) {
        if (d.country || d.type === 'COUNTRY') continue;
        for (const m of d.mentions) {
          const c = m.role ? roleCountry(doc, m, draftOf, kb) : orgCountry(doc, m, draftOf);
          if (c) {
            d.country = c;
            break;
          }
        }
      }
    }

    doc.entities = drafts.map((d): Entity => ({
      id: d.id,
      name: d.name,
      type: d.type,
      actor: actorCode(d),
      actorId: actorIdOf(d),
      country: d.country,
      sectors: [...d.sectors],
      roles: [...d.roles],
      variants: [...d.variants],
      mentions: d.mentions.sort((a, b) => a.start - b.start).map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind })),
    }));
  },
};

/** Types the entity layer and the recognizer disagree on for one name ("Fath Airport" a place in one sentence, an organization in the next). */
const PLACE_OR_BODY = new Set(['ORGANIZATION', 'LOCATION', 'MISC']);

function groupKey(m: Mention): string {
  if (m.type === 'COUNTRY' && m.country && m.kind !== 'title') return `country:${m.country}`;
  const name = m.canonical ? m.canonical.toLowerCase() : m.text.toLowerCase().replace(/^(the|a|an|several|some|many|both)\s+/, '');
  // A name of several words written twice in one article is one thing, whatever type each mention was given.
  if (PLACE_OR_BODY.has(m.type) && /\s/.test(name)) return `name:${name}`;
  return `${m.type}:${name}`;
}

function entityName(m: Mention, kb: Kb): string {
  if (m.type === 'COUNTRY' && m.country && m.kind !== 'title') return kb.countries.get(m.country)?.name ?? m.country;
  return m.canonical ?? m.text.replace(/^(the|a|an|several|some|many|both)\s+/i, '');
}

/** "the Supreme National Security Council of the Islamic Republic": an organization of that country. */
function orgCountry(doc: Doc, m: Mention, draftOf: (id: string | null) => Draft | undefined): string | null {
  if (m.type !== 'ORGANIZATION' && m.type !== 'MEDIA') return null;
  const after = doc.text.slice(m.end, m.end + 60);
  const of = /^\s+of\s+(the\s+)?/.exec(after);
  if (!of) return null;
  const at = m.end + of[0].length;
  const next = doc.mentions[mentionIndexAt(doc, at)];
  if (!next || next.start !== at || !next.entity) return null;
  return draftOf(next.entity)?.country ?? null;
}

/**
 * The actor's identity across articles: the same for Putin in every article that names him, so
 * the store can count and follow him. A title alone ("the envoy") names no one in particular.
 */
function actorIdOf(d: Draft): string | null {
  if (d.type === 'COUNTRY' && d.country) return `country:${d.country}`;
  if (d.mentions.every((m) => m.kind === 'title' || m.kind === 'pronoun')) return null;
  const s = slug(d.name);
  if (!s) return null;
  const kind = d.type === 'PERSON' ? 'person' : d.type === 'ORGANIZATION' ? 'org' : d.type === 'MEDIA' ? 'media' : d.type === 'LOCATION' ? 'place' : 'misc';
  return `${kind}:${s}`;
}

function uniqueId(name: string, ids: Set<string>): string {
  const base = slug(name) || 'entity';
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}
