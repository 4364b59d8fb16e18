import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { iso31662 } from 'iso-3166';
import type { CityTable } from './cities.js';
import { foldName } from './fold.js';

/**
 * First-level regions (states, provinces, governorates). GeoNames tags each city with a first-level code but
 * ships no names for those codes, and ISO 3166-2 (the `iso-3166` package) has names and codes but no link to
 * GeoNames. The link comes from Natural Earth's populated places (the `city-timezones` package), which give
 * each large city its province: a city found in both votes for "this GeoNames code is that province", and the
 * province's name finds its ISO 3166-2 code.
 */
export interface Region {
  /** "US.TX": country (ISO alpha-2) and GeoNames first-level code. */
  key: string;
  country2: string;
  name: string;
  /** ISO 3166-2 code ("US-TX"), when the link is certain. */
  code: string | null;
  /** Population-weighted centre of its cities (approximate). */
  lat: number | null;
  lon: number | null;
  /** Sum of its cities' populations: the prior of the region itself. */
  population: number;
  /** Other names it goes by (the ISO name when the display name is Natural Earth's). */
  names: string[];
}

export interface NaturalEarthCity {
  city: string;
  city_ascii: string;
  lat: number;
  lng: number;
  iso2: string;
  province: string;
}

interface IsoSubdivision {
  code: string;
  name: string;
  parent: string;
}

/** How far (degrees) a Natural Earth city may lie from the GeoNames city of the same name to be the same place. */
const SAME_PLACE = 0.3;
/** Share of votes a province must have to name a GeoNames code. */
const MAJORITY = 0.6;

/** Natural Earth's populated places, as the `city-timezones` package ships them. */
export function readNaturalEarthCities(): NaturalEarthCity[] {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('city-timezones/data/cityMap.json'), 'utf8')) as NaturalEarthCity[];
}

export function buildRegions(cities: CityTable, cityIds: (key: string) => number[], ne: readonly NaturalEarthCity[]): Map<string, Region> {
  const regions = new Map<string, Region>();
  // Population and weighted centre of every first-level code.
  const sums = new Map<string, { pop: number; lat: number; lon: number; n: number }>();
  for (let i = 0; i < cities.size; i++) {
    const key = cities.countries[i] + '.' + cities.admins[i];
    const w = cities.population[i]! + 1;
    let s = sums.get(key);
    if (!s) sums.set(key, (s = { pop: 0, lat: 0, lon: 0, n: 0 }));
    s.pop += cities.population[i]!;
    s.lat += cities.lat[i]! * w;
    s.lon += cities.lon[i]! * w;
    s.n += w;
  }

  const votes = new Map<string, Map<string, number>>();
  for (const c of ne) {
    if (!c.province) continue;
    for (const i of cityIds(foldName(c.city_ascii || c.city))) {
      if (cities.countries[i] !== c.iso2) continue;
      if (Math.abs(cities.lat[i]! - c.lat) > SAME_PLACE || Math.abs(cities.lon[i]! - c.lng) > SAME_PLACE) continue;
      const key = c.iso2 + '.' + cities.admins[i];
      let v = votes.get(key);
      if (!v) votes.set(key, (v = new Map()));
      v.set(c.province, (v.get(c.province) ?? 0) + 1);
    }
  }

  const firstLevel = new Map<string, IsoSubdivision[]>();
  const isoByCode = new Map<string, IsoSubdivision>();
  for (const s of iso31662 as IsoSubdivision[]) {
    if (s.parent.length !== 2) continue;
    isoByCode.set(s.code, s);
    const list = firstLevel.get(s.parent);
    if (list) list.push(s);
    else firstLevel.set(s.parent, [s]);
  }
  const isoByName = (country2: string, name: string): IsoSubdivision | undefined => {
    const want = foldName(name);
    return firstLevel.get(country2)?.find((s) => {
      const have = foldName(s.name);
      return have === want || have.startsWith(want + ',') || have.startsWith(want + ' [');
    });
  };

  const linked = new Set<string>();
  for (const [key, s] of sums) {
    const [country2, admin] = key.split('.') as [string, string];
    let name: string | null = null;
    const v = votes.get(key);
    if (v) {
      let total = 0;
      let best = '';
      let bestVotes = 0;
      for (const [p, n] of v) {
        total += n;
        if (n > bestVotes) [best, bestVotes] = [p, n];
      }
      if (bestVotes / total >= MAJORITY) name = best;
    }
    // Where GeoNames uses the ISO code itself (US states, UK nations, Swiss cantons), the code names the
    // region; a numeric code is only trusted when the names agree, since numbering schemes differ.
    const direct = /^[A-Z]{1,3}$/.test(admin) ? isoByCode.get(`${country2}-${admin}`) : undefined;
    let iso: IsoSubdivision | undefined;
    if (direct && (!name || foldName(direct.name).startsWith(foldName(name)) || foldName(name).startsWith(foldName(direct.name)))) iso = direct;
    else if (name) iso = isoByName(country2, name);
    if (!name && !iso) continue;
    if (iso) linked.add(iso.code);
    const display = name ?? iso!.name.replace(/ \[.*\]$/, '');
    const names = [display];
    if (iso && foldName(iso.name) !== foldName(display)) names.push(iso.name.replace(/ \[.*\]$/, ''));
    regions.set(key, {
      key,
      country2,
      name: display,
      code: iso?.code ?? null,
      lat: s.n ? round(s.lat / s.n) : null,
      lon: s.n ? round(s.lon / s.n) : null,
      population: s.pop,
      names,
    });
  }
  // ISO regions no GeoNames code could be linked to still exist as names, without a centre.
  for (const s of isoByCode.values()) {
    if (linked.has(s.code)) continue;
    const name = s.name.replace(/ \[.*\]$/, '');
    regions.set('iso:' + s.code, { key: 'iso:' + s.code, country2: s.parent, name, code: s.code, lat: null, lon: null, population: 0, names: [name] });
  }
  return regions;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
