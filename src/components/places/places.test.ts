import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runUntil } from '../../testing/run-until.js';

test('capitals, countries and cities become places with country and coordinates; demonyms do not', () => {
  const doc = runUntil('Kenyan officials flew from Nairobi to Aleppo, in Syria.', 'places');
  const byText = new Map(doc.places.map((p) => [p.text, p]));
  assert.equal(byText.get('Nairobi')?.country, 'KEN');
  assert.ok(Math.abs((byText.get('Nairobi')?.lat ?? 0) - -1.29) < 0.1);
  assert.equal(byText.get('Aleppo')?.country, 'SYR');
  assert.equal(byText.get('Syria')?.feature, 'country');
  assert.equal(byText.has('Kenyan'), false);
});
