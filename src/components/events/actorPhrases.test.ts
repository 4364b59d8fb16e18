import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPhrases } from './compute/actorPhrases.js';
import { buildView } from './compute/view.js';
import { world } from './testing/code.js';
import type { DocBuilder } from './testing/fixture.js';

/** Phrases as "text:actor+actor" for compact assertions. */
function phrases(b: DocBuilder): string[] {
  const view = buildView(b.doc);
  const { list } = buildPhrases(view);
  return list.map((p) => {
    const text = b.doc.text.slice(view.tokens[p.start]!.start, view.tokens[p.end - 1]!.end);
    return `${text}:${p.members.map((m) => m.actor).join('+')}`;
  });
}

test('a possessive chain is headed by its last actor', () => {
  const b = world("Putin's special envoy arrived.");
  b.entity('lav', 'Alexander Lavrentiev', 'PERSON', 'RUSGOV').mention('special envoy', 'lav', { kind: 'title' });
  assert.deepEqual(phrases(b), ["Putin's special envoy:RUSGOV"]);
});

test('coordinated actors form a compound; a trailing modifier does not join it', () => {
  assert.deepEqual(phrases(world('Tehran and Moscow met.')), ['Tehran and Moscow:IRNGOV+RUSGOV']);
  assert.deepEqual(phrases(world('France, Russia and China met.')), ['France, Russia and China:FRA+RUS+CHN']);
  assert.deepEqual(phrases(world('Sanctions on Iran, and Russia policy.')), ['Iran:IRN', 'Russia:RUS']);
});

test('a sector-only head takes the country of its modifier', () => {
  const b = world('Russian forces arrived.');
  b.entity('mil', 'forces', 'ORGANIZATION', 'MIL', null).mention('forces', 'mil');
  assert.deepEqual(phrases(b), ['Russian forces:RUSMIL']);
});

test('"both countries" resolves to the last coordinated pair of countries', () => {
  const b = world('Iran and Russia are allies. France accused both countries.');
  assert.deepEqual(phrases(b), ['Iran and Russia:IRN+RUS', 'France:FRA', 'both countries:IRN+RUS']);
});
