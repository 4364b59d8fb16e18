import type { CityTable } from './cities.js';
import { foldName } from './fold.js';
import type { NaturalEarthCity } from './regions.js';

/** GeoNames cities smaller than this are never given a Natural Earth name. */
const MIN_POPULATION = 5_000;

/** How far (degrees) a Natural Earth city may lie from the GeoNames city it names. */
const SAME_PLACE = 0.15;

/**
 * English names of GeoNames cities. The package carries one name per city, sometimes the local one
 * ("Luimneach", "Gaillimh", "Darnah"); Natural Earth names the same large cities as English news does
 * ("Limerick", "Galway", "Derna"). A Natural Earth city whose name GeoNames lacks names the largest GeoNames
 * city of its country within a few kilometres.
 */
export function englishNames(cities: CityTable, cityIds: (key: string) => number[], ne: readonly NaturalEarthCity[]): Map<string, Array<{ city: number; name: string }>> {
  // A grid of 0.5° cells over the GeoNames cities, to find those near a point.
  const cell = (lat: number, lon: number) => Math.floor(lat * 2) * 1000 + Math.floor(lon * 2);
  const grid = new Map<number, number[]>();
  for (let i = 0; i < cities.size; i++) {
    // Natural Earth lists towns of note: the small villages around them need not be looked at.
    if (cities.population[i]! < MIN_POPULATION) continue;
    const k = cell(cities.lat[i]!, cities.lon[i]!);
    const list = grid.get(k);
    if (list) list.push(i);
    else grid.set(k, [i]);
  }
  const out = new Map<string, Array<{ city: number; name: string }>>();
  for (const c of ne) {
    const key = foldName(c.city_ascii || c.city);
    if (!key || cityIds(key).some((i) => cities.countries[i] === c.iso2)) continue;
    let best = -1;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        for (const i of grid.get(cell(c.lat + dy * 0.5, c.lng + dx * 0.5)) ?? []) {
          if (cities.countries[i] !== c.iso2) continue;
          if (Math.abs(cities.lat[i]! - c.lat) > SAME_PLACE || Math.abs(cities.lon[i]! - c.lng) > SAME_PLACE) continue;
          if (best < 0 || cities.population[i]! > cities.population[best]!) best = i;
        }
      }
    }
    if (best < 0) continue;
    const list = out.get(key);
    if (!list) out.set(key, [{ city: best, name: c.city }]);
    else if (!list.some((x) => x.city === best)) list.push({ city: best, name: c.city });
  }
  return out;
}
