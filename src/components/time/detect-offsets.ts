/**
 * Offsets: an amount of time before or after a point. "three days ago" counts back from the
 * document date; "a week before arriving", "two years later", "the next day" count from the last
 * date the narrative mentioned, which is what a reader does.
 */
import type { Candidate } from './spec.js';
import { UNITS, type Unit } from './model/lexicon.js';
import { AMOUNT_SOURCE, parseAmount } from './model/numbers.js';
import { eachMatch, textBefore } from './text-context.js';

const UNIT_SOURCE = '(minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)';

/** "<amount> <unit> ago|before|after|earlier|later|from now". */
const COUNTED = new RegExp(
  `\\b(?:(${AMOUNT_SOURCE})\\s+)?${UNIT_SOURCE}\\s+(ago|before|after|earlier|later|prior|from\\s+now|hence)\\b`,
  'gi',
);

/** "the next day", "the previous year", "the day before", "the week after". */
const NEIGHBOUR_BEFORE = /\bthe\s+(previous|preceding|prior|next|following)\s+(day|week|month|year)\b/gi;
const NEIGHBOUR_AFTER = /\bthe\s+(day|week|month|year)\s+(before|after|earlier|later|prior)\b(?!\s+(?:yesterday|tomorrow))/gi;

/** "long ago", "some time ago": the past without a measure. */
const VAGUE_AGO = /\b(?:long|some\s+time|a\s+long\s+time|a\s+while)\s+ago\b/gi;

/**
 * "He served for five years before joining": the counted stretch is a duration, not a point, when
 * a preposition of extent or a verb of spending governs it.
 */
const EXTENT_BEFORE = /\b(?:for|during|over|spent|spend|spends|spending|lasted|last|lasts|took|take|takes|within|of)\s+$/;

export function detectOffsets(text: string): Candidate[] {
  const out: Candidate[] = [];

  eachMatch(COUNTED, text, (m) => {
    const [whole, amountText, unitWord, dirWord] = m as unknown as [string, string | undefined, string, string];
    const start = m.index;
    const end = start + whole.length;
    const dir = dirWord.toLowerCase().replace(/\s+/g, ' ');
    const unit: Unit = UNITS[unitWord.toLowerCase()] ?? 'day';
    const amount = amountText ? parseAmount(amountText) : null;
    const fromNow = dir === 'ago' || dir === 'from now' || dir === 'hence';
    const direction = dir === 'ago' || dir === 'before' || dir === 'earlier' || dir === 'prior' ? -1 : 1;
    if (amount === null) {
      // "years ago" points into the past without saying where; "days later" has no value at all.
      if (fromNow) out.push({ start, end, spec: { kind: 'fixed', type: 'DATE', value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF' }, rule: 'offset:vague-ago' });
      return;
    }
    if (!fromNow && EXTENT_BEFORE.test(textBefore(text, start, 12))) return;
    // A plural unit without a count ("years before") was handled above; "a year earlier" counts one.
    out.push({
      start,
      end,
      spec: { kind: 'offset', amount, unit, direction, from: fromNow ? 'document' : 'narrative' },
      rule: fromNow ? 'offset:ago' : 'offset:before-after',
    });
  });

  eachMatch(NEIGHBOUR_BEFORE, text, (m) => {
    const direction = /^(?:previous|preceding|prior)$/i.test(m[1]!) ? -1 : 1;
    out.push({ start: m.index, end: m.index + m[0].length, spec: { kind: 'offset', amount: 1, unit: UNITS[m[2]!.toLowerCase()]!, direction, from: 'narrative' }, rule: 'offset:the-next-unit' });
  });

  eachMatch(NEIGHBOUR_AFTER, text, (m) => {
    const direction = /^(?:before|earlier|prior)$/i.test(m[2]!) ? -1 : 1;
    out.push({ start: m.index, end: m.index + m[0].length, spec: { kind: 'offset', amount: 1, unit: UNITS[m[1]!.toLowerCase()]!, direction, from: 'narrative' }, rule: 'offset:the-unit-after' });
  });

  eachMatch(VAGUE_AGO, text, (m) => {
    out.push({ start: m.index, end: m.index + m[0].length, spec: { kind: 'fixed', type: 'DATE', value: 'PAST_REF' }, rule: 'offset:vague-ago' });
  });
  return out;
}
