/**
 * Durations: "three days", "the past five years", "more than two hours", "a five-year plan",
 * "for years", "half an hour". Values are TIMEX3 periods (P3D, P5Y, PT2H, PXY); they need no
 * anchor. Found from the unit word, looking back for its count.
 */
import type { Candidate, RelativeUnit } from './spec.js';
import type { Hit } from './cue-words.js';
import { isSpaceCode } from './scan.js';
import { UNITS, type Unit } from './model/lexicon.js';
import { AMOUNT_SOURCE, parseAmount } from './model/numbers.js';
import { endsWithAmount, endsWithWord, isTitleCased, matchAt, matchBefore, spaceThen, wordAfter, wordBefore, type After, type Before } from './text-context.js';

const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);

export const DURATION_CUES: readonly string[] = Object.keys(UNITS);

/** "[the past|the first …] <amount>" right before the unit, hyphen allowed ("24-hour"). */
/** Words between a count and its unit: "two more weeks", "eight trading days". */
const COUNT_QUALIFIERS = ['more', 'additional', 'further', 'extra', 'trading', 'business', 'working', 'calendar', 'straight', 'consecutive'];
const COUNT_AMOUNT = endsWithAmount(/$/, true);
const COUNT_BEFORE: Before = {
  re: new RegExp(`(?:\\b(the\\s+(?:past|last|next|first|coming|final|initial|latest)\\s+)|\\bthe\\s+)?\\b(${AMOUNT_SOURCE})[\\s-]+(?:(?:${COUNT_QUALIFIERS.join('|')})\\s+)?$`, 'i'),
  hyphens: true,
  lastWord: (word, last) => COUNT_QUALIFIERS.includes(word) || COUNT_AMOUNT.lastWord(word, last),
};
/** "the past year", "the last decade": one unit ending now. */
const THE_PAST_BEFORE = endsWithWord(/\bthe\s+(?:past|last)\s+$/i, ['past', 'last']);
/** "for years", "within weeks": an unknown amount. */
const PREPOSITION_BEFORE = endsWithWord(/\b(?:for|within|in|after|over)\s+$/i, ['for', 'within', 'in', 'after', 'over']);
const HALF_BEFORE = endsWithWord(/\bhalf\s+an?\s+$/i, ['a', 'an']);
/** "over the years", "in the early years", "in the years that followed": a stretch of unknown length. */
const THE_PLURAL_BEFORE = endsWithWord(/\b(?:over|in|through|throughout|during)\s+(the\s+(?:(?:early|first|following|intervening|ensuing)\s+)?)$/i, ['the', 'early', 'first', 'following', 'intervening', 'ensuing']);
/**
 * "in the weeks before the shooting", "the early hours of Thursday morning": counted from an
 * event or part of a day named next, not a stretch alone ("the first hours of the war" is one).
 */
const EVENT_AFTER = spaceThen(/\s+(?:before|after|leading|prior|of\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec))\b/iy, 'balpo');

const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'can', 'should', 'shall', 'must']);

const AND_A_HALF = spaceThen(/\s+and\s+a\s+half\b/iy, 'a');
/** "a 30-day-long", "decades-long": the hyphenated tail is part of the expression. */
const HYPHEN_TAIL_AFTER: After = { re: /-long\b/iy, starts: (text, offset) => text.charCodeAt(offset) === 45 };
/** "a 44-year-old", "52 years old": an age, which TimeML does not annotate as a time expression. */
const AGE_TAIL_AFTER: After = { re: /(?:-|\s+)old\b/iy, starts: (text, offset) => text.charCodeAt(offset) === 45 || isSpaceCode(text.charCodeAt(offset)) };
/** "three-quarters of", "a quarter of the vote": fractions, not periods. */
const OF_AFTER = spaceThen(/\s+of\b/iy, 'o');
/** "four flights a week", "$1.76 a year": a rate, not a stretch of time. */
const RATE_BEFORE = /(?:\d|%|\b[a-z]{3,}s|\b(?:million|billion|trillion|thousand|hundred|dozen|cents?))\s+an?\s+$/i;

