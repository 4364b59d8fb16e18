import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runUntil } from '../../testing/run-until.js';
import type { Mention } from '../../doc/schema.js';
import { typeLanguageNames } from './languages.js';
import { nameBounds } from './recognized.js';
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
