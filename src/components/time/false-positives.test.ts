/** Words that look like dates in news text but are not. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs, tag } from './testing.js';

const NOT_DATES = [
  'The minister may resign, and the unions may strike.',
  'Thousands will March on the capital.',
  'Theresa May met Trump and May said little.',
  'The Sun reported that Sat Nav sales rose.',
  'There were up to 80,000 troops and 1,200 militia fighters in Syria.',
  'The second round of talks opened; a second term is likely.',
  'The bill needs a 3/4 majority and 24/7 monitoring.',
  'The team scored at 8 and led 10:30 in the ratings table.',
  'The fall in prices hurt farmers after the fall of Berlin.',
  'She skied in the Winter Olympics during the Arab Spring.',
  'He spoke to USA Today and CBS\'s "60 Minutes" and ABC\'s "This Week".',
  'The Great Orchestra of Christmas Charity raised funds on Christmas Island.',
  'Iranian news outlets cited an interview published in Russian daily Kommersant.',
  'The daily reported that 500 people died; the 1500 soldiers left.',
  'Four flights a week and $1.76 a year in dividends.',
  'A 3-2 vote, a 10-4 win, and Resolution 2254 passed.',
];

for (const sentence of NOT_DATES) {
  test(`no timex in: ${sentence}`, () => {
    assert.deepEqual(pairs(sentence), []);
  });
}

test('the verb "may" and a month May in one sentence', () => {
  assert.deepEqual(pairs('Talks may resume in May.'), [['May', '2018-05']]);
});

test('timexes never overlap and come sorted', () => {
  const found = tag('On Thursday, July 19, at 3 p.m., after more than two hours and a week before the vote, last week, in 2015.');
  for (let i = 1; i < found.length; i++) assert.ok(found[i - 1]!.end <= found[i]!.start, `${found[i - 1]!.text} / ${found[i]!.text}`);
});
