/** Without a document date nothing relative is guessed: values are underspecified (X) and anchored 'unknown'. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tag, timexOf } from './testing.js';

const SAMPLE =
  'The envoy arrived on Wednesday, and last week the minister spoke. Last April the talks failed; ' +
  'the Algemeiner reported July 18. Yesterday the meeting took more than two hours. It has been this way for the past five years.';

test('relative expressions get X values and the unknown anchor', () => {
  const byText = Object.fromEntries(tag(SAMPLE, null).map((t) => [t.text, t]));
  assert.equal(byText['Wednesday']!.value, 'XXXX-WXX-3');
  assert.equal(byText['last week']!.value, 'XXXX-WXX');
  assert.equal(byText['Last April']!.value, 'XXXX-04');
  assert.equal(byText['July 18']!.value, 'XXXX-07-18');
  assert.equal(byText['Yesterday']!.value, 'XXXX-XX-XX');
  for (const k of ['Wednesday', 'last week', 'Last April', 'July 18', 'Yesterday']) assert.equal(byText[k]!.anchor, 'unknown', k);
});

test('durations, sets and vague references need no anchor', () => {
  const byText = Object.fromEntries(tag(SAMPLE + ' Now it meets every week.', null).map((t) => [t.text, t]));
  assert.equal(byText['more than two hours']!.value, 'PT2H');
  assert.equal(byText['the past five years']!.value, 'P5Y');
  assert.equal(byText['Now']!.value, 'PRESENT_REF');
  assert.equal(byText['every week']!.value, 'P1W');
  assert.equal(byText['more than two hours']!.anchor, 'absolute');
});

test('explicit dates stay absolute, and narrative offsets count from them', () => {
  const text = 'The treaty was signed on July 11, 2018. A week after signing it they ratified it, and three days ago it took effect.';
  const signed = timexOf(text, 'July 11, 2018', null);
  assert.equal(signed.value, '2018-07-11');
  assert.equal(signed.anchor, 'absolute');
  const later = timexOf(text, 'A week after', null);
  assert.equal(later.value, '2018-W29');
  assert.equal(later.anchor, 'absolute');
  const ago = timexOf(text, 'three days ago', null);
  assert.equal(ago.value, 'XXXX-XX-XX');
  assert.equal(ago.anchor, 'unknown');
});

test('a malformed document date is treated as unknown, never guessed', () => {
  assert.equal(timexOf('They met on Wednesday.', 'Wednesday', 'sometime in July').value, 'XXXX-WXX-3');
});
