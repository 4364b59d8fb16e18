/**
 * TimeML conventions the TempEval-3 corpora follow, one family at a time, on sentences written for
 * these tests. The document date is Friday 2018-07-20 unless a test says otherwise.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs, timexOf, valueOf } from './testing.js';

test('years written in words', () => {
  assert.equal(valueOf('The games were bombed in nineteen ninety-six.', 'nineteen ninety-six'), '1996');
  assert.equal(valueOf('The Soviets invaded in nineteen seventy-nine.', 'nineteen seventy-nine'), '1979');
  assert.equal(valueOf('A clinic was hit in January nineteen ninety-seven.', 'January nineteen ninety-seven'), '1997-01');
  assert.equal(valueOf('They promised jobs by the year two thousand.', 'the year two thousand'), '2000');
  assert.equal(valueOf('It opened in two thousand and one.', 'two thousand and one'), '2001');
  assert.deepEqual(pairs('Some nineteen ninety people came, and two thousand more.'), []);
});

test('"the past year" names last year; "the past five years" is a stretch', () => {
  assert.equal(timexOf('Trade fell over the past year.', 'the past year').value, '2017');
  assert.equal(valueOf('He has been in Bethesda for the last week.', 'the last week'), '2018-W28');
  const stretch = timexOf('Trade fell over the past five years.', 'the past five years');
  assert.deepEqual([stretch.type, stretch.value], ['DURATION', 'P5Y']);
});

test('a business year ended on a date is a year long', () => {
  const t = timexOf('Revenue was $76 million for the year ended March 31.', 'the year');
  assert.deepEqual([t.type, t.value], ['DURATION', 'P1Y']);
  assert.equal(valueOf('Sales rose through the end of the year.', 'the end of the year'), '2018');
});

test('"recent weeks" is a stretch of unknown length, "recent years" the past', () => {
  assert.equal(valueOf('Prices fell in recent weeks.', 'recent weeks'), 'PXW');
  assert.equal(valueOf('Prices fell in recent months.', 'recent months'), 'PXM');
  assert.equal(valueOf('Prices fell in recent years.', 'recent years'), 'PAST_REF');
});

test('counts before a singular unit without a hyphen', () => {
  assert.equal(valueOf('Stocks hit a five year low.', 'five year'), 'P5Y');
  assert.equal(valueOf('They began a two day rally.', 'two day'), 'P2D');
  assert.deepEqual(pairs('He has two day jobs? No: five year.'), []);
});

test('frequency words: adverbs are sets, adjectives on a noun are not', () => {
  assert.equal(timexOf('The reserve will be adjusted quarterly.', 'quarterly').value, 'P3M');
  assert.equal(timexOf('They meet weekly.', 'weekly').type, 'SET');
  assert.deepEqual(pairs('The company cut its quarterly dividend and the daily volume fell.'), []);
});
