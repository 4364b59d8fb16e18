import type { EntityType, MentionKind } from '../../doc/schema.js';
import type { Kb, KnownActor, Organization } from '../../kb/kb.js';
import { startsUpper } from '../../text/case.js';

/** What a known phrase of the knowledge base stands for. */
export interface GazetteerHit {
  type: EntityType;
  kind: MentionKind;
  country?: string;
  sectors?: string[];
  /** Canonical name of the thing (country name, organization name, place name). */
  name: string;
  organization?: Organization;
  actor?: KnownActor;
  /** A capital or city: the country's metonym when it acts, a place when something happens there. */
  isPlace?: boolean;
  rule: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  hit?: GazetteerHit;
  /** All-caps phrases (UN, US) must match case exactly, or "us" would be the United States. */
  exactCase?: string;
}

export interface Gazetteer {
  /** Longest known phrase starting at token i (keys are the tokens' wordKey); returns its length in tokens. */
  match(tokens: readonly string[], keys: readonly string[], i: number): { length: number; hit: GazetteerHit } | null;
}

const cache = new WeakMap<Kb, Gazetteer>();

export function gazetteerFor(kb: Kb): Gazetteer {
  let g = cache.get(kb);
  if (!g) {
    g = buildGazetteer(kb);
    cache.set(kb, g);
  }
  return g;
}

/** Splits a phrase the way the tokenizer splits text (words, possessive 's, punctuation apart). */
export function phraseTokens(phrase: string): string[] {
  return phrase.match(/[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*\.?|['’]s\b|[^\s\p{L}\p{N}]/gu) ?? [];
}

/** Trie key of a word: case and a trailing abbreviation dot do not matter. */
export function wordKey(w: string): string {
  if (!w.endsWith('.')) return w.toLowerCase();
  return w.toLowerCase().replace(/(?<=\p{L}{2})\.$/u, '');
}

function buildGazetteer(kb: Kb): Gazetteer {
  const root: TrieNode = { next: new Map() };
  const add = (phrase: string, hit: GazetteerHit, override = false, written = phrase) => {
    const words = phraseTokens(phrase);
    if (!words.length) return;
    let node = root;
    for (const w of words) {
      const key = wordKey(w);
      let n = node.next.get(key);
      if (!n) node.next.set(key, (n = { next: new Map() }));
      node = n;
    }
    if (node.hit && !override) return;
    node.hit = hit;
    if (/^[A-Z.]{2,}$/.test(written.replace(/\s/g, ''))) node.exactCase = written;
  };

  for (const c of kb.countries.values()) {
    const hit: GazetteerHit = { type: 'COUNTRY', kind: 'name', country: c.iso3, name: c.name, rule: 'gazetteer:country' };
    for (const n of [c.name, c.official, ...c.aliases]) add(n, hit);
  }
  for (const [dem, iso3] of kb.demonyms) {
    add(dem, { type: 'COUNTRY', kind: 'demonym', country: iso3, name: kb.countries.get(iso3)?.name ?? iso3, rule: 'gazetteer:demonym' });
  }
  for (const [phrase, m] of kb.metonyms) {
    add(phrase, { type: 'COUNTRY', kind: 'metonym', country: m.country, sectors: m.sectors, name: kb.countries.get(m.country)?.name ?? m.country, rule: 'gazetteer:metonym' }, true);
  }
  for (const [key, p] of kb.places) {
    if (p.feature === 'country') continue;
    const isCapital = p.country !== null && kb.countries.get(p.country)?.capital?.toLowerCase() === key;
    const hit: GazetteerHit = isCapital
      ? { type: 'COUNTRY', kind: 'metonym', country: p.country!, name: kb.countries.get(p.country!)!.name, isPlace: true, rule: 'gazetteer:capital' }
      : { type: 'LOCATION', kind: 'name', country: p.country ?? undefined, name: p.name, isPlace: true, rule: 'gazetteer:place' };
    add(key, hit);
  }
  for (const w of kb.miscWords) add(w, { type: 'MISC', kind: 'name', name: w, rule: 'gazetteer:misc' });
  const seenOrgs = new Set<Organization>();
  for (const [key, o] of kb.organizations) {
    seenOrgs.add(o);
    const alias = o.aliases.find((a) => a.toLowerCase() === key) ?? '';
    const acronym = /^[A-Z.]{2,}$/.test(alias);
    // "Who's so stupid", "Is Rock Hudson gay?": an acronym of three letters or fewer is written in capitals even where
    // longer ones are written as words ("Nato", "Unesco"), and in any other case it is the English word it spells.
    const written = acronym && alias.replace(/\./g, '').length <= 3 ? alias : key;
    add(key, { type: o.type, kind: acronym ? 'acronym' : 'name', country: o.country ?? undefined, sectors: o.sectors, name: o.name, organization: o, rule: o.type === 'MEDIA' ? 'gazetteer:media' : 'gazetteer:organization' }, true, written);
  }
  for (const [key, actors] of kb.actors) {
    // Surnames alone are ambiguous; only full names and aliases go in the gazetteer.
    if (!key.includes(' ') || actors.length !== 1) continue;
    const a = actors[0]!;
    add(key, { type: 'PERSON', kind: 'name', country: a.country ?? undefined, name: a.name, actor: a, rule: 'gazetteer:actor' });
  }

  return {
    match(tokens, keys, i) {
      // A phrase must begin with a capital in running text ("turkey" the bird is no country).
      if (!startsUpper(tokens[i]!)) return null;
      let node = root;
      let best: { length: number; hit: GazetteerHit } | null = null;
      for (let j = i; j < tokens.length; j++) {
        const n = node.next.get(keys[j]!);
        if (!n) break;
        node = n;
        if (node.hit) {
          if (node.exactCase && tokens.slice(i, j + 1).join('').replace(/\s/g, '') !== node.exactCase.replace(/\s/g, '')) continue;
          best = { length: j - i + 1, hit: node.hit };
        }
      }
      return best;
    },
  };
}
