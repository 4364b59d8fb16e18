import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityOf, runUntil } from '../../testing/run-until.js';

const TRANSCRIPT = [
  'The Tallinn Gazette spoke with the botanist Kaarel Oun about his work.',
  '((TG)) How did you start?',
  '((Kaarel Oun)) My father grew ferns, and he showed me how.',
  '((TG)) And now?',
  '((Kaarel Oun)) Now I grow them too.',
].join('\n');

test('a label that opens two turns of a transcript is a speaker, never a place or a thing, and is named in full', () => {
  const doc = runUntil(TRANSCRIPT, 'entities');
  const labels = doc.mentions.filter((m) => doc.text.slice(m.start - 2, m.start) === '((');
  assert.equal(labels.length, 4, labels.map((m) => m.text).join(', '));
  for (const m of labels) {
    assert.ok(m.text === 'TG' || m.text === 'Kaarel Oun', m.text);
    assert.ok(m.type === 'PERSON' || (m.text === 'TG' && m.type === 'ORGANIZATION'), `${m.text}/${m.type}`);
  }
});

test('a pronoun inside a turn is not the speaker whose label opens it', () => {
  const doc = runUntil(['The Gazette spoke with Kaarel Oun.', '((TG)) Why?', '((Kaarel Oun)) My dad is a doctor. He is a surgeon.', '((TG)) Good.', '((Kaarel Oun)) Yes.'].join('\n'), 'resolve');
  const speaker = entityOf(doc, 'Kaarel Oun');
  assert.equal(speaker?.type, 'PERSON');
  assert.notEqual(doc.mentions.find((m) => m.text === 'He')?.entity, speaker?.id);
});

test('a title in a turn is not held by the speaker whose label opens the next turn', () => {
  const doc = runUntil(['The Gazette spoke with Kaarel Oun.', '((TG)) Do you like the color of your chair?', '((Kaarel Oun)) Yes.', '((TG)) Good.', '((Kaarel Oun)) Thanks.'].join('\n'), 'resolve');
  const chair = doc.mentions.find((m) => m.text.endsWith('chair'));
  if (chair) assert.notEqual(chair.entity, entityOf(doc, 'Kaarel Oun')?.id);
  const labels = doc.mentions.filter((m) => m.text === 'Kaarel Oun' && doc.text.slice(m.start - 2, m.start) === '((');
  assert.ok(labels.length === 2 && labels.every((m) => m.rule === 'name:transcript-speaker'));
});