const DESIGNATOR: Readonly<Record<Unit, [string, boolean]>> = {
  second: ['S', true], minute: ['M', true], hour: ['H', true], day: ['D', false], week: ['W', false],
  fortnight: ['W', false], month: ['M', false], quarter: ['Q', false], year: ['Y', false],
  // TimeBank's letters for the units ISO 8601 lacks: E decade, C century ("for centuries" → PXC).
  decade: ['E', false], century: ['C', false],
};

/** Units that have no ISO-8601 letter are counted in a smaller one ("two decades" → P20Y). */
const IN_SMALLER_UNIT: Partial<Record<Unit, [Unit, number]>> = { fortnight: ['week', 2], decade: ['year', 10], century: ['year', 100] };

/** Where the fraction of a unit goes ("2 1/2 years" → P2Y6M, "a minute and a half" → PT1M30S). */
const FRACTION_UNIT: Partial<Record<Unit, [Unit, number]>> = {
  minute: ['second', 60], hour: ['minute', 60], day: ['hour', 24], week: ['day', 7], month: ['day', 30], year: ['month', 12],
};

/** The TIMEX3 period for an amount of a unit; null amount → X ("several weeks" → PXW). */
export function periodValue(amount: number | null, unit: Unit): string {
  const smaller = IN_SMALLER_UNIT[unit];
  if (smaller) return amount === null ? `PX${DESIGNATOR[unit][0]}` : periodValue(amount * smaller[1], smaller[0]);
  const [letter, isTime] = DESIGNATOR[unit];
  if (amount === null) return `P${isTime ? 'T' : ''}X${letter}`;
  const whole = Math.floor(amount);
  const fraction = FRACTION_UNIT[unit];
  if (amount === whole || !fraction || !Number.isInteger((amount - whole) * fraction[1])) return `P${isTime ? 'T' : ''}${amount}${letter}`;
  const rest = (amount - whole) * fraction[1];
  const [restLetter, restIsTime] = DESIGNATOR[fraction[0]];
  const head = whole > 0 ? `${whole}${letter}` : '';
  // The T that starts the time part goes once, before the first time unit.
  return `P${isTime ? 'T' : ''}${head}${restIsTime && !isTime ? 'T' : ''}${rest}${restLetter}`;
}

/** Units whose count after "in" may name a point ahead: "in two weeks", "in five years". */
const POINT_UNITS = new Set<Unit>(['day', 'week', 'month', 'year', 'decade']);
/** Before "in", words that make the count a stretch looked back over: "the first rise in five years". */
const RECORD_BEFORE = /\b(?:first|only|last|[a-z]{2,}est)\b[^.,;]{0,40}$/i;

/** "in five years" (not "within", not "the biggest gain in five years"). */
function isPointAhead(text: string, start: number): boolean {
  if (wordBefore(text, start) !== 'in') return false;
  const at = text.lastIndexOf('in', start);
  return !RECORD_BEFORE.test(text.slice(Math.max(0, at - 48), at));
}

