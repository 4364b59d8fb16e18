import worldCountries from 'world-countries';
import { readKbData, type Kb, type PlaceEntry } from '../../../kb/kb.js';
import { readCityTable, type CityTable } from './cities.js';
import { foldName } from './fold.js';
import { englishNames } from './aliases.js';
import { buildRegions, readNaturalEarthCities, type Region } from './regions.js';
import { RecentCache } from '../../../text/recent-cache.js';

export type Feature = PlaceEntry['feature'];

/** One thing a name can refer to. */
export interface Candidate {
  /** Stable within a process: `country:GEO`, `region:US.GA`, `city:4567`, `place:Persian Gulf`. */
  id: string;
  name: string;
  /** ISO-3, or null for what lies outside any one country (seas, straits). */
  country: string | null;
  region: string | null;
  /** ISO 3166-2 code of the region, when known. */
  regionCode: string | null;
  /** GeoNames first-level key ("US.GA") of the region it is in, or is. */
  admin: string | null;
  lat: number | null;
  lon: number | null;
  feature: Feature;
  population: number;
  /** Where it comes from: a country, the reviewed file, a first-level region, a GeoNames city. */
  source: 'country' | 'reviewed' | 'region' | 'city';
  /** A national capital (PPLC) or the seat of a first-level region (PPLA). */
  rank: 'capital' | 'seat' | 'other';
}

export interface GazetteerStats {
  loadMs: number;
  cities: number;
  regions: number;
  names: number;
}

export interface Gazetteer {
  /** Everything a folded name can refer to (see foldName), or an empty list. */
  lookup(key: string): readonly Candidate[];
  /** Whether some name of several words begins with this folded word: only then are longer runs looked up. */
  startsLongName(word: string): boolean;
  /** A first-level region by its GeoNames key ("US.GA"). */
  region(admin: string): Region | undefined;
  stats: GazetteerStats;
}

interface PlacesFile {
  places: Array<PlaceEntry & { aliases?: string[] }>;
}

const cache = new WeakMap<object, Gazetteer>();

/**
 * The gazetteer, built on first use and kept as long as the knowledge base's countries: it reads nothing
 * else of the kb, so a kb extended with actors (`extendKb`, as ingest does between batches when it learns
 * roles) shares it instead of loading the world's cities again.
 */
export function gazetteerFor(kb: Kb): Gazetteer {
  let g = cache.get(kb.countries);
  if (!g) cache.set(kb.countries, (g = buildGazetteer(kb)));
  return g;
}

const NONE: readonly Candidate[] = Object.freeze([]);

/** First words of names of several words ("new" of "New York City", "gulf" of "Gulf of Aden"). */
function noteFirstWord(into: Set<string>, key: string): void {
  const space = key.indexOf(' ');
  const comma = key.indexOf(',');
  const cut = space < 0 ? comma : comma < 0 ? space : Math.min(space, comma);
  if (cut > 0) into.add(key.slice(0, cut));
}

/** 32-bit FNV-1a hash of a string's UTF-16 code units. */
function hashKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Cities this large are also found by the first words of a "X de Y" name. */
const SHORT_NAME_POPULATION = 100_000;

