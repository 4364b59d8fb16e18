/** Days, weekdays, months, years: the calendar families, against a Friday document date (2018-07-20). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs, tag, timexOf, valueOf } from './testing.js';

test('a bare weekday in a past-tense story is the most recent such day', () => {
  assert.equal(valueOf('The envoy arrived in Tehran on Wednesday.', 'Wednesday'), '2018-07-18');
  assert.equal(valueOf('The newspaper reported Thursday that talks had stalled.', 'Thursday'), '2018-07-19');
  assert.equal(valueOf('The minister met reporters on Friday.', 'Friday'), '2018-07-20');
  assert.equal(valueOf('Officials said Monday that the border was closed.', 'Monday'), '2018-07-16');
});

test('a bare weekday in a future clause looks ahead', () => {
  assert.equal(valueOf('The council will vote on Tuesday.', 'Tuesday'), '2018-07-24');
  assert.equal(valueOf('The deal is scheduled to close Monday.', 'Monday'), '2018-07-23');
});

test('last / next / this weekday', () => {
  assert.equal(valueOf("He attended last Monday's summit in Helsinki.", 'last Monday'), '2018-07-16');
  assert.equal(valueOf('They met last Friday.', 'last Friday'), '2018-07-13');
  assert.equal(valueOf('They meet next Monday.', 'next Monday'), '2018-07-23');
});

test('weekday with a date is one timex, and the weekday picks the year', () => {
  const t = timexOf('The council said Thursday, July 19, that it would act.', 'Thursday, July 19');
  assert.equal(t.value, '2018-07-19');
  assert.equal(t.type, 'DATE');
  assert.equal(tag('The council said Thursday, July 19, that it would act.').length, 1);
  assert.equal(valueOf('It happened on Wednesday, July 19.', 'Wednesday, July 19'), '2017-07-19');
});

test('month and day without a year take the document year, or the nearest one', () => {
  assert.equal(valueOf('The Algemeiner reported July 18.', 'July 18'), '2018-07-18');
  assert.equal(valueOf('The offer expires Aug. 3.', 'Aug. 3'), '2018-08-03');
  assert.equal(valueOf('The summit was held on December 5.', 'December 5'), '2017-12-05');
  assert.equal(valueOf('He was born on 5 June 1971.', '5 June 1971'), '1971-06-05');
  assert.equal(valueOf('Filed 2018-07-02 in court.', '2018-07-02'), '2018-07-02');
  assert.equal(valueOf('Due on 7/20/2018.', '7/20/2018'), '2018-07-20');
});

test('a yearless date right after a full date of the same story takes its year', () => {
  assert.deepEqual(pairs('The army moved on November 15, 2017. He resigned on November 21.'), [
    ['November 15, 2017', '2017-11-15'],
    ['November 21', '2017-11-21'],
  ]);
});

test('months: last April, in March, this September, July last year', () => {
  assert.equal(valueOf('Last April, the ambassador told the council.', 'Last April'), '2018-04');
  assert.equal(valueOf('Prices rose in March.', 'March'), '2018-03');
  assert.equal(valueOf('The vote is due this September.', 'this September'), '2018-09');
  assert.equal(valueOf('In July last year the talks collapsed.', 'July last year'), '2017-07');
  assert.equal(valueOf('The crash happened last June.', 'last June'), '2017-06');
  assert.equal(valueOf('It opened in July 2015.', 'July 2015'), '2015-07');
  assert.equal(valueOf('They left in mid-June.', 'mid-June'), '2018-06');
  assert.equal(timexOf('They left in mid-June.', 'mid-June').mod, 'MID');
});

test('years: with a preposition or naming an event, never a bare count', () => {
  assert.equal(valueOf('The war began in 2015.', '2015'), '2015');
  assert.equal(valueOf('Since 1990 the party has ruled.', '1990'), '1990');
  assert.equal(valueOf('After the 2016 election, protests spread.', '2016'), '2016');
  assert.equal(valueOf('Growth slowed in early 2017.', 'early 2017'), '2017');
  assert.equal(timexOf('Growth slowed in early 2017.', 'early 2017').mod, 'START');
  assert.equal(valueOf('The group fell apart in mid-1996.', 'mid-1996'), '1996');
  assert.deepEqual(pairs('The report covers 2015-2016.'), [['2015', '2015'], ['2016', '2016']]);
  assert.deepEqual(pairs('They counted 2000 people and 1500 troops.'), []);
});

test('relative days: today, yesterday, tomorrow, tonight, last night', () => {
  assert.deepEqual(pairs('He died today after being stabbed last night; a vigil is planned for tomorrow, and yesterday was calm. Crowds gather tonight.'), [
    ['today', '2018-07-20'],
    ['last night', '2018-07-19TNI'],
    ['tomorrow', '2018-07-21'],
    ['yesterday', '2018-07-19'],
    ['tonight', '2018-07-20TNI'],
  ]);
  assert.equal(timexOf('A fire yesterday afternoon killed five.', 'yesterday afternoon').type, 'TIME');
  assert.equal(valueOf('A fire yesterday afternoon killed five.', 'yesterday afternoon'), '2018-07-19TAF');
  assert.equal(valueOf('The attack came on Monday night.', 'Monday night'), '2018-07-16TNI');
});

test('weeks and weekends', () => {
  assert.equal(valueOf('Velayati said last week that Iran was ready.', 'last week'), '2018-W28');
  assert.equal(valueOf('Talks resume this week.', 'this week'), '2018-W29');
  assert.equal(valueOf('Talks resume next week.', 'next week'), '2018-W30');
  // TimeML leaves "earlier" outside the extent.
  assert.equal(valueOf('Talks were held earlier this week.', 'this week'), '2018-W29');
  assert.equal(valueOf('Protests spread over the weekend.', 'the weekend'), '2018-W28-WE');
  assert.equal(valueOf('Protests are planned this weekend.', 'this weekend'), '2018-W29-WE');
});

test('months, years, decades and centuries relative to the document', () => {
  assert.equal(valueOf('Elections are due next month.', 'next month'), '2018-08');
  assert.equal(valueOf('Sales fell last year.', 'last year'), '2017');
  assert.equal(valueOf('Sales rose this year.', 'this year'), '2018');
  assert.equal(valueOf('Debt must be cut by the end of the year.', 'the end of the year'), '2018');
  assert.equal(timexOf('Debt must be cut by the end of the year.', 'the end of the year').mod, 'END');
  assert.equal(valueOf('Unrest grew in the last decade.', 'the last decade'), '200');
});

test('seasons keep their granularity and prefer the past', () => {
  assert.equal(valueOf('Fighting resumed last summer.', 'last summer'), '2017-SU');
  assert.equal(valueOf('Fighting resumed last spring.', 'last spring'), '2018-SP');
  assert.equal(valueOf('The law passed in the summer of 2016.', 'the summer of 2016'), '2016-SU');
  assert.equal(valueOf('A vote is expected this autumn.', 'this autumn'), '2018-FA');
  // Winter takes the year of its January: the one that ended in February 2018.
  assert.equal(valueOf('Snow fell last winter.', 'last winter'), '2018-WI');
});

test('quarters and halves', () => {
  assert.equal(valueOf('Profit rose in the first quarter of 2018.', 'the first quarter of 2018'), '2018-Q1');
  assert.equal(valueOf('Profit rose in Q3 2017.', 'Q3 2017'), '2017-Q3');
  assert.equal(valueOf('Profit rose in the second quarter.', 'the second quarter'), '2018-Q2');
  assert.equal(valueOf('Profit rose last quarter.', 'last quarter'), '2018-Q2');
  assert.equal(valueOf('Third-quarter profit rose.', 'Third-quarter'), '2018-Q3');
  assert.equal(valueOf('Output fell in the first half of 2017.', 'the first half of 2017'), '2017-H1');
  assert.deepEqual(pairs('Iraq imports about three-quarters of its food; the first half of the game was dull.'), []);
});

test('decades and centuries', () => {
  assert.equal(valueOf('Inflation soared in the 1990s.', 'the 1990s'), '199');
  assert.equal(valueOf("Music from the '80s played.", "the '80s"), '198');
  assert.equal(valueOf('Growth returned in the early 2000s.', 'the early 2000s'), '200');
  assert.equal(timexOf('Growth returned in the early 2000s.', 'the early 2000s').mod, 'START');
  assert.equal(valueOf('He served in the seventies.', 'the seventies'), '197');
  assert.equal(valueOf('The worst war of the 20th century.', 'the 20th century'), '19');
});

test('holidays resolve like days of the year', () => {
  assert.equal(valueOf('He was rescued on Thanksgiving Day.', 'Thanksgiving Day'), '2017-11-23');
  assert.equal(valueOf('Shops closed on Christmas Eve 2016.', 'Christmas Eve 2016'), '2016-12-24');
  assert.equal(valueOf('Pilgrims arrived last Easter.', 'last Easter'), '2018-04-01');
  assert.deepEqual(pairs('He flew to Christmas Island.'), []);
});

test('the season of a year, its year in digits or in words, with its article', () => {
  assert.deepEqual(pairs('Oil fell back to the level of the winter of nineteen ninety-four.', '2018-02-23'), [['the winter of nineteen ninety-four', '1994-WI']]);
  assert.deepEqual(pairs('The dam was finished in the summer of 2009.', '2018-02-23'), [['the summer of 2009', '2009-SU']]);
});

test('the second day of "April 24 and 25" shares the month of the first', () => {
  assert.deepEqual(pairs('The summit will be held on April 24 and 25.', '2018-02-10'), [
    ['April 24', '2018-04-24'],
    ['25', '2018-04-25'],
  ]);
  // A count after "and" is no day.
  assert.deepEqual(pairs('On May 3 and 40 people were hurt.', '2018-07-20'), [['May 3', '2018-05-03']]);
});

test('a year in the middle of a list of years', () => {
  assert.deepEqual(pairs('Doctors were shot in 1994, 1995 and 1997.'), [['1994', '1994'], ['1995', '1995'], ['1997', '1997']]);
  assert.deepEqual(pairs('The hall has 1,200, 1995 and 300 seats.'), []);
});

test('"the eighth day of" after a copula: the document date in the present, the story\'s last day in the past', () => {
  assert.equal(valueOf('Today is the eighth day of the operation.', 'the eighth day'), '2018-07-20');
  assert.equal(valueOf("It's the second day of an offensive.", 'the second day'), '2018-07-20');
  assert.equal(valueOf('The army arrived on July 2. It was the 3rd day of the siege.', 'the 3rd day'), '2018-07-02');
  // Without the copula the day is not placed: "on the second day of the trial" is left alone.
  assert.deepEqual(pairs('He testified on the second day of the trial.'), []);
});
