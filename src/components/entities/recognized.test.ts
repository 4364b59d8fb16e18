import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../doc/schema.js';
import { runUntil } from '../../testing/run-until.js';
import { mergeRecognized, trailingPerson, typeByHead } from './recognized.js';
import { loadKb } from '../../kb/kb.js';

const text = 'GOLF - Bank of England chief Mark Ruiz met Putin in Oslo .';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const m = (s: string, rest: Partial<Mention>): Mention => ({ ...at(s), text: s, entity: null, type: 'MISC', kind: 'name', rule: 'name:capitalized-unknown', ...rest });
const doc = { text } as Parameters<typeof mergeRecognized>[0];

test('recognizer and rules: a guess the recognizer does not share is dropped; the knowledge base stands', () => {
  const rules = [
    m('GOLF', { type: 'ORGANIZATION', kind: 'acronym', rule: 'name:acronym' }),
    m('England', { type: 'COUNTRY', rule: 'gazetteer:country', country: 'GBR' }),
    m('Putin', { type: 'PERSON', kind: 'surname', rule: 'name:known-actor-surname' }),
    m('Oslo', { type: 'COUNTRY', kind: 'metonym', rule: 'gazetteer:capital', country: 'NOR' }),
  ];
  const recognized = [
    { ...at('Bank of England'), type: 'ORGANIZATION' as const },
    { ...at('Mark Ruiz'), type: 'PERSON' as const },
    { ...at('Putin'), type: 'LOCATION' as const },
  ];
  const out = mergeRecognized(doc, rules, recognized).map((x) => `${x.text}/${x.type}/${x.rule}${x.country ? '/' + x.country : ''}`);
  assert.deepEqual(out, [
    // "England" inside the recognized organization is part of its name, and gives it a country.
    'Bank of England/ORGANIZATION/ner:organization/GBR',
    'Mark Ruiz/PERSON/ner:person',
    // A known actor outranks the recognizer's type.
    'Putin/PERSON/name:known-actor-surname',
    'Oslo/COUNTRY/gazetteer:capital/NOR',
  ]);
});

test('a surname the rules found stays when the recognizer found the full name', () => {
  const t = 'Mark Ruiz spoke. Ruiz-Lopez talks began.';
  const d = { text: t } as Parameters<typeof mergeRecognized>[0];
  const ruiz = { start: t.indexOf('Ruiz-'), end: t.indexOf('Ruiz-') + 4, text: 'Ruiz', entity: null, type: 'PERSON' as const, kind: 'surname' as const, rule: 'name:surname-of-full-name' };
  const out = mergeRecognized(d, [ruiz], [{ start: 0, end: 9, type: 'PERSON' }]);
  assert.deepEqual(out.map((x) => x.text), ['Mark Ruiz', 'Ruiz']);
});

test('in the pipeline, titles stay out of recognized names', () => {
  const doc = runUntil('Supreme Leader Ayatollah Ali Khamenei met Interior Minister Olga Varga in Budapest.', 'entities');
  const names = doc.mentions.filter((x) => x.type === 'PERSON' && x.kind !== 'pronoun').map((x) => x.text);
  assert.ok(names.includes('Ali Khamenei'), names.join(', '));
  assert.ok(names.includes('Olga Varga'), names.join(', '));
  // A title alone is a title mention, never a name of another type.
  const titles = runUntil('The Vice President spoke after the Leader left.', 'entities').mentions;
  assert.ok(titles.every((x) => x.kind === 'title'), titles.map((x) => `${x.text}/${x.type}/${x.kind}`).join(', '));
});

test('a recognized span names its capitalized words: no trailing lowercase word, no title alone, no stray punctuation', async () => {
  const { nameBounds } = await import('./recognized.js');
  const { loadKb } = await import('../../kb/kb.js');
  const kb = loadKb();
  assert.deepEqual(nameBounds(['The', 'Keswick', 'professor', 'added'], 1, 3, false, kb), [1, 2]);
  assert.deepEqual(nameBounds(['"', 'Bank', 'of', 'England', ','], 0, 5, false, kb), [1, 4]);
  assert.deepEqual(nameBounds(['President', 'Ana', 'Ruiz'], 0, 3, true, kb), [1, 3]);
  assert.equal(nameBounds(['Vice', 'President'], 0, 2, true, kb), null);
  assert.deepEqual(nameBounds(['eBay'], 0, 1, false, kb), [0, 1]);
  assert.equal(nameBounds(['Diplomatic', 'Advisor'], 0, 2, false, kb), null);
  assert.deepEqual(nameBounds(['Office', 'of', 'the', 'Prime', 'Minister'], 0, 5, false, kb), [0, 5]);
});

test('a recognized name whose own head or lead word contradicts the recognizer takes the type that word gives', () => {
  const kb = loadKb();
  const type = (name: string, t: 'PERSON' | 'ORGANIZATION' | 'LOCATION') => {
    const words = name.split(' ');
    return typeByHead(words, 0, words.length, t, kb);
  };
  assert.equal(type('Quill Harbor Avenue', 'PERSON'), 'LOCATION');
  assert.equal(type('Mount Orrin', 'PERSON'), 'LOCATION');
  assert.equal(type('Masjid Kembara', 'PERSON'), 'LOCATION');
  assert.equal(type('Tarrow Valley Police', 'PERSON'), 'ORGANIZATION');
  assert.equal(type('Old Quay Grand Mosque', 'ORGANIZATION'), 'LOCATION');
  // A head that is also a surname ends a two-word person's name; one word alone is never retyped.
  assert.equal(type('Min-Jae Park', 'PERSON'), 'PERSON');
  assert.equal(type('Church', 'PERSON'), 'PERSON');
  assert.equal(type('Rivermouth Grand Hotel', 'LOCATION'), 'LOCATION');
  assert.equal(type('Halvard Corr', 'PERSON'), 'PERSON');
});

test('a person named after an organization and a title the knowledge base may not know is split off', () => {
  const kb = loadKb();
  const at = (s: string) => {
    const words = s.split(' ');
    const k = trailingPerson(words, 0, words.length, kb);
    return k < 0 ? null : words.slice(k).join(' ');
  };
  assert.equal(at('House Intelligence Committee Represenative Adam Schiff'), 'Adam Schiff');
  assert.equal(at('National Economic Council Brian Deese'), 'Brian Deese');
  // The organization's own name: it goes on after its head, or ends on one, or the words between are no title.
  assert.equal(at('Bank of America Merrill Lynch'), null);
  assert.equal(at('Tony Blair Institute'), null);
  assert.equal(at('Committee to Elect Adam Smith'), null);
  assert.equal(at('Fund Non-Profit Job Creators'), null);
  assert.equal(at('Coast Guard Mil Aide'), null);
});
