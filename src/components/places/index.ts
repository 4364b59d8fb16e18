import type { Place } from '../../doc/schema.js';
import type { Component } from '../../pipeline/pipeline.js';

/**
 * Place mentions resolved to the knowledge base: countries, capitals and cities with their
 * country and coordinates. Demonyms and seats of government ("the Kremlin") are actors, not places.
 * Issue #9 replaces this with a full gazetteer and disambiguation.
 */
export const places: Component = {
  name: 'places',
  requires: ['mentions', 'entities'],
  produces: ['places'],
  run(doc, kb) {
    const out: Place[] = [];
    for (const m of doc.mentions) {
      if (m.kind === 'demonym' || m.kind === 'title' || m.kind === 'pronoun') continue;
      if (m.type !== 'COUNTRY' && m.type !== 'LOCATION') continue;
      const entry = kb.places.get(m.text.toLowerCase().replace(/^the\s+/, ''));
      if (entry) {
        out.push({ start: m.start, end: m.end, text: m.text, name: entry.name, country: entry.country, lat: entry.lat, lon: entry.lon, feature: entry.feature, rule: `gazetteer:${entry.feature}` });
      } else if (m.type === 'COUNTRY' && m.kind === 'name' && m.country) {
        const c = kb.countries.get(m.country);
        out.push({ start: m.start, end: m.end, text: m.text, name: c?.name ?? m.text, country: m.country, lat: c?.lat ?? null, lon: c?.lon ?? null, feature: 'country', rule: 'gazetteer:country-alias' });
      } else if (m.type === 'LOCATION') {
        out.push({ start: m.start, end: m.end, text: m.text, name: m.text, country: m.country ?? null, lat: null, lon: null, feature: 'city', rule: 'unresolved-location' });
      }
    }
    doc.places = out;
  },
};
