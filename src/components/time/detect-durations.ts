/**
 * Durations: "three days", "the past five years", "more than two hours", "a five-year plan",
 * "for years". Values are TIMEX3 periods (P3D, P5Y, PT2H, PXY); they need no anchor.
 */
import type { Candidate } from './spec.js';
import { UNITS, type Unit } from './model/lexicon.js';
import { AMOUNT_SOURCE, parseAmount } from './model/numbers.js';
import { eachMatch, wordAfter } from './text-context.js';

const UNIT_SOURCE = '(seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)';

/** "[the past|the first …] <amount> <unit>[ and a half]", hyphenated forms included ("24-hour"). */
const COUNTED = new RegExp(
  `\\b(the\\s+(?:past|last|next|first|coming|final|initial)\\s+)?(${AMOUNT_SOURCE})[\\s-]+${UNIT_SOURCE}(\\s+and\\s+a\\s+half)?(?![\\w-])`,
  'gi',
);

/** "the past year", "the last decade": a stretch of one unit ending now. */
const PAST_ONE = /\bthe\s+(?:past|last)\s+(day|week|fortnight|month|quarter|year|decade|century)(?![\w-])/gi;

/** A bare plural after a preposition ("for years", "within weeks"): an unknown amount. */
const BARE_PLURAL = /\b(?:for|within|in|after|over)\s+(minutes|hours|days|weeks|months|years|decades|centuries)\b/gi;

/** "half an hour", "half a day". */
const HALF = /\bhalf\s+an?\s+(hour|day|year|month|week|century)\b/gi;

const DESIGNATOR: Readonly<Record<Unit, [string, boolean]>> = {
  second: ['S', true], minute: ['M', true], hour: ['H', true], day: ['D', false], week: ['W', false],
  fortnight: ['W', false], month: ['M', false], quarter: ['Q', false], year: ['Y', false],
  decade: ['DE', false], century: ['CE', false],
};

/** Smaller unit to express a fraction in ("half a year" → P6M rather than P0.5Y). */
const FRACTION_UNIT: Partial<Record<Unit, [Unit, number]>> = {
  hour: ['minute', 60], day: ['hour', 24], week: ['day', 7], month: ['day', 30], year: ['month', 12],
  decade: ['year', 10], century: ['year', 100],
};

/** The TIMEX3 period for an amount of a unit; null amount → X ("several weeks" → PXW). */
export function periodValue(amount: number | null, unit: Unit): string {
  if (unit === 'fortnight') return periodValue(amount === null ? null : amount * 2, 'week');
  if (amount !== null && !Number.isInteger(amount)) {
    const smaller = FRACTION_UNIT[unit];
    if (smaller && Number.isInteger(amount * smaller[1])) return periodValue(amount * smaller[1], smaller[0]);
  }
  const [letter, isTime] = DESIGNATOR[unit];
  return `P${isTime ? 'T' : ''}${amount === null ? 'X' : amount}${letter}`;
}

function unitOf(word: string): Unit {
  return UNITS[word.toLowerCase()] ?? 'day';
}

export function detectDurations(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, amount: number | null, unit: Unit, rule: string): void => {
    out.push({ start, end, spec: { kind: 'fixed', type: 'DURATION', value: periodValue(amount, unit) }, rule });
  };

  eachMatch(COUNTED, text, (m) => {
    const [whole, lead, amountText, unitWord, half] = m as unknown as [string, string | undefined, string, string, string | undefined];
    const unit = unitOf(unitWord);
    // "a second term", "the second round": "second" is an ordinal unless counted in digits or plural.
    if (unit === 'second' && !/^\d/.test(amountText) && !/s$/i.test(unitWord)) return;
    // Ages are not durations: "a 15-year-old", "ten years old".
    if (/^[\s-]*old\b/i.test(text.slice(m.index + whole.length, m.index + whole.length + 6))) return;
    let amount = parseAmount(amountText);
    if (amount !== null && half) amount += 0.5;
    // "a week before …" also matches here; the offset detector's longer span wins the merge.
    add(m.index, m.index + whole.length, amount, unit, lead ? 'duration:the-past-n-units' : 'duration:n-units');
  });

  eachMatch(PAST_ONE, text, (m) => {
    add(m.index, m.index + m[0].length, 1, unitOf(m[1]!), 'duration:the-past-unit');
  });

  eachMatch(BARE_PLURAL, text, (m) => {
    // "in years past" is fine; "in days of old" is not worth the special case.
    const start = m.index + m[0].length - m[1]!.length;
    if (/^of\b/i.test(wordAfter(text, m.index + m[0].length)) && !/^for|^after/i.test(m[0])) return;
    add(start, m.index + m[0].length, null, unitOf(m[1]!), 'duration:bare-plural');
  });

  eachMatch(HALF, text, (m) => {
    add(m.index, m.index + m[0].length, 0.5, unitOf(m[1]!), 'duration:half-unit');
  });
  return out;
}
