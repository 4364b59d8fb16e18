import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKb } from '../../../kb/kb.js';
import { gazetteerFor } from './gazetteer.js';
import { foldName } from './fold.js';

test('names fold to one key: case, accents, apostrophes and spaces do not matter', () => {
  assert.equal(foldName('Córdoba'), 'cordoba');
  assert.equal(foldName('São  Paulo'), 'sao paulo');
  assert.equal(foldName('Xi’an'), "xi'an");
  assert.equal(foldName('Paris'), 'paris');
});

test('the gazetteer holds GeoNames cities, countries, regions and the reviewed places, with their regions', () => {
  const g = gazetteerFor(loadKb());
  assert.ok(g.stats.cities > 100_000);
  assert.ok(g.stats.regions > 3_000);
  const paris = g.lookup('paris');
  assert.ok(paris.some((c) => c.country === 'FRA' && c.feature === 'city'));
  const texas = paris.find((c) => c.country === 'USA' && c.regionCode === 'US-TX');
  assert.equal(texas?.region, 'Texas');
  assert.ok(g.lookup('georgia').some((c) => c.feature === 'country' && c.country === 'GEO'));
  assert.ok(g.lookup('georgia').some((c) => c.feature === 'region' && c.regionCode === 'US-GA'));
  assert.equal(g.lookup('persian gulf')[0]?.feature, 'water');
  assert.deepEqual(g.lookup('no such place anywhere'), []);
  // A local name in GeoNames is found by its English name (Natural Earth), a long form by its short one.
  assert.ok(g.lookup('limerick').some((c) => c.country === 'IRL'));
  assert.ok(g.lookup('frankfurt').some((c) => c.country === 'DEU'));
  assert.strictEqual(gazetteerFor(loadKb()), g, 'loaded once');
});
