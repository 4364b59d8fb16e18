import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventStem, stemForms, verbStemBefore } from './event-words.js';
import { pairs, timexOf, valueOf } from './testing.js';

test('event stems: the verb after a clause subject, irregular past forms', () => {
  const after = 'after his team was effectively blocked.';
  assert.equal(eventStem(after, after.indexOf(' his')), 'block');
  const rally = 'before the rally in the square';
  assert.equal(eventStem(rally, rally.indexOf(' the')), 'rally');
  assert.deepEqual(stemForms('shoot'), ['shoot', 'shot']);
  assert.deepEqual(stemForms('shot'), ['shoot', 'shot']);
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

test('a date far from an event word does not date that event', () => {
  // Thursday dates the news conference, not the murder the sentence goes on to name.
  const text = 'The prosecutor will hold a news conference on Thursday to announce a major development in the murder inquiry. A jogger saw the car 10 days before the murder.';
  assert.equal(valueOf(text, '10 days'), 'P10D');
  // Next to it, it does.
  assert.equal(valueOf('The mayor was murdered on March 3. A jogger saw the car 10 days before the murder.', '10 days before'), '2018-02-21');
});
