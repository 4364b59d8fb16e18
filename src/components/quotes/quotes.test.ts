import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityOf, runUntil } from '../../testing/run-until.js';

const speakerName = (doc: ReturnType<typeof runUntil>, starts: string) => {
  // Content keeps its quotation marks and a leading "that", as PolNeAR annotates it.
  const q = doc.quotes.find((x) => x.content.text.replace(/^(that\s+)?[“"]?/, '').startsWith(starts));
  return q ? { q, name: doc.entities.find((e) => e.id === q.speaker)?.name ?? null } : null;
};

test('direct quotation with the speaker after it', () => {
  const doc = runUntil('“We will not give up the harbour,” Marta Ruiz said on Tuesday.', 'quotes');
  const r = speakerName(doc, 'We will not give up');
  assert.equal(r?.name, 'Marta Ruiz');
  assert.equal(r?.q.kind, 'direct');
  assert.equal(r?.q.cue?.text, 'said');
});

test('direct quotation after a pronoun and a cue', () => {
  const doc = runUntil('Paolo Neri spoke to reporters. Asked about the vote, he said “the count is not over and we will wait for it.”', 'quotes');
  assert.equal(speakerName(doc, 'the count is not over')?.name, 'Paolo Neri');
});

test('indirect speech with a that-clause, and mixed speech with a quoted phrase', () => {
  const doc = runUntil('Egypt insists that the dam threatens its water supply. Sudan says that the project is “a blessing”.', 'quotes');
  const a = speakerName(doc, 'the dam threatens');
  assert.equal(a?.q.kind, 'indirect');
  assert.equal(a?.name, 'Egypt');
  const b = speakerName(doc, 'the project is');
  assert.equal(b?.q.kind, 'mixed');
  assert.equal(b?.name, 'Sudan');
});

test('scare quotes are not statements', () => {
  const doc = runUntil('The so-called “peace plan” was dropped.', 'quotes');
  assert.equal(doc.quotes.length, 0);
});

test('a cut-off quotation is kept and marked truncated', () => {
  const doc = runUntil('Laila Haddad said “the road is closed and nobody can pass before\nThe army declined to comment.', 'quotes');
  const r = speakerName(doc, 'the road is closed');
  assert.equal(r?.q.truncated, true);
  assert.equal(r?.name, 'Laila Haddad');
});

test('a media outlet citing a person: the person speaks, the outlet is the channel', () => {
  const doc = runUntil('“The borders stay open to trade and to people,” Kenyan news outlets quoted Amina Odhiambo as saying.', 'quotes');
  const r = speakerName(doc, 'The borders stay open');
  assert.equal(r?.name, 'Amina Odhiambo');
  assert.deepEqual(r?.q.via, [entityOf(doc, 'Kenyan news outlets')!.id]);
});
