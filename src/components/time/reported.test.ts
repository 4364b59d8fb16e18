/** The quarter a business story reports on, and what TimeML leaves out (ages, "previously"). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs, valueOf } from './testing.js';

const DATE = '2021-11-03';

test('a year back in a story about a quarter is that quarter a year back', () => {
  const text =
    'Acme said third-quarter profit rose 8% to $40 million. A year earlier it earned $37 million. ' +
    'Sales in the latest quarter were $1 billion, up from $0.9 billion in the year-ago quarter, and year-earlier costs were lower.';
  assert.deepEqual(pairs(text, DATE), [
    ['third-quarter', '2021-Q3'],
    ['A year earlier', '2020-Q3'],
    ['the latest quarter', '2021-Q3'],
    ['the year-ago quarter', '2020-Q3'],
    ['year-earlier', '2020-Q3'],
  ]);
  assert.equal(valueOf('Profit in the second quarter doubled. In the 2020 period it fell.', 'the 2020 period', DATE), '2020-Q2');
  assert.equal(valueOf('Profit in the second quarter doubled, against a loss in the quarter a year ago.', 'the quarter a year ago', DATE), '2020-Q2');
});

test('without a quarter named first, "a year ago" is a year and "the quarter" is not taken', () => {
  assert.deepEqual(pairs('A year ago he was mayor; the quarter of the city he ran was poor.', DATE), [['A year ago', '2020']]);
});

test('a quarter named by the month it ended in is the calendar quarter holding most of its months', () => {
  // November 2021: the quarter ended July 31 ran from May to July; the one ended Jan. 31, Nov. to Jan.
  assert.equal(valueOf('In the quarter ended July 31, Acme had 5.6 million shares out.', 'the quarter', DATE), '2021-Q2');
  assert.equal(valueOf('For the quarter ending Jan. 31, Acme lost money.', 'the quarter', DATE), '2020-Q4');
  assert.equal(valueOf('Profit for the quarter ended Sept. 30 rose.', 'the quarter', DATE), '2021-Q3');
});

test('ages and "previously" are not time expressions', () => {
  assert.deepEqual(pairs('A 44-year-old man, previously a teacher, spoke for two hours.', DATE), [['two hours', 'PT2H']]);
  assert.equal(valueOf('It was a two-day-long meeting.', 'two-day-long', DATE), 'P2D');
});

test('a quarter still under way is an outlook, not the quarter reported', () => {
  // Document date in the fourth quarter: the fourth quarter is not yet over.
  const text = 'Third-quarter profit fell. The company expects a better fourth quarter. Sales in the latest quarter were flat.';
  assert.equal(valueOf(text, 'the latest quarter', DATE), '2021-Q3');
  assert.equal(valueOf('Second-quarter profit fell from the corresponding period last year.', 'the corresponding period last year', DATE), '2020-Q2');
});

test('a fiscal quarter reported in the past tense is over, though the calendar quarter is not', () => {
  // November: the calendar's fourth quarter is under way, but a fiscal one has been reported.
  const text = 'Acme reported a 40% decline in fourth-quarter earnings. It earned $45 million, against $85 million a year earlier. Sales in the latest period were $1.7 billion.';
  assert.deepEqual(pairs(text, DATE), [
    ['fourth-quarter', '2021-Q4'],
    ['a year earlier', '2020-Q4'],
    ['the latest period', '2021-Q4'],
  ]);
  // Told as an outlook, the same quarter does not become the story's.
  assert.equal(valueOf('Acme expects fourth-quarter earnings to fall. Third-quarter profit rose against a year earlier.', 'a year earlier', DATE), '2020-Q3');
});

test('a period named by its year alone, once the story left its quarter, is that year', () => {
  const text = 'Third-quarter net rose. In the first nine months, net was $306 million, against a loss in the 1988 period.';
  assert.equal(valueOf(text, 'the 1988 period', DATE), '1988');
  // A quarter it stays when the story is on one.
  assert.equal(valueOf('Third-quarter net rose, against a loss in the 1988 period.', 'the 1988 period', DATE), '1988-Q3');
});

test("last year's figure in a story on a quarter's results is that quarter a year back", () => {
  const text = 'Third-quarter net rose to $24 million, compared with a loss of $3 million last year. Sales were $1.76 billion, up from last year\'s $1.55 billion.';
  assert.deepEqual(pairs(text, DATE), [
    ['Third-quarter', '2021-Q3'],
    ['last year', '2020-Q3'],
    ['last year', '2020-Q3'],
  ]);
  // A share, or a year told without a figure, stays the year.
  assert.equal(valueOf('Third-quarter net rose. Exports grew to 25% of sales from 20% last year.', 'last year', DATE), '2020');
  assert.equal(valueOf('Third-quarter net rose. Last year the company cut 300 jobs.', 'Last year', DATE), '2020');
  // Without a quarter, last year's figure is the year's.
  assert.equal(valueOf('Profit was $5 million, against $4 million last year.', 'last year', DATE), '2020');
});
