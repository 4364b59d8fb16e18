import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../doc/doc.js';
import { EventSchema } from '../../doc/schema.js';
import { loadKb } from '../../kb/kb.js';
import { events } from './index.js';
import { DocBuilder } from './testing/fixture.js';
import { seedAvailable, seedDoc } from './testing/seedFixture.js';

const kb = loadKb();

test('an empty document or one without actors codes nothing', () => {
  const empty = createDoc('');
  events.run(empty, kb);
  assert.deepEqual(empty.events, []);
  const plain = new DocBuilder('They attacked it. We met them, and he urged her to leave.').doc;
  events.run(plain, kb);
  assert.deepEqual(plain.events, []);
});

test('layers that do not line up with the tokens are tolerated', () => {
  const b = new DocBuilder('Russia attacked Ukraine.');
  b.entity('rus', 'Russia', 'COUNTRY', 'RUS').entity('ukr', 'Ukraine', 'COUNTRY', 'UKR');
  b.doc.mentions.push(
    { start: 0, end: 6, text: 'Russia', entity: 'rus', type: 'COUNTRY', kind: 'name', rule: 't' },
    { start: 16, end: 23, text: 'Ukraine', entity: 'ukr', type: 'COUNTRY', kind: 'name', rule: 't' },
    { start: 500, end: 510, text: 'nowhere', entity: 'missing', type: 'COUNTRY', kind: 'name', rule: 't' },
    { start: 3, end: 9, text: 'sia at', entity: null, type: 'MISC', kind: 'name', rule: 't' },
  );
  b.doc.timexes.push({ start: 400, end: 410, text: 'x', type: 'DATE', value: '2020', anchor: 'unknown', rule: 't' });
  events.run(b.doc, kb);
  assert.equal(b.doc.events.length, 1);
});

test('every event validates against the document schema', { skip: seedAvailable() ? false : 'seed data not available' }, () => {
  const doc = seedDoc();
  events.run(doc, kb);
  assert.ok(doc.events.length > 0);
  for (const e of doc.events) EventSchema.parse(e);
});
