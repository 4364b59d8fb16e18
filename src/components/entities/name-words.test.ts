import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runUntil } from '../../testing/run-until.js';
import type { Mention } from '../../doc/schema.js';
import { typeLanguageNames } from './languages.js';
import { nameBounds, typeByHead } from './recognized.js';
import { loadKb } from '../../kb/kb.js';

test('a name right before "language" is a language, MISC', () => {
  const doc = runUntil('Tamil language: vanakkam. The Tamil Nadu government agreed.', 'tag');
  const at = (text: string, from = 0): Mention => {
    const start = doc.text.indexOf(text, from);
    return { start, end: start + text.length, text, entity: null, type: 'ORGANIZATION', kind: 'name', rule: 'ner:organization' };
  };
  const mentions = [at('Tamil'), at('Tamil Nadu')];
  typeLanguageNames(doc, mentions);
  assert.deepEqual(mentions.map((m) => m.type), ['MISC', 'ORGANIZATION']);
});

test('the pronoun "I" alone is no name; a Roman numeral in one is', () => {
  const kb = loadKb();
  assert.equal(nameBounds(['I'], 0, 1, false, kb), null);
  assert.deepEqual(nameBounds(['World', 'War', 'I'], 0, 3, false, kb), [0, 3]);
});

test('a recognized name ends before a verb, a pronoun, or a comma a lowercase word follows', () => {
  const kb = loadKb();
  const words = ['Parliament', ',', 'said', ',', '"', 'We'];
  assert.deepEqual(nameBounds(words, 0, 6, false, kb, ['PROPN', 'PUNCT', 'VERB', 'PUNCT', 'PUNCT', 'PRON']), [0, 1]);
  assert.deepEqual(nameBounds(['Mme', 'Lenoir', 'did', 'not', 'lie'], 0, 5, false, kb, ['PROPN', 'PROPN', 'AUX', 'PART', 'VERB']), [0, 2]);
  // Names with a comma, a particle or "to" in them go on.
  assert.deepEqual(nameBounds(['Brandt', ',', 'Sachs', '&', 'Co'], 0, 5, false, kb, ['PROPN', 'PUNCT', 'PROPN', 'CCONJ', 'PROPN']), [0, 5]);
  assert.deepEqual(nameBounds(['Welt', 'am', 'Sonntag'], 0, 3, false, kb, ['PROPN', 'AUX', 'PROPN']), [0, 3]);
  assert.deepEqual(nameBounds(['Committee', 'to', 'Protect', 'Journalists'], 0, 4, false, kb, ['PROPN', 'PART', 'PROPN', 'PROPN']), [0, 4]);
});

test('a state institution named by its head alone is an organization, not a place; a school or a bank may be a place', () => {
  const kb = loadKb();
  assert.equal(typeByHead(['Parliament'], 0, 1, 'LOCATION', kb), 'ORGANIZATION');
  assert.equal(typeByHead(['Court'], 0, 1, 'MISC', kb), 'ORGANIZATION');
  assert.equal(typeByHead(['Court'], 0, 1, 'PERSON', kb), 'PERSON');
  assert.equal(typeByHead(['School'], 0, 1, 'LOCATION', kb), 'LOCATION');
  assert.equal(typeByHead(['Bank'], 0, 1, 'LOCATION', kb), 'LOCATION');
});
