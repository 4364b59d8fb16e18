import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runUntil } from '../../testing/run-until.js';

test('a quotation spanning two sentences stays in one sentence', () => {
  const doc = runUntil('“We came early. We will stay late,” the mayor said. Then it rained.', 'segment');
  assert.equal(doc.sentences.length, 2);
  assert.match(doc.text.slice(doc.sentences[0]!.start, doc.sentences[0]!.end), /the mayor said\.$/);
});

test('a paragraph break always ends a sentence', () => {
  const doc = runUntil('The talks were cut short and\nOfficials left the room.', 'segment');
  assert.equal(doc.sentences.length, 2);
});

test('an unclosed quotation that stops mid-sentence is flagged on its last words', () => {
  const doc = runUntil('She said “The plan is sound. We need more time to finish\nThe meeting ended.', 'segment');
  const flag = doc.flags.find((f) => f.kind === 'truncated-quote');
  assert.ok(flag);
  assert.equal(flag.text, 'We need more time to finish');
});

test('a name run together with a word is split and flagged when both halves are attested', () => {
  const doc = runUntil('Mbeki spoke first. Later Mbekimade a promise that he made before.', 'segment');
  const flag = doc.flags.find((f) => f.kind === 'merged-token');
  assert.equal(flag?.text, 'Mbekimade');
  assert.equal(flag?.fix, 'Mbeki made');
  assert.ok(doc.tokens.some((t) => t.text === 'Mbeki' && t.start === doc.text.indexOf('Mbekimade')));
});

test('an ordinary long capitalized word is not split', () => {
  const doc = runUntil('Washington is large. Washingtonian habits differ.', 'segment');
  assert.equal(doc.flags.filter((f) => f.kind === 'merged-token').length, 0);
});

test('mojibake is flagged', () => {
  const doc = runUntil('The ministerâ€™s office said nothing.', 'segment');
  assert.ok(doc.flags.some((f) => f.kind === 'mojibake'));
});

test('tokens carry offsets into the text, tags and lemmas', () => {
  const doc = runUntil('Rebels attacked the convoy.', 'tag');
  for (const t of doc.tokens) assert.equal(doc.text.slice(t.start, t.end), t.text);
  const verb = doc.tokens.find((t) => t.text === 'attacked')!;
  assert.equal(verb.pos, 'VERB');
  assert.equal(verb.lemma, 'attack');
});

test('letters beyond Latin-1 stay inside their words, with the original text', () => {
  const doc = runUntil('President Erdoğan met Lech Wałęsa in Łódź. He doesn\u2019t know.', 'segment');
  const words = doc.tokens.map((t) => t.text);
  for (const w of ['Erdoğan', 'Wałęsa', 'Łódź']) assert.ok(words.includes(w), `${w} in ${words.join(' ')}`);
  for (const t of doc.tokens) assert.equal(doc.text.slice(t.start, t.end), t.text);
});

test('a straight quotation mark after a space opens the next sentence; a dot with a letter right after it ends none', () => {
  const text = 'He left the hall. "We will win," he said. She agreed." Then Rep. Ann Lowe (D-N.Y.) Also spoke.';
  const doc = runUntil(text, 'segment');
  const sentences = doc.sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sentences, ['He left the hall.', '"We will win," he said.', 'She agreed."', 'Then Rep. Ann Lowe (D-N.Y.) Also spoke.']);
});

test('a run of characters without a space longer than wink can test in time is one token, and the words around it stay', () => {
  const blob = 'a'.repeat(50_000) + '.';
  const url = 'https://example.org/' + 'x'.repeat(300);
  const doc = runUntil(`The senator said ${blob} the vote failed. See ${url} today.`, 'segment');
  const texts = doc.tokens.map((t) => t.text);
  assert.deepEqual(texts, ['The', 'senator', 'said', blob, 'the', 'vote', 'failed', '.', 'See', url, 'today', '.']);
  for (const t of doc.tokens) assert.equal(doc.text.slice(t.start, t.end), t.text);
  assert.equal(doc.sentences.length, 2);
});

test('"I\'m" is two tokens, a pronoun and its verb, as "I\'ve" and "we\'re" are', () => {
  const doc = runUntil('I’m calling on the council. I\'m sure, she said.', 'tag');
  const words = doc.tokens.map((t) => `${t.text}/${t.pos}`);
  assert.deepEqual(words.slice(0, 3), ['I/PRON', '’m/AUX', 'calling/VERB']);
  assert.ok(words.includes("'m/AUX"));
});

test('initials end a sentence when a word that opens sentences follows them, and no other time', () => {
  const text = 'She grew up in Washington, D.C. She moved to the U.S. Virgin Islands. The U.S. President spoke.';
  const doc = runUntil(text, 'segment');
  const sentences = doc.sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sentences, ['She grew up in Washington, D.C.', 'She moved to the U.S. Virgin Islands.', 'The U.S. President spoke.']);
});
