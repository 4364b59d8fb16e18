/**
 * Choosing which occurrence a yearless date or a weekday means (deadlines, plans told in the past
 * perfect, future clauses about a day just past) and the periods a business story reports on, on
 * sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs, timexOf, valueOf } from './testing.js';

test('a deadline lies ahead unless the clause is told in the past perfect', () => {
  // Thursday 2018-07-19: the last Tuesday was the 17th, the next the 24th.
  assert.equal(valueOf('The regulator gave the bank until Tuesday to reply.', 'Tuesday', '2018-07-19'), '2018-07-24');
  assert.equal(valueOf('Most members had filed their reports by Tuesday.', 'Tuesday', '2018-07-19'), '2018-07-17');
  assert.equal(valueOf('Until Tuesday, the police had not named a suspect.', 'Tuesday', '2018-07-19'), '2018-07-17');
  assert.equal(valueOf('By Tuesday, the rebels withdrew from the town.', 'Tuesday', '2018-07-19'), '2018-07-17');
  // "through" too: credit extended through January is credit for the coming January.
  assert.equal(valueOf('The banks extended the credit line through January.', 'January', '2018-10-30'), '2019-01');
});

test('a plan told in the past perfect is a past one', () => {
  // Monday 2018-07-23: the Friday before was the 20th.
  assert.equal(valueOf('The offer had been due to expire Friday.', 'Friday', '2018-07-23'), '2018-07-20');
  assert.equal(valueOf('The vote had been scheduled for Friday.', 'Friday', '2018-07-23'), '2018-07-20');
  assert.equal(valueOf('The vote is scheduled for Friday.', 'Friday', '2018-07-23'), '2018-07-27');
});

test('what is planned lies ahead of the planning', () => {
  // Friday 2018-07-20: the Saturday before was the 14th, the next the 21st.
  assert.equal(valueOf('Protesters planned a large rally in the square on Saturday.', 'Saturday'), '2018-07-21');
  assert.equal(valueOf('Protesters held a large rally in the square on Saturday.', 'Saturday'), '2018-07-14');
});

test('a date with no tense of its own takes that of the date before it in its sentence', () => {
  // 2018-02-13: August 6 is nearer behind than ahead, but the flights "would" start from March 30.
  const text = 'It said two flights would leave on Mondays from March 30, with the third departing each Thursday from August 6.';
  assert.equal(valueOf(text, 'March 30', '2018-02-13'), '2018-03-30');
  assert.equal(valueOf(text, 'August 6', '2018-02-13'), '2018-08-06');
  assert.equal(valueOf('Flights ran from March 30, with the third departing each Thursday from August 6.', 'August 6', '2018-02-13'), '2017-08-06');
});

test('a scheduled event told in the present lies ahead', () => {
  // Friday 2018-07-20: the Monday before was the 16th, the next the 23rd.
  assert.equal(valueOf('The two leaders meet separately Monday with the envoy.', 'Monday'), '2018-07-23');
  assert.equal(valueOf('The council convenes on Monday to vote on the budget.', 'Monday'), '2018-07-23');
  assert.equal(valueOf('Parliament reopens in February.', 'February'), '2019-02');
  // A past tense, an infinitive or a noun is no such plan.
  assert.equal(valueOf('The two leaders met separately Monday with the envoy.', 'Monday'), '2018-07-16');
  assert.equal(valueOf('The envoy was sent to meet them Monday.', 'Monday'), '2018-07-16');
  assert.equal(valueOf('The final vote Monday went against the government.', 'Monday'), '2018-07-16');
  // A past cue nearer to the date than the verb wins.
  assert.equal(valueOf('Ministers meet often, and the last time they did so was Monday.', 'Monday'), '2018-07-16');
});

test('a date that opens its sentence takes the tense of the main verb, however far', () => {
  const text = 'In January, a week after the 25th anniversary of the landmark ruling on the practice across the nation, a bomb at a clinic in the city killed a guard.';
  assert.equal(valueOf(text, 'January', '2018-10-25'), '2018-01');
  // Untensed, the nearest January stays.
  assert.equal(valueOf('In January, the plan.', 'January', '2018-10-25'), '2019-01');
});

test('an "-ed" adjective after a determiner is no past tense', () => {
  assert.equal(valueOf('The bonus will be paid on a still unspecified date in January.', 'January', '2018-10-26'), '2019-01');
  assert.equal(valueOf('The bonus was paid in January.', 'January', '2018-10-26'), '2018-01');
});

test('in a future clause a day only just past wins over the one a year ahead', () => {
  assert.equal(valueOf('Donors would send aid to the towns hit by the Aug. 7 floods.', 'Aug. 7', '2018-08-18'), '2018-08-07');
  assert.equal(valueOf('The agency must deport the boy by Jan. 14.', 'Jan. 14', '2018-01-15'), '2018-01-14');
  // Still ahead when the next one is the closer.
  assert.equal(valueOf('The ministers will meet on Aug. 28.', 'Aug. 28', '2018-08-18'), '2018-08-28');
  assert.equal(valueOf('The fleet will double by August.', 'August', '2018-02-13'), '2018-08');
});

test('a weekday with a part of the day is a date that keeps the part; with a clock time a time', () => {
  const night = timexOf('The rally was held on Wednesday night.', 'Wednesday night');
  assert.deepEqual([night.type, night.value], ['DATE', '2018-07-18TNI']);
  const clock = timexOf('The deadline is 9 a.m. Tuesday.', '9 a.m. Tuesday');
  assert.equal(clock.type, 'TIME');
  // "last night" and "this morning" stay times.
  assert.equal(timexOf('Shots were fired last night.', 'last night').type, 'TIME');
});

test('"current" before a noun is the present, "then current" a past one', () => {
  assert.equal(valueOf('He entered his current position in April.', 'current'), 'PRESENT_REF');
  assert.equal(valueOf('Holders may buy shares at the then current price.', 'then current'), 'PAST_REF');
  assert.deepEqual(pairs('The current account deficit widened.'), []);
  assert.equal(valueOf('Sales will rise in the current fiscal year.', 'the current fiscal year'), '2018');
});

test('the quarter a business story reports on is the latest finished one it named', () => {
  const text = 'Third-quarter net rose 20% from a year ago. After a flat second quarter, results improved. Charges were taken in the year-earlier period.';
  assert.deepEqual(pairs(text, '2018-11-01'), [
    ['Third-quarter', '2018-Q3'],
    ['a year ago', '2017-Q3'],
    ['second quarter', '2018-Q2'],
    ['the year-earlier period', '2017-Q3'],
  ]);
  assert.equal(valueOf("Third-quarter net rose. U.K. sales for last year's quarter were $3 million.", "last year's quarter", '2018-11-01'), '2017-Q3');
  const nine = timexOf('Third-quarter net rose. Net for the year-earlier nine months included a gain.', 'the year-earlier nine months', '2018-11-01');
  assert.deepEqual([nine.type, nine.value], ['DURATION', 'P9M']);
});

test('halves named by their quarters or by "last"', () => {
  assert.deepEqual(pairs('The slump will last through the first two quarters of 2019 and hurt the last half of 2018.', '2018-10-26'), [
    ['the first two quarters of 2019', '2019-H1'],
    ['the last half of 2018', '2018-H2'],
  ]);
  // A half needs its year: "the last half of the game" is no time.
  assert.deepEqual(pairs('He scored in the last half of the game.'), []);
});

test('the tense of a long clause reaches the date at its end, and a plan named after a fronted day', () => {
  // "will" stands 70-odd characters before "December": the subject's verb phrase still sets the tense.
  assert.equal(valueOf('Colonel Rivers will be named commander of the orbital research platform for a mission in December.', 'December', '2018-03-04'), '2018-12');
  // Monday 2018-10-22: the next Tuesday is the 23rd; the plan is told after a long subject.
  assert.equal(valueOf('On Tuesday, the Northern Farmers and Agricultural Workers Federation plans to hold a rally.', 'Tuesday', '2018-10-22'), '2018-10-23');
  assert.equal(valueOf('On Tuesday, the Northern Farmers and Agricultural Workers Federation held a rally.', 'Tuesday', '2018-10-22'), '2018-10-16');
});
