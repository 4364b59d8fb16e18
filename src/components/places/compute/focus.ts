import type { Doc } from '../../../doc/schema.js';
import type { Candidate } from '../model/gazetteer.js';
import type { PlaceSpan } from './spans.js';

/** How much each kind of evidence says "this article is about country X". */
const WEIGHT = { dateline: 3, country: 1, place: 0.6, demonym: 0.5, actor: 0.5 } as const;

/** A dateline is a place name at the very start of the text ("TRIPOLI, Lebanon (Reuters) —", "BEIRUT —"). */
const DATELINE_CHARS = 40;

export interface Focus {
  /** Weight of each country, divided by the largest: 1 for the main country, less for the others. */
  share: ReadonlyMap<string, number>;
  /** Raw weights, and what each place name contributed, so a name is not its own evidence. */
  weight: ReadonlyMap<string, number>;
  byName: ReadonlyMap<string, Map<string, number>>;
  /** Shares without a given name's contribution, computed once per name. */
  without: Map<string, Map<string, number>>;
  /** ISO-3 codes, strongest first: those with at least a third of the main country's weight, at most five. */
  countries: string[];
}

/**
 * The countries a document is about, from its places (as first resolved, each weighed by how sure that was),
 * its dateline, its demonyms ("Lebanese army") and the countries of its actors.
 */
export function documentFocus(doc: Doc, spans: readonly PlaceSpan[], first: ReadonlyArray<{ best: Candidate; sure: number } | null>): Focus {
  const weight = new Map<string, number>();
  const byName = new Map<string, Map<string, number>>();
  const add = (c: string | null | undefined, w: number, key?: string) => {
    if (!c) return;
    weight.set(c, (weight.get(c) ?? 0) + w);
    if (key === undefined) return;
    let m = byName.get(key);
    if (!m) byName.set(key, (m = new Map()));
    m.set(c, (m.get(c) ?? 0) + w);
  };
  spans.forEach((s, k) => {
    const r = first[k];
    if (!r) return;
    const w = s.start < DATELINE_CHARS && /^\s*[,(—–-]/.test(doc.text.slice(s.end, s.end + 3)) && s.start === firstLetter(doc.text) ? WEIGHT.dateline : r.best.feature === 'country' ? WEIGHT.country : WEIGHT.place * r.sure;
    add(r.best.country, w, s.key);
  });
  for (const m of doc.mentions) if (m.kind === 'demonym') add(m.country, WEIGHT.demonym);
  // Actors' countries, but not those an actor takes from a place name in its own name ("Georgia state
  // police"): that name is already counted as a place.
  for (const e of doc.entities) {
    if (e.type === 'COUNTRY' || e.type === 'LOCATION') continue;
    if (e.mentions.some((m) => spans.some((s) => s.start >= m.start && s.end <= m.end))) continue;
    add(e.country, WEIGHT.actor);
  }
  let max = 0;
  for (const w of weight.values()) max = Math.max(max, w);
  const share = new Map<string, number>();
  for (const [c, w] of weight) share.set(c, w / max);
  const countries = [...share].filter(([, s]) => s >= 1 / 3).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5).map(([c]) => c);
  return { share, countries, weight, byName, without: new Map() };
}

/**
 * The focus share of a country for one name, leaving out what that name itself contributed: in "Georgia's
 * governor … Atlanta", Georgia's first reading must not vote for itself.
 */
export function focusShare(focus: Focus, key: string, country: string): number {
  const own = focus.byName.get(key);
  if (!own) return focus.share.get(country) ?? 0;
  let shares = focus.without.get(key);
  if (!shares) {
    shares = new Map();
    let max = 0;
    for (const [c, w] of focus.weight) {
      const left = w - (own.get(c) ?? 0);
      if (left > 1e-9) {
        shares.set(c, left);
        max = Math.max(max, left);
      }
    }
    for (const [c, w] of shares) shares.set(c, w / max);
    focus.without.set(key, shares);
  }
  return shares.get(country) ?? 0;
}

function firstLetter(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : 0;
}
