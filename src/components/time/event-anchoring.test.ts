import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventStem, stemForms, verbStemBefore } from './event-words.js';
import { pairs, timexOf, valueOf } from './testing.js';

test('event stems: the verb after a clause subject, irregular past forms', () => {
  const after = 'after his team was effectively blocked.';
  assert.equal(eventStem(after, after.indexOf(' his')), 'block');
  const rally = 'before the rally in the square';
  assert.equal(eventStem(rally, rally.indexOf(' the')), 'rally');
  assert.ok(stemForms('shot').includes('shoot') && stemForms('shoot').includes('shot'));
  assert.deepEqual(stemForms('vot'), ['vot']);
  // The words news uses in turn for one killing, or one bombing.
  assert.ok(stemForms('murder').includes('shot') && stemForms('slay').includes('kill'));
  assert.ok(stemForms('explos').includes('blast'));
  const clause = 'The mayor was shot to death at 10 p.m.';
  assert.equal(verbStemBefore(clause, clause.indexOf('10 p.m.'), 0), 'shot');
  const seen = 'A neighbour noticed the van at 6 a.m.';
  assert.equal(verbStemBefore(seen, seen.indexOf('6 a.m.'), 0), 'notic');
  assert.equal(verbStemBefore('He said it was at 5 p.m.', 17, 0), null);
});

test('a clock time alone falls on the day the story gave its own event', () => {
  const text = 'The mayor was shot to death on March 3 outside city hall. Police arrested a suspect on Tuesday. The mayor was shot at 10 p.m. as he left a meeting.';
  assert.equal(valueOf(text, '10 p.m.'), '2018-03-03T22:00');
  assert.match(timexOf(text, '10 p.m.').rule, /\/event$/);
  // No sentence dated that event: the story's last date, as before.
  assert.equal(valueOf('Police arrested a suspect on Tuesday. The men arrived at 10 p.m. in a van.', '10 p.m.'), '2018-07-17T22:00');
});

test('a clock time right before a counted day is one point in time', () => {
  const text = 'The mayor was shot on March 3. A neighbour saw the van at 6 a.m. ten days before the shooting.';
  assert.deepEqual(pairs(text), [['March 3', '2018-03-03'], ['6 a.m. ten days before', '2018-02-21T06:00']]);
  assert.equal(timexOf(text, '6 a.m. ten days before').type, 'TIME');
});

test('"10 days before the murder" is dated by the sentence that told of the shooting', () => {
  const text = 'The doctor was shot to death on the night of Oct. 23 in his kitchen. A jogger saw the car 10 days before the murder.';
  assert.equal(valueOf(text, '10 days before', '2019-05-05'), '2018-10-13');
});

test('a clock time alone takes the day its clause names a little further on', () => {
  const text = 'The doctor was shot to death on Oct. 23. Police arrested a man on Tuesday. A jogger saw the car at 6 a.m. near the home 10 days before the murder.';
  assert.equal(valueOf(text, '6 a.m.', '2019-05-05'), '2018-10-13T06:00');
  // Another clause: the story's last day stays.
  assert.equal(valueOf('Police arrested a man on Tuesday. They came at 6 a.m., and a week later the house was sold.', '6 a.m.'), '2018-07-17T06:00');
});

test('a date far from an event word does not date that event', () => {
  // Thursday dates the news conference, not the murder the sentence goes on to name.
  const text = 'The prosecutor will hold a news conference on Thursday to announce a major development in the murder inquiry. A jogger saw the car 10 days before the murder.';
  assert.equal(valueOf(text, '10 days'), 'P10D');
  // Next to it, it does.
  assert.equal(valueOf('The mayor was murdered on March 3. A jogger saw the car 10 days before the murder.', '10 days before'), '2018-02-21');
});

test('"in the morning" is that part of the day the story tells of', () => {
  const text = 'Shares fell on Wednesday. Dealers placed heavy buy orders in the morning, then sold during the afternoon.';
  assert.equal(timexOf(text, 'the morning').value, '2018-07-18TMO');
  assert.equal(timexOf(text, 'the morning').type, 'TIME');
  assert.equal(valueOf(text, 'the afternoon'), '2018-07-18TAF');
  // With no day told before, the document's; a clock time keeps its own reading.
  assert.equal(valueOf('Talks resume in the morning.', 'the morning'), '2018-07-20TMO');
  assert.deepEqual(pairs('He will leave at 4 in the morning.'), [['4 in the morning', '2018-07-20T04:00']]);
});
