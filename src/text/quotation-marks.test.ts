import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotations } from './quotation-marks.js';

const contents = (text: string) => findQuotations(text).map((q) => text.slice(q.contentStart, q.contentEnd));

test('curly, straight and doubled-apostrophe marks pair within a paragraph; an unclosed one ends with it', () => {
  assert.deepEqual(contents('He said “yes, now” and left. She said "no." Then ’’maybe’’ was heard.'), ['yes, now', 'no.']);
  assert.deepEqual(contents("They said ''never'' twice."), ['never']);
  const open = findQuotations('“We will stay\nNext paragraph.');
  assert.equal(open.length, 1);
  assert.equal(open[0]!.closed, false);
});

test('a closing mark typed where a quotation opens, after a space and before a word, opens it', () => {
  assert.deepEqual(contents('The note read: ”Come home soon,” she wrote.'), ['Come home soon,']);
  // Closing a quotation it still is: “Done” he said.
  assert.deepEqual(contents('“Done,” he said.'), ['Done,']);
});

test('an opening mark typed where a quotation closes, after a word and before a space, closes it', () => {
  assert.deepEqual(contents('“We will not give up,“ said the leader. “Never.”'), ['We will not give up,', 'Never.']);
  // One before a word, after a space, opens nothing while a quotation is open, and closes nothing.
  const unclosed = findQuotations('“They call it “peace, she said.');
  assert.deepEqual(unclosed.map((q) => q.closed), [false]);
});
