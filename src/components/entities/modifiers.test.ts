import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runUntil } from '../../testing/run-until.js';
import { isFusedModifier } from './modifiers.js';
import { nameBounds } from './recognized.js';
import { loadKb } from '../../kb/kb.js';

test('a name joined by a hyphen to a combining word or a participle is a compound adjective', () => {
  for (const w of ['SARS-like', 'Oslo-based', 'Kenya-style', 'Norwegian-born', 'NATO-led', 'Academy Award-winning', 'Tutsi-dominated', 'Hollywood-produced'])
    assert.equal(isFusedModifier(w), true, w);
});

test('hyphenated given names, place names and codes are names, not compound adjectives', () => {
  for (const w of ['Moon Jae-in', 'Kim Jong-un', 'Wang Yu-ming', 'Kim Sun-young', 'Jean-Pierre', 'Guinea-Bissau', 'COVID-19', 'al-Assad', 'Trump-Ukraine', 'Oslo'])
    assert.equal(isFusedModifier(w), false, w);
});

test('a compound adjective is MISC, whatever the recognizer took it for', () => {
  const doc = runUntil('The Oslo-based fund and the Mara Lindqvist-backed plan failed.', 'entities');
  for (const w of ['Oslo-based', 'Mara Lindqvist-backed']) assert.equal(doc.mentions.find((x) => x.text === w)?.type ?? 'MISC', 'MISC', w);
});

test('a compound adjective after a lowercase word ends the recognized name before that word', () => {
  const kb = loadKb();
  assert.deepEqual(nameBounds(['Tukumart', 'and', 'Uganda-based'], 0, 3, false, kb), [0, 1]);
  assert.deepEqual(nameBounds(['Los', 'Angeles-based'], 0, 2, false, kb), [0, 2]);
});

test('a time zone after a clock time is MISC and no actor', () => {
  const doc = runUntil('The quake struck at 7:49 a.m. local time (1149 UTC) near the coast, the EST office said.', 'resolve');
  const utc = doc.mentions.find((m) => m.text === 'UTC');
  if (utc) {
    assert.equal(utc.type, 'MISC');
    assert.equal(utc.entity, null);
  }
  assert.ok(!doc.entities.some((e) => e.name === 'UTC'));
});
