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

test('"future quarters", "coming quarters", "past years": the time ahead or gone by, of no set length', () => {
  assert.equal(valueOf('The losses will cut taxes in future quarters.', 'future quarters'), 'FUTURE_REF');
  assert.equal(valueOf('It does not bode well for coming quarters.', 'coming quarters'), 'FUTURE_REF');
  assert.equal(valueOf('There were sell programs in past years, too.', 'past years'), 'PAST_REF');
  assert.equal(valueOf('Insurance has been a tough business in recent quarters.', 'recent quarters'), 'PXQ');
  // Counted or with "the", the past years are a stretch (the duration detector's).
  assert.equal(valueOf('Trade fell over the past five years.', 'the past five years'), 'P5Y');
  // "future" before anything but a unit of time is no timex.
  assert.deepEqual(pairs('Future payments and future earnings are uncertain.'), []);
});

test('counts before a singular unit without a hyphen', () => {
  assert.equal(valueOf('Stocks hit a five year low.', 'five year'), 'P5Y');
  assert.equal(valueOf('They began a two day rally.', 'two day'), 'P2D');
  assert.deepEqual(pairs('He has two day jobs? No: five year.'), []);
});

test('frequency words are sets, as adverbs and as adjectives ("a daily rally")', () => {
  assert.equal(timexOf('The reserve will be adjusted quarterly.', 'quarterly').value, 'P3M');
  assert.equal(timexOf('They meet weekly.', 'weekly').type, 'SET');
  assert.equal(timexOf('It has become a daily rally.', 'daily').value, 'P1D');
  // A newspaper called a daily is not a recurrence.
  assert.deepEqual(pairs('The Russian daily Kommersant reported it.'), []);
});

test('"that year", "later that day" point back at the last date the story named', () => {
  assert.deepEqual(pairs('He fled to Florida in June 2015 and returned later that year.'), [
    ['June 2015', '2015-06'],
    ['later that year', '2015'],
  ]);
  assert.equal(valueOf('The doctor was shot on Oct. 23, 2016. Earlier that day he had called the police.', 'Earlier that day'), '2016-10-23');
  assert.equal(valueOf('Talks opened in March 2017, and that month the rebels withdrew.', 'that month'), '2017-03');
  // With nothing to point at, "that day" is generic.
  assert.deepEqual(pairs('Traders lose money on trades made that day.'), []);
});

test('the business year named without its number', () => {
  assert.equal(valueOf('Sales for the full year rose.', 'the full year'), '2018');
  assert.equal(valueOf('It expects higher sales in the current fiscal year.', 'the current fiscal year'), '2018');
  const ended = timexOf('In the fiscal year ended Jan. 31, sales fell.', 'the fiscal year');
  assert.deepEqual([ended.type, ended.value], ['DURATION', 'P1Y']);
});

test('counts with a word between them and their unit, units made adjectives of length', () => {
  assert.equal(valueOf('He will stay for at least two more weeks.', 'at least two more weeks'), 'P2W');
  assert.equal(valueOf('Eight trading days later the index recovered.', 'Eight trading days'), 'P8D');
  assert.equal(valueOf('They left their third day-long meeting.', 'day-long'), 'P1D');
  assert.equal(valueOf('It ended a decades-long feud.', 'decades-long'), 'PXE');
});

test('a recent year before a noun', () => {
  assert.equal(valueOf('Keating lost his unsuccessful 1996 campaign.', '1996'), '1996');
  assert.deepEqual(pairs('He sold 1996 shares to 2000 people.'), []);
});

test('a deadline lies ahead: "by February"', () => {
  assert.equal(valueOf('The company paid down its loan and will finish by February.', 'February', '2018-10-30'), '2019-02');
  assert.equal(valueOf('The company paid down its loan in February.', 'February', '2018-10-30'), '2018-02');
});

test('"the following month" counts from the last date named, even without its day', () => {
  assert.equal(valueOf('The plan was approved in March 2016. The following month, it failed.', 'The following month'), '2016-04');
  assert.equal(valueOf('The plan was approved in 2016 and repealed the next year.', 'the next year'), '2017');
  // A counted offset ("a year earlier") counts from the document date or the story's last day.
  assert.equal(valueOf('Profit rose 5%, against a loss a year earlier.', 'a year earlier'), '2017');
});

test('extents as the TimeML corpora draw them', () => {
  assert.deepEqual(pairs('Net for the nine months rose. In fiscal 2017 it fell. The third-quarter loss widened.', '2018-11-02'), [
    ['the nine months', 'P9M'],
    ['fiscal 2017', '2017'],
    ['third-quarter', '2018-Q3'],
  ]);
});

test('a frequency word that classifies a payment or a figure is no set', () => {
  assert.deepEqual(pairs('The board raised its quarterly dividend and declared a quarterly cash dividend.'), []);
  assert.deepEqual(pairs('Average daily volume rose, and it paid an initial quarterly of five cents.'), []);
  assert.equal(valueOf('The reserve will be adjusted quarterly.', 'quarterly'), 'P3M');
  assert.equal(valueOf('Crowds gather daily outside the house.', 'daily'), 'P1D');
});

test('the time ahead named without a measure', () => {
  assert.equal(valueOf('We see challenges in the near term.', 'the near term'), 'FUTURE_REF');
  assert.equal(valueOf('Funds may sell in the weeks ahead.', 'the weeks ahead'), 'PXW');
  assert.equal(valueOf('It will raise the money at a later date.', 'a later date'), 'FUTURE_REF');
  assert.deepEqual(pairs('He took a short-term loan.'), []);
});

test('"today\'s youth", "the leaders of tomorrow": the present or coming age is no day', () => {
  assert.deepEqual(pairs("The strike matters to today's youth."), []);
  assert.deepEqual(pairs("Many of today's personal computers run it."), []);
  assert.deepEqual(pairs('"We are training the engineers of tomorrow," she said.'), []);
  assert.deepEqual(pairs("Tomorrow's young voters will decide."), []);
  // A day's own events keep their day.
  assert.deepEqual(pairs("Shares rose after today's vote."), [['today', '2018-07-20']]);
  assert.deepEqual(pairs("The talks at today's meeting of world leaders stalled."), [['today', '2018-07-20']]);
  assert.deepEqual(pairs("Participants in today's roundtable included leaders of unions."), [['today', '2018-07-20']]);
  assert.deepEqual(pairs('Jobs in the global economy of today need new skills.'), []);
  assert.deepEqual(pairs('The offer expires at the end of tomorrow.'), [['the end of tomorrow', '2018-07-21']]);
});

test('"the first nine months of the year": the stretch, and the year it belongs to', () => {
  assert.deepEqual(pairs('Revenue fell through the first nine months of the year.'), [['the first nine months', 'P9M'], ['the year', '2018']]);
  assert.deepEqual(pairs('Prices rose in the final weeks of the month.'), [['the month', '2018-07']]);
});

test('"most recently last October": the date is the time, "recently" only ranks it', () => {
  assert.deepEqual(pairs('Three clinics were bombed, most recently in March.'), [['March', '2018-03']]);
  assert.deepEqual(pairs('Attacks resumed, most recently on Monday.'), [['Monday', '2018-07-16']]);
  assert.deepEqual(pairs('He most recently served as envoy.'), [['recently', 'PAST_REF']]);
  assert.deepEqual(pairs('More recently it has tracked militias.'), [['recently', 'PAST_REF']]);
});
