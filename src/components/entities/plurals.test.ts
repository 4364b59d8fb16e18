import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runUntil } from '../../testing/run-until.js';
import type { Mention } from '../../doc/schema.js';
import { typePluralGroups } from './plurals.js';
import { loadKb } from '../../kb/kb.js';

const named = (doc: ReturnType<typeof runUntil>, text: string, type: Mention['type'], rule = 'ner:person'): Mention => {
  const start = doc.text.indexOf(text);
  return { start, end: start + text.length, text, entity: null, type, kind: 'name', rule };
};

test('a plural in -s whose singular the article writes, or after "many", is a people or a kind, not a person', () => {
  const doc = runUntil('Denisovans made beads. A Denisovan site was found, and many Varangians came later.', 'tag');
  const mentions = [named(doc, 'Denisovans', 'PERSON'), named(doc, 'Varangians', 'PERSON')];
  typePluralGroups(doc, mentions, loadKb());
  assert.deepEqual(mentions.map((m) => m.type), ['MISC', 'MISC']);
});

test('a surname in -s, or the plural of a surname of someone named in full, stays a person', () => {
  const doc = runUntil('Senator Ann Sanders spoke. Sanders said no. Ray Turpin and Lea Turpin left; the Turpins were charged.', 'tag');
  const mentions = [named(doc, 'Ann Sanders', 'PERSON'), named(doc, 'Sanders said', 'PERSON'), named(doc, 'Ray Turpin', 'PERSON'), named(doc, 'Turpins', 'PERSON')];
  mentions[1]!.end -= 5;
  mentions[1]!.text = 'Sanders';
  typePluralGroups(doc, mentions, loadKb());
  assert.deepEqual(mentions.map((m) => m.type), ['PERSON', 'PERSON', 'PERSON', 'PERSON']);
});

test('the plural of a title is people holding it, left to the roles', () => {
  const doc = runUntil('The Ministers met. A Minister spoke.', 'tag');
  const mentions = [named(doc, 'Ministers', 'PERSON')];
  typePluralGroups(doc, mentions, loadKb());
  assert.equal(mentions[0]!.type, 'PERSON');
});
