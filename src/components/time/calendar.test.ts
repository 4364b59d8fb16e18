import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, formatWeek, isoWeek, isoWeekday, parseYmd } from './calendar.js';
import { easterSunday, HOLIDAYS } from './model/holidays.js';
import { parseAmount } from './model/numbers.js';
import { periodValue } from './detect-durations.js';
import { wordsPattern } from './cue-words.js';

test('ISO weeks follow the Thursday rule across year ends', () => {
  assert.deepEqual(isoWeek({ y: 2018, m: 7, d: 20 }), { year: 2018, week: 29 });
  assert.deepEqual(isoWeek({ y: 2021, m: 1, d: 1 }), { year: 2020, week: 53 });
  assert.deepEqual(isoWeek({ y: 2019, m: 12, d: 30 }), { year: 2020, week: 1 });
  assert.equal(formatWeek({ y: 2018, m: 7, d: 13 }), '2018-W28');
  assert.equal(isoWeekday({ y: 2018, m: 7, d: 22 }), 7);
});

test('adding months clamps the day and crosses years', () => {
  assert.deepEqual(addMonths({ y: 2018, m: 1, d: 31 }, 1), { y: 2018, m: 2, d: 28 });
  assert.deepEqual(addMonths({ y: 2018, m: 1, d: 15 }, -2), { y: 2017, m: 11, d: 15 });
});

test('document dates are parsed strictly', () => {
  assert.deepEqual(parseYmd('2018-07-20'), { y: 2018, m: 7, d: 20 });
  assert.equal(parseYmd('2018-02-30'), null);
  assert.equal(parseYmd('July 20'), null);
  assert.equal(parseYmd(null), null);
});

test('numbers written as words', () => {
  assert.equal(parseAmount('five'), 5);
  assert.equal(parseAmount('twenty-four'), 24);
  assert.equal(parseAmount('twenty four'), 24);
  assert.equal(parseAmount('a'), 1);
  assert.equal(parseAmount('a couple of'), 2);
  assert.equal(parseAmount('a dozen'), 12);
  assert.equal(parseAmount('1,000'), 1000);
  assert.equal(parseAmount('2 1/2'), 2.5);
  assert.equal(parseAmount('several'), null);
});

test('periods are written in ISO-8601 units', () => {
  assert.equal(periodValue(5, 'year'), 'P5Y');
  assert.equal(periodValue(2, 'hour'), 'PT2H');
  assert.equal(periodValue(null, 'week'), 'PXW');
  assert.equal(periodValue(2, 'decade'), 'P20Y');
  assert.equal(periodValue(1, 'fortnight'), 'P2W');
  assert.equal(periodValue(2.5, 'year'), 'P2Y6M');
  assert.equal(periodValue(1.5, 'minute'), 'PT1M30S');
  assert.equal(periodValue(0.5, 'day'), 'PT12H');
  assert.equal(periodValue(1.5, 'day'), 'P1DT12H');
});

test('holiday rules', () => {
  assert.deepEqual(easterSunday(2018), { y: 2018, m: 4, d: 1 });
  assert.deepEqual(easterSunday(2019), { y: 2019, m: 4, d: 21 });
  assert.deepEqual(HOLIDAYS['thanksgiving']!(2018), { y: 2018, m: 11, d: 22 });
  assert.deepEqual(HOLIDAYS['memorial day']!(2018), { y: 2018, m: 5, d: 28 });
  assert.deepEqual(HOLIDAYS['election day']!(2016), { y: 2016, m: 11, d: 8 });
});

test('word patterns match whole words from a list, longest first', () => {
  const re = new RegExp(`^${wordsPattern(['week', 'weeks', 'weekend', 'day'])}$`);
  for (const w of ['week', 'weeks', 'weekend', 'day']) assert.ok(re.test(w), w);
  assert.ok(!re.test('wee'));
});
