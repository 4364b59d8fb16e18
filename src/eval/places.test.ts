import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../doc/doc.js';
import type { Doc } from '../doc/schema.js';
import { readPlacesGold, scorePlace, scorePlaces } from './places.js';

function docWith(text: string, places: Array<{ name: string; country: string | null; regionCode?: string; metonymic?: boolean }>): Doc {
  const doc = createDoc(text);
  for (const p of places) {
    const start = text.indexOf(p.name);
    doc.places.push({ start, end: start + p.name.length, text: p.name, name: p.name, country: p.country, lat: null, lon: null, feature: 'city', rule: 'test', regionCode: p.regionCode ?? null, metonymic: p.metonymic });
  }
  return doc;
}

test('a gold line is right when the place on that occurrence has the country, region and use it asks for', () => {
  const g = readPlacesGold('{"id":"a","text":"Paris, Texas.","name":"Paris","country":"USA","region":"US-TX"}\n', 'gold');
  assert.equal(scorePlace(g[0]!, docWith('Paris, Texas.', [{ name: 'Paris', country: 'USA', regionCode: 'US-TX' }])).correct, true);
  const wrong = scorePlace(g[0]!, docWith('Paris, Texas.', [{ name: 'Paris', country: 'USA', regionCode: 'US-KY' }]));
  assert.equal(wrong.correct, false);
  assert.match(wrong.miss ?? '', /region US-KY, want US-TX/);
  assert.equal(scorePlace(g[0]!, docWith('Paris, Texas.', [])).miss, 'want USA');
});

test('place: false wants no place; nth picks the occurrence; metonymy is checked when asked', () => {
  const [notPlace] = readPlacesGold('{"id":"b","text":"Jordan. Jordan.","name":"Jordan","nth":1,"place":false}', 'gold');
  assert.equal(scorePlace(notPlace!, docWith('Jordan. Jordan.', [{ name: 'Jordan', country: 'JOR' }])).correct, true, 'only the first is a place');
  const [meto] = readPlacesGold('{"id":"c","text":"Washington said.","name":"Washington","country":"USA","metonymic":true}', 'gold');
  assert.equal(scorePlace(meto!, docWith('Washington said.', [{ name: 'Washington', country: 'USA' }])).correct, false);
  const { score } = scorePlaces([meto!], (t) => docWith(t, [{ name: 'Washington', country: 'USA', metonymic: true }]));
  assert.deepEqual([score.correct, score.total, score.metonymy.total], [1, 1, 1]);
});

test('a gold line that is not one is a one-line error with its line number', () => {
  assert.throws(() => readPlacesGold('{"id":"x"}', 'gold.jsonl'), /gold\.jsonl:1/);
});
