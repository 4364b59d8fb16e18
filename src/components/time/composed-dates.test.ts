/**
 * Expressions built on another date: an offset from a named day, the week that holds a day, a
 * weekday counted from the story's last date, a part of the day before a day, on sentences written
 * for these tests (document date Friday 2018-07-20 unless a test says otherwise).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs, timexOf, valueOf } from './testing.js';

test('an offset from the day named right after it', () => {
  assert.equal(valueOf("The day before last Tuesday's hearing, he flew home.", 'The day before last Tuesday'), '2018-07-16');
  assert.equal(valueOf('Two days after Christmas the strike began.', 'Two days after Christmas'), '2017-12-27');
  assert.equal(valueOf('A week before July 4, the army moved.', 'A week before July 4'), '2018-06-27');
  // Without a date after it, "the day before" still counts from the story's last day.
  assert.deepEqual(pairs('He landed on July 3. The day before, he wrote to her.'), [
    ['July 3', '2018-07-03'],
    ['The day before', '2018-07-02'],
  ]);
});

test('"the day before <event>" set off by a comma restates the date before it; "in the day" counts nothing', () => {
  assert.deepEqual(pairs('Shares slid after Oct. 12, the day before the crash, and kept falling.', '2018-10-30'), [
    ['Oct. 12', '2018-10-12'],
    ['the day before', '2018-10-12'],
  ]);
  assert.deepEqual(pairs('She landed on Tuesday morning and left later in the day before returning home.'), [['Tuesday morning', '2018-07-17TMO']]);
});

test('the week that holds a day', () => {
  assert.equal(valueOf('The case may be heard the week of March 6.', 'the week of March 6', '2018-02-24'), '2018-W10');
  assert.equal(valueOf('Pilgrims arrived as Easter week began.', 'Easter week', '2018-04-02'), '2018-W13');
});

test('"the previous Friday" counts from the story\'s last day, not the document\'s', () => {
  // Monday 2018-07-23: the story's Friday is the 20th, the one before it the 13th.
  assert.deepEqual(pairs('Shares fell on Friday. The index was down 4% from the previous Friday.', '2018-07-23'), [
    ['Friday', '2018-07-20'],
    ['the previous Friday', '2018-07-13'],
  ]);
  assert.equal(valueOf('The talks opened on Oct. 3 and resumed the following Monday.', 'the following Monday', '2018-11-20'), '2018-10-08');
  // "last Friday" still counts from the document date.
  assert.equal(valueOf('Shares fell on Monday, down from last Friday.', 'last Friday', '2018-07-23'), '2018-07-20');
});

test('"mid-afternoon", alone or before the day it belongs to', () => {
  const t = timexOf('In London at mid-afternoon yesterday, shares rose.', 'mid-afternoon yesterday');
  assert.deepEqual([t.type, t.value], ['TIME', '2018-07-19TAF']);
  assert.equal(valueOf('By mid afternoon, the shelling had stopped.', 'mid afternoon'), '2018-07-20TAF');
  assert.deepEqual(pairs('The afternoon session was calm.'), []);
});

test('"one day" after a modal is some day ahead, otherwise a day long', () => {
  assert.equal(valueOf('The party will one day rule the country.', 'one day'), 'FUTURE_REF');
  assert.equal(valueOf('The strike lasted one day.', 'one day'), 'P1D');
});

test('a business year is as long whether "for" or "in" leads it', () => {
  const t = timexOf('It expects net income in the year ending June 30, 2019, to fall.', 'the year');
  assert.deepEqual([t.type, t.value], ['DURATION', 'P1Y']);
});

test('a clock time alone falls on the day the story last named', () => {
  assert.deepEqual(pairs('The doctor was shot on Oct. 23, 2017. He died at 10 p.m. in his kitchen.'), [
    ['Oct. 23, 2017', '2017-10-23'],
    ['10 p.m.', '2017-10-23T22:00'],
  ]);
  // With no day named before it, the document's day.
  assert.equal(valueOf('The blast came at 10:35 a.m. in the capital.', '10:35 a.m.'), '2018-07-20T10:35');
});

test("a quarter of a year named in the possessive is one expression", () => {
  assert.deepEqual(pairs("Profit for this year's second quarter doubled.", '2018-10-30'), [["this year's second quarter", '2018-Q2']]);
  assert.deepEqual(pairs("The merger may close in next year's first quarter.", '2018-10-30'), [["next year's first quarter", '2019-Q1']]);
  assert.deepEqual(pairs("Last year's fourth-quarter figures were restated.", '2018-10-30'), [["Last year's fourth-quarter", '2017-Q4']]);
});

test('a part of the day next to the story\'s last day, and an hour told by its part of the day', () => {
  assert.deepEqual(pairs('The plane landed on July 12. The crew left the following night.'), [
    ['July 12', '2018-07-12'],
    ['the following night', '2018-07-13TNI'],
  ]);
  assert.equal(valueOf('The strike began on July 12; the previous evening talks had failed.', 'the previous evening'), '2018-07-11TEV');
  assert.equal(valueOf('The convoy will leave at 4 in the morning.', '4 in the morning'), '2018-07-20T04:00');
  assert.equal(valueOf('The polls close at 9 in the evening.', '9 in the evening'), '2018-07-20T21:00');
  // No neighbour word, no hour: the part of the day alone is no expression.
  assert.deepEqual(pairs('He worked late into the night.'), []);
});

test('"or so" before "ago" or "earlier" makes the offset approximate, not a duration', () => {
  const t = timexOf('A week or so ago, the general chose the date.', 'A week or so ago');
  assert.equal(t.value, '2018-W28');
  assert.equal(t.mod, 'APPROX');
  assert.equal(valueOf('He moved on March 3, 2015; a year or so earlier he had sold the farm.', 'a year or so earlier'), '2014');
});
