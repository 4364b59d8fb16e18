/** Durations, offsets, clock times, recurrences and vague references. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs, timexOf, valueOf } from './testing.js';

test('durations with numbers in words and digits', () => {
  const t = timexOf('The two allies have worked together over the past five years.', 'the past five years');
  assert.equal(t.type, 'DURATION');
  assert.equal(t.value, 'P5Y');
  assert.equal(valueOf('The siege lasted three days.', 'three days'), 'P3D');
  assert.equal(valueOf('He waited two weeks.', 'two weeks'), 'P2W');
  assert.equal(valueOf('It will take 24 hours.', '24 hours'), 'PT24H');
  assert.equal(valueOf('A five-year plan was adopted.', 'five-year'), 'P5Y');
  assert.equal(valueOf('They lived in camps for 2 1/2 years.', '2 1/2 years'), 'P2Y6M');
  assert.equal(valueOf('The call lasted half an hour.', 'half an hour'), 'PT30M');
  assert.equal(valueOf('Repairs take several weeks.', 'several weeks'), 'PXW');
  assert.equal(valueOf('The region was ruled from Moscow for centuries.', 'centuries'), 'PXC');
  assert.equal(valueOf('It was the lowest for two decades.', 'two decades'), 'P20Y');
  assert.equal(valueOf('Over the last 27 years it raised money.', 'the last 27 years'), 'P27Y');
});

test('modifiers on durations', () => {
  const t = timexOf('In the meeting, which took more than two hours, they agreed.', 'more than two hours');
  assert.equal(t.value, 'PT2H');
  assert.equal(t.mod, 'MORE_THAN');
  // "about" stays outside the extent (as in the TimeML corpora); the modifier says it.
  assert.equal(timexOf('He spoke for about ten minutes.', 'ten minutes').mod, 'APPROX');
  assert.equal(timexOf('They stayed at least 30 days.', 'at least 30 days').mod, 'EQUAL_OR_MORE');
  assert.equal(timexOf('The talks took nearly a year.', 'nearly a year').mod, 'LESS_THAN');
});

test('offsets from the document date: "ago"', () => {
  assert.equal(valueOf('The ship sank three days ago.', 'three days ago'), '2018-07-17');
  assert.equal(valueOf('The law passed two years ago.', 'two years ago'), '2016');
  assert.equal(valueOf('He resigned a month ago.', 'a month ago'), '2018-06');
  assert.equal(valueOf('He resigned two weeks ago.', 'two weeks ago'), '2018-W27');
  assert.equal(valueOf('It was built years ago.', 'years ago'), 'PAST_REF');
});

test('"a week before <event>" counts from the date the story gave that event, else it is a duration', () => {
  const seedLike = pairs('The envoy arrived in Tehran on Wednesday. He had visited Jerusalem a week before arriving in Tehran.');
  assert.deepEqual(seedLike, [
    ['Wednesday', '2018-07-18'],
    ['a week before', '2018-W28'],
  ]);
  assert.match(timexOf('The envoy arrived in Tehran on Wednesday. He had visited Jerusalem a week before arriving in Tehran.', 'a week before').rule, /\/event$/);
  // The event was never dated: TimeML annotates the stretch of time alone.
  const alone = timexOf('He had visited Jerusalem a week before arriving in Tehran.', 'a week');
  assert.equal(alone.type, 'DURATION');
  assert.equal(alone.value, 'P1W');
  assert.equal(valueOf('The vote came on March 3, 2015. Two days after the vote he resigned.', 'Two days after'), '2015-03-05');
  assert.equal(valueOf('He resigned 90 days after their meeting.', '90 days'), 'P90D');
  // "later" and "for … before" measure a stretch.
  assert.equal(valueOf('He was arrested on March 3, 2015. Two days later he was released.', 'Two days'), 'P2D');
  assert.equal(valueOf('He served for five years before joining the cabinet.', 'five years'), 'P5Y');
  // "the next day" still counts from the last date of the narrative.
  assert.equal(valueOf('He was arrested on March 3, 2015 and freed the next day.', 'the next day'), '2015-03-04');
});

test('clock times take the day they are written with, else the document date', () => {
  const t = timexOf('The rally starts at 3 p.m.', '3 p.m.');
  assert.equal(t.type, 'TIME');
  assert.equal(t.value, '2018-07-20T15:00');
  assert.equal(valueOf('The court sits at 10:30 a.m. on Tuesday.', '10:30 a.m. on Tuesday'), '2018-07-17T10:30');
  assert.equal(valueOf('The blast came yesterday at 9 a.m.', 'yesterday at 9 a.m.'), '2018-07-19T09:00');
  assert.equal(valueOf('Polls close at noon.', 'noon'), '2018-07-20T12:00');
  assert.equal(valueOf('The attack began at 17:00 GMT.', '17:00 GMT'), '2018-07-20T17:00');
  assert.equal(valueOf('He arrived this morning.', 'this morning'), '2018-07-20TMO');
});

test('recurrences are SETs', () => {
  const t = timexOf('The committee meets every week.', 'every week');
  assert.equal(t.type, 'SET');
  assert.equal(t.value, 'P1W');
  assert.equal(valueOf('Protesters gather daily outside the home.', 'daily'), 'P1D');
  assert.equal(valueOf('Elections are held every four years.', 'every four years'), 'P4Y');
  assert.equal(valueOf('Inspectors visit twice a month.', 'twice a month'), 'P1M');
  assert.equal(valueOf('He prays every Monday.', 'every Monday'), 'XXXX-WXX-1');
  assert.equal(valueOf('The market opens on Sundays.', 'Sundays'), 'XXXX-WXX-7');
  assert.equal(valueOf('They march each July.', 'each July'), 'XXXX-07');
});

test('vague references', () => {
  assert.equal(valueOf('The government is now divided.', 'now'), 'PRESENT_REF');
  assert.equal(valueOf('Troops are currently deployed.', 'currently'), 'PRESENT_REF');
  assert.equal(valueOf('He recently visited Moscow.', 'recently'), 'PAST_REF');
  assert.equal(valueOf('Such raids happened in the past.', 'the past'), 'PAST_REF');
  assert.equal(valueOf('More talks may follow in the future.', 'the future'), 'FUTURE_REF');
  assert.equal(valueOf('A deal is expected in the near future.', 'the near future'), 'FUTURE_REF');
  assert.equal(valueOf('Tourism has grown in recent years.', 'recent years'), 'PAST_REF');
  assert.equal(valueOf('More arrests may come in the coming weeks.', 'the coming weeks'), 'FUTURE_REF');
  assert.equal(valueOf('Results will come soon.', 'soon'), 'FUTURE_REF');
  assert.equal(valueOf('At present, no talks are planned.', 'At present'), 'PRESENT_REF');
  assert.deepEqual(pairs('He left as soon as he could.'), []);
});

test('"Now," at the head of a sentence turns to the next point; "now" in the clause is the present', () => {
  assert.deepEqual(pairs('The plan failed in May. Now, he says, the rebels want more.'), [['May', '2018-05']]);
  assert.deepEqual(pairs('"It was a good plan." Now, following the sale, the firm is smaller.'), []);
  assert.equal(valueOf('Now the court has ruled against him.', 'Now'), 'PRESENT_REF');
  assert.equal(valueOf('For now, the embassy stays closed.', 'now'), 'PRESENT_REF');
  assert.equal(valueOf('It is back to its old schedule now, the airline said.', 'now'), 'PRESENT_REF');
});

test('"soon" told of the past narrates, it does not point ahead of the document', () => {
  assert.deepEqual(pairs('He was taken to a hospital. He was soon released.'), []);
  assert.deepEqual(pairs('A trickle of cash soon became a flood.'), []);
  assert.deepEqual(pairs('The rebels soon retreated.'), []);
  assert.equal(valueOf('The company soon will begin selling the boxes.', 'soon'), 'FUTURE_REF');
  assert.equal(valueOf('Prosecutors may soon seek an indictment.', 'soon'), 'FUTURE_REF');
});

test('a weekday with a plural part of the day is a set, and so is the day listed before it', () => {
  assert.deepEqual(pairs('The ferries sail on Friday nights.'), [['Friday nights', 'XXXX-WXX-5TNI']]);
  assert.deepEqual(pairs('Buses leave on Monday and Wednesday mornings.'), [
    ['Monday', 'XXXX-WXX-1TMO'],
    ['Wednesday mornings', 'XXXX-WXX-3TMO'],
  ]);
  // One night is one date.
  assert.equal(valueOf('He came Monday and left Tuesday night.', 'Tuesday night'), '2018-07-17TNI');
});

test('"in <count> <units>" in a clause about the future is the point that far ahead; elsewhere a stretch', () => {
  assert.equal(valueOf('The notes will be redeemed in five years.', 'five years'), '2023');
  assert.equal(timexOf('The notes will be redeemed in five years.', 'five years').type, 'DATE');
  assert.equal(valueOf('The plant is expected to reopen in two weeks.', 'two weeks'), '2018-W31');
  assert.equal(valueOf('The deal would close in 30 days.', '30 days'), '2018-08-19');
  assert.equal(valueOf('Talks will resume in a few weeks.', 'a few weeks'), 'FUTURE_REF');
  // Told in the past, or a record over a stretch, or "within": the stretch of time.
  assert.equal(valueOf('She wrote her second letter in two weeks on Monday.', 'two weeks'), 'P2W');
  assert.equal(valueOf('It will be the biggest rise in five years.', 'five years'), 'P5Y');
  assert.equal(valueOf('The panel will finish its work within a year.', 'a year'), 'P1Y');
});

test('"over the years", "in the early years": a stretch of unknown length, unless counted from an event', () => {
  assert.equal(valueOf('Over the years the town has grown.', 'the years'), 'PXY');
  assert.equal(valueOf('Few lives were saved in the early years of the scheme.', 'the early years'), 'PXY');
  assert.equal(valueOf('In the months that followed, prices rose.', 'the months'), 'PXM');
  assert.equal(valueOf('Prisoners were taken in the first hours of the ground war.', 'the first hours'), 'PTXH');
  assert.deepEqual(pairs('His car was seen in the weeks before the shooting.'), []);
  assert.deepEqual(pairs('He was arrested in the early hours of Thursday morning.'), [['Thursday morning', '2018-07-19TMO']]);
});

test('a count before its unit made an adjective, without the article of the noun', () => {
  assert.deepEqual(pairs('Crowds gathered for the two day rally.'), [['two day', 'P2D']]);
  assert.deepEqual(pairs('It ended the eight-year war.'), [['eight-year', 'P8Y']]);
});

test('quarters and seasons named in the plural recur every year, each ordinal its own set', () => {
  assert.deepEqual(pairs('Most auctions are held in the second and fourth quarters.'), [
    ['second', 'XXXX-Q2'],
    ['fourth quarters', 'XXXX-Q4'],
  ]);
  assert.equal(timexOf('Fourth quarters are always strong.', 'Fourth quarters').type, 'SET');
  // Seasons in the plural too, with their count; "springs" and "falls" only counted.
  assert.deepEqual(pairs('Marchers have clashed with police for the past three summers.'), [['the past three summers', 'XXXX-SU']]);
  assert.deepEqual(pairs('The town empties in summers.'), [['summers', 'XXXX-SU']]);
  assert.deepEqual(pairs('The hot springs draw visitors.'), []);
  // A half named by its quarters stays a date.
  assert.equal(valueOf('The first two quarters of 1990 were weak.', 'The first two quarters of 1990'), '1990-H1');
});

test('a frequency adverb after a figure is a rate, like "$2 million a year"', () => {
  assert.deepEqual(pairs('Revenue should grow 20% annually.'), []);
  assert.deepEqual(pairs('The plant would produce about 10,000 units annually.'), []);
  assert.deepEqual(pairs('The rallies are held here annually.'), [['annually', 'P1Y']]);
});

test('quarters of something: a fraction after a number, a period after a vague count or a qualifier', () => {
  assert.deepEqual(pairs('The firm turned a profit after several quarters of losses.'), [['several quarters', 'PXQ']]);
  assert.deepEqual(pairs('It shrank after two straight quarters of decline.'), [['two straight quarters', 'P2Q']]);
  assert.deepEqual(pairs('He won three quarters of the vote.'), []);
  assert.deepEqual(pairs('A quarter of the voters stayed home.'), []);
});

test('"the quarter-to-quarter comparison" is a compound adjective, not the quarter reported on', () => {
  assert.deepEqual(pairs('Third-quarter net rose 5%. The quarter-to-quarter comparison was helped by a gain.', '1989-10-30'), [['Third-quarter', '1989-Q3']]);
  assert.deepEqual(pairs('Third-quarter net rose 5%. The period-over-period change was small.', '1989-10-30'), [['Third-quarter', '1989-Q3']]);
  assert.deepEqual(pairs('Third-quarter net rose 5%. The quarter was strong.', '1989-10-30'), [['Third-quarter', '1989-Q3'], ['The quarter', '1989-Q3']]);
});
