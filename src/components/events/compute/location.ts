import type { Location, Place } from '../../../doc/schema.js';

/** Where an event happened, from the place the text gives for it: name, country, region and coordinates. */
export function locationOf(p: Place | null): Location | null {
  if (!p) return null;
  return { name: p.name, country: p.country, region: p.region ?? null, lat: p.lat, lon: p.lon, feature: p.feature };
}