export function detectDurations(text: string, hits: readonly Hit[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, amount: number | null, unit: Unit, rule: string): void => {
    out.push({ start, end, spec: { kind: 'fixed', type: 'DURATION', value: periodValue(amount, unit) }, rule });
  };
  for (const hit of hits) {
    const unit = UNITS[hit.word];
    if (!unit) continue;
    // "60 Minutes", "This Week": a unit capitalized inside a sentence is a title.
    if (isTitleCased(text, hit.start)) continue;
    if (matchAt(text, hit.end, AGE_TAIL_AFTER)) continue;
    const tail = matchAt(text, hit.end, HYPHEN_TAIL_AFTER);
    if (!tail && text.charCodeAt(hit.end) === 45) continue;
    const plural = hit.word.endsWith('s') || hit.word === 'centuries';
    const end0 = hit.end + (tail ? tail[0].length : 0);

    let counted = matchBefore(text, hit.start, COUNT_BEFORE);
    // "three quarters of the vote" is a fraction; "several quarters of losses", "two straight
    // quarters of growth" are periods: a vague count or a qualifier makes no fraction.
    if (unit === 'quarter' && matchAt(text, hit.end, OF_AFTER) && !(counted && (parseAmount(counted.m[2]!) === null || /\s(?:straight|consecutive)\s+$/i.test(counted.m[0])))) continue;
    // "a decades-long feud": the article belongs to the noun, not to the plural unit.
    if (counted && plural && /^an?$/i.test(counted.m[2]!)) counted = null;
    if (counted) {
      const amountText = counted.m[2]!;
      const hyphenated = text[hit.start - 1] === '-';
      // "a second term", "the second round": "second" is an ordinal unless counted in digits or plural.
      if (unit === 'second' && !plural && !/^\d/.test(amountText)) continue;
      // "three-quarters" is a fraction; "the 1988 quarter" is a year: a count of more than one
      // takes a plural unit, except in a hyphenated adjective ("a five-year plan").
      if (hyphenated && plural) continue;
      let amount = parseAmount(amountText);
      // "a five year low", "the two day rally": a count before a singular unit is an adjective
      // written without its hyphen, when a determiner leads it and a noun follows.
      // "for the two day rally": the count took the article along.
      const theTaken = !counted.m[1] && /^the\s/i.test(counted.m[0]);
      const unhyphenated = (theTaken || DETERMINERS.has(wordBefore(text, counted.start))) && /^[a-z]/.test(wordAfter(text, hit.end));
      // The adjective is the count and its unit ("two day"), without the article of its noun.
      if (theTaken && unhyphenated && !plural) counted = { m: counted.m, start: counted.start + counted.m[0].search(/\s\S/) + 1 };
      if (!hyphenated && !plural && amount !== null && amount > 1 && !unhyphenated && !/^\d+\s*(?:1\/2|½)$/.test(amountText)) continue;
      if (/^an?$/i.test(amountText) && !counted.m[1] && RATE_BEFORE.test(text.slice(Math.max(0, counted.start - 24), hit.start))) continue;
      // "Islam will one day be …": after a modal, "one day" is some time ahead, not a day long.
      if (unit === 'day' && !plural && /^one$/i.test(amountText) && !counted.m[1] && MODALS.has(wordBefore(text, counted.start))) {
        out.push({ start: counted.start, end: end0, spec: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' }, rule: 'duration:one-day-ahead' });
        continue;
      }
      let end = end0;
      const half = matchAt(text, end, AND_A_HALF);
      if (half && amount !== null) {
        amount += 0.5;
        end += half[0].length;
      }
      if (!counted.m[1] && !hyphenated && POINT_UNITS.has(unit) && isPointAhead(text, counted.start)) {
        out.push({ start: counted.start, end, spec: { kind: 'offset', amount, unit, direction: 1, from: 'document', ahead: true }, rule: 'duration:in-n-units' });
        continue;
      }
      // "a week before …" also lands here; the offset detector's longer span wins the merge.
      add(counted.start, end, amount, unit, counted.m[1] ? 'duration:the-past-n-units' : 'duration:n-units');
      continue;
    }
    // "day-long", "decades-long": the unit alone made an adjective of length.
    if (tail) {
      add(hit.start, end0, plural ? null : 1, unit, 'duration:unit-long');
      continue;
    }
    const thePast = !plural && unit !== 'second' && unit !== 'minute' && unit !== 'hour' ? matchBefore(text, hit.start, THE_PAST_BEFORE) : null;
    if (thePast) {
      // "over the past year" names last year (TimeML: a date), "the past five years" a stretch.
      if (unit === 'fortnight') add(thePast.start, end0, 1, unit, 'duration:the-past-unit');
      else out.push({ start: thePast.start, end: end0, spec: { kind: 'relative', unit: unit as RelativeUnit, offset: -1 }, rule: 'relative:the-past-unit' });
      continue;
    }
    const half = !plural ? matchBefore(text, hit.start, HALF_BEFORE) : null;
    if (half) {
      add(half.start, hit.end, 0.5, unit, 'duration:half-unit');
      continue;
    }
    if (plural && unit !== 'second' && matchBefore(text, hit.start, PREPOSITION_BEFORE)) {
      add(hit.start, hit.end, null, unit, 'duration:bare-plural');
      continue;
    }
    const thePlural = plural && unit !== 'second' ? matchBefore(text, hit.start, THE_PLURAL_BEFORE) : null;
    if (thePlural && !matchAt(text, hit.end, EVENT_AFTER)) add(thePlural.start + thePlural.m[0].length - thePlural.m[1]!.length, hit.end, null, unit, 'duration:the-plural');
  }
  return out;
}