function buildGazetteer(kb: Kb): Gazetteer {
  const started = performance.now();
  const iso3 = new Map<string, string>();
  for (const c of worldCountries as unknown as Array<{ cca2: string; cca3: string }>) iso3.set(c.cca2, c.cca3);

  const cities = readCityTable();
  // Cities by a 32-bit hash of their folded name: numbers, not 120,000 key strings, so the index costs the
  // garbage collector nothing to scan; a lookup checks the names of what it finds.
  const cityIndex = new Map<number, number | number[]>();
  const firstWords = new Set<string>();
  for (let i = 0; i < cities.size; i++) {
    const key = foldName(cities.names[i]!);
    noteFirstWord(firstWords, key);
    const h = hashKey(key);
    const l = cityIndex.get(h);
    if (l === undefined) cityIndex.set(h, i);
    else if (typeof l === 'number') cityIndex.set(h, [l, i]);
    else l.push(i);
  }
  const cityIds = (key: string): number[] => {
    const hit = cityIndex.get(hashKey(key));
    if (hit === undefined) return [];
    if (typeof hit === 'number') return foldName(cities.names[hit]!) === key ? [hit] : [];
    return hit.filter((i) => foldName(cities.names[i]!) === key);
  };
  const ne = readNaturalEarthCities();
  const regions = buildRegions(cities, cityIds, ne);
  // Long forms go by their first words ("León de los Aldama" is León, "Santiago de los Caballeros" Santiago,
  // "Frankfurt am Main" Frankfurt, "Newcastle upon Tyne" Newcastle): large cities are found by that short name too.
  const shortIndex = new Map<string, number[]>();
  for (let i = 0; i < cities.size; i++) {
    if (cities.population[i]! < SHORT_NAME_POPULATION) continue;
    const m = /^(.+?)(?: (?:de|do|da|dos|das|am|an der|upon|on|sur)(?: los| las| la| l')? \S| \()/.exec(cities.names[i]!);
    if (!m) continue;
    const key = foldName(m[1]!);
    const list = shortIndex.get(key);
    if (list) list.push(i);
    else shortIndex.set(key, [i]);
  }
  // English names Natural Earth gives where GeoNames has a local one ("Galway" for Gaillimh).
  const english = englishNames(cities, cityIds, ne);

  /** Names that are not GeoNames cities: countries, regions, the reviewed file. */
  const named = new Map<string, Candidate[]>();
  const addName = (name: string, c: Candidate) => {
    const key = foldName(name);
    const list = named.get(key);
    if (!list) named.set(key, [c]);
    else if (!list.some((x) => x.id === c.id)) list.push(c);
  };

  for (const c of kb.countries.values()) {
    const cand: Candidate = {
      id: 'country:' + c.iso3, name: c.name, country: c.iso3, region: null, regionCode: null, admin: null,
      lat: c.lat, lon: c.lon, feature: 'country', population: 0, source: 'country', rank: 'other',
    };
    for (const n of [c.name, c.official, ...c.aliases]) addName(n, cand);
  }
  for (const [name, code] of kb.countryByName) {
    const c = kb.countries.get(code);
    const list = c && named.get(foldName(c.name));
    const cand = list?.find((x) => x.id === 'country:' + code);
    if (cand) addName(name, cand);
  }

  // A name two countries share once their qualifier is dropped ("Congo" for the Republic of the Congo and
  // DR Congo, "Sudan" for Sudan and South Sudan) may mean either: the other country becomes a candidate too,
  // and the text decides (the knowledge base's own reading of the name is preferred when it does not).
  for (const c of kb.countries.values()) {
    const m = /^(?:DR|Democratic Republic of the|Republic of the|North|South)\s+(.+)$/.exec(c.name);
    const shared = m && named.get(foldName(m[1]!));
    if (!shared || shared.some((x) => x.id === 'country:' + c.iso3) || !shared.some((x) => x.source === 'country')) continue;
    shared.push(named.get(foldName(c.name))!.find((x) => x.id === 'country:' + c.iso3)!);
  }

  for (const r of regions.values()) {
    const cand: Candidate = {
      id: 'region:' + r.key, name: r.name, country: iso3.get(r.country2) ?? null, region: r.name, regionCode: r.code,
      admin: r.key.startsWith('iso:') ? null : r.key, lat: r.lat, lon: r.lon, feature: 'region', population: r.population,
      source: 'region', rank: 'other',
    };
    for (const n of r.names) addName(n, cand);
  }

  // The reviewed file: what the packages lack or name differently. A reviewed city takes the region and
  // population of the GeoNames city it is, when there is one.
  const reviewedCities = new Set<number>();
  for (const p of readKbData<PlacesFile>('places.json').places) {
    let cand: Candidate = {
      id: 'place:' + p.name, name: p.name, country: p.country, region: null, regionCode: null, admin: null,
      lat: p.lat, lon: p.lon, feature: p.feature, population: 0, source: 'reviewed', rank: 'other',
    };
    if (p.feature === 'city') {
      const i = sameCity(cities, cityIds, iso3, p);
      if (i >= 0) {
        reviewedCities.add(i);
        const city = cityCandidate(cities, regions, iso3, i);
        cand = { ...city, id: 'place:' + p.name, name: p.name, lat: p.lat ?? city.lat, lon: p.lon ?? city.lon, source: 'reviewed' };
      }
    } else if (p.feature === 'region' && p.country) {
      // A reviewed region name ("Bavaria") may be the English name of a first-level region ("Bayern").
      const r = nearestRegion(regions, iso3, p);
      if (r) cand = { ...cand, admin: r.key, region: p.name, regionCode: r.code, population: r.population };
    }
    for (const n of [p.name, ...(p.aliases ?? [])]) addName(n, cand);
  }

  for (const key of named.keys()) noteFirstWord(firstWords, key);
  for (const key of shortIndex.keys()) noteFirstWord(firstWords, key);
  for (const key of english.keys()) noteFirstWord(firstWords, key);

  // Only names a text used are kept, and of a long corpus only the recent ones.
  const memo = new RecentCache<readonly Candidate[]>(20_000);
  const stats: GazetteerStats = { loadMs: 0, cities: cities.size, regions: regions.size, names: named.size + cityIndex.size };
  const gazetteer: Gazetteer = {
    lookup(key) {
      let out = memo.get(key);
      if (out) return out;
      const list: Candidate[] = [...(named.get(key) ?? [])];
      for (const i of cityIds(key)) if (!reviewedCities.has(i)) list.push(cityCandidate(cities, regions, iso3, i));
      const listed = (i: number) => reviewedCities.has(i) || list.some((c) => c.id === 'city:' + i);
      for (const { city, name } of english.get(key) ?? []) {
        if (!listed(city)) list.push({ ...cityCandidate(cities, regions, iso3, city), name });
      }
      for (const i of shortIndex.get(key) ?? []) {
        // Known by its short name, but less surely than a city of that very name: a third of its weight.
        if (!listed(i)) list.push({ ...cityCandidate(cities, regions, iso3, i), population: Math.round(cities.population[i]! / 3) });
      }
      out = list.length ? Object.freeze(list) : NONE;
      memo.set(key, out);
      return out;
    },
    startsLongName: (word) => firstWords.has(word),
    region: (admin) => regions.get(admin),
    stats,
  };
  stats.loadMs = Math.round(performance.now() - started);
  return gazetteer;
}

function cityCandidate(cities: CityTable, regions: ReadonlyMap<string, Region>, iso3: ReadonlyMap<string, string>, i: number): Candidate {
  const admin = cities.countries[i] + '.' + cities.admins[i];
  const r = regions.get(admin);
  const f = cities.features[i]!;
  return {
    id: 'city:' + i,
    name: cities.names[i]!,
    country: iso3.get(cities.countries[i]!) ?? null,
    region: r?.name ?? null,
    regionCode: r?.code ?? null,
    admin,
    lat: Math.round(cities.lat[i]! * 1e4) / 1e4,
    lon: Math.round(cities.lon[i]! * 1e4) / 1e4,
    feature: 'city',
    population: cities.population[i]!,
    source: 'city',
    rank: f === 'PPLC' ? 'capital' : f === 'PPLA' ? 'seat' : 'other',
  };
}

/** The GeoNames city a reviewed city is: same name, same country, the largest (within a degree when coordinates are given). */
function sameCity(cities: CityTable, cityIds: (key: string) => number[], iso3: ReadonlyMap<string, string>, p: PlaceEntry & { aliases?: string[] }): number {
  let best = -1;
  for (const name of [p.name, ...(p.aliases ?? [])]) {
    for (const i of cityIds(foldName(name))) {
      if (iso3.get(cities.countries[i]!) !== p.country) continue;
      if (p.lat !== null && p.lon !== null && (Math.abs(cities.lat[i]! - p.lat) > 1 || Math.abs(cities.lon[i]! - p.lon) > 1)) continue;
      if (best < 0 || cities.population[i]! > cities.population[best]!) best = i;
    }
  }
  return best;
}

/** The first-level region of the country whose centre is nearest a reviewed region's coordinates (within 3°). */
function nearestRegion(regions: ReadonlyMap<string, Region>, iso3: ReadonlyMap<string, string>, p: PlaceEntry): Region | null {
  if (p.lat === null || p.lon === null) return null;
  let best: Region | null = null;
  let bestD = 9;
  for (const r of regions.values()) {
    if (r.lat === null || r.lon === null || iso3.get(r.country2) !== p.country) continue;
    const d = (r.lat - p.lat) ** 2 + (r.lon - p.lon) ** 2;
    if (d < bestD) [best, bestD] = [r, d];
  }
  return best;
}
