/**
 * Recurrences (TIMEX3 SET): "every week" (P1W), "each year", "every two years" (P2Y),
 * "twice a month", "every Monday" (XXXX-WXX-1), "daily" (P1D), "on Sundays".
 */
import type { Candidate } from './spec.js';
import { FREQUENCY_ADVERBS, PARTS_OF_DAY, REPORTING_VERBS, UNITS, WEEKDAYS } from './model/lexicon.js';
import { AMOUNT_SOURCE, parseAmount } from './model/numbers.js';
import { periodValue } from './detect-durations.js';
import { eachMatch, isCapitalized, wordAfter } from './text-context.js';

const UNIT_SOURCE = '(seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?)';
const WEEKDAY_SOURCE = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

const EVERY_UNIT = new RegExp(`\\b(?:every|each)\\s+(?:(other)\\s+|(${AMOUNT_SOURCE})\\s+)?${UNIT_SOURCE}\\b`, 'gi');
const EVERY_WEEKDAY = new RegExp(`\\b(?:every|each)\\s+${WEEKDAY_SOURCE}\\b`, 'gi');
const EVERY_PART = /\b(?:every|each)\s+(morning|afternoon|evening|night)\b/gi;
const TIMES_PER = new RegExp(`\\b(?:once|twice|thrice|(?:${AMOUNT_SOURCE})\\s+times)\\s+(?:a|an|per|each|every)\\s+${UNIT_SOURCE}\\b`, 'gi');
const PLURAL_WEEKDAY = /\b(?:on\s+)?(Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b/g;
const FREQUENCY = new RegExp(`\\b(${Object.keys(FREQUENCY_ADVERBS).join('|')})\\b`, 'gi');

export function detectSets(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, value: string, rule: string): void => {
    out.push({ start, end, spec: { kind: 'fixed', type: 'SET', value }, rule });
  };

  eachMatch(EVERY_UNIT, text, (m) => {
    const unit = UNITS[m[3]!.toLowerCase()]!;
    const amount = m[1] ? 2 : m[2] ? parseAmount(m[2]) : 1;
    add(m.index, m.index + m[0].length, periodValue(amount, unit), 'set:every-unit');
  });
  eachMatch(EVERY_WEEKDAY, text, (m) => add(m.index, m.index + m[0].length, `XXXX-WXX-${WEEKDAYS[m[1]!.toLowerCase()]}`, 'set:every-weekday'));
  eachMatch(EVERY_PART, text, (m) => add(m.index, m.index + m[0].length, `XXXX-XX-XXT${PARTS_OF_DAY[m[1]!.toLowerCase()]}`, 'set:every-part-of-day'));
  eachMatch(TIMES_PER, text, (m) => add(m.index, m.index + m[0].length, periodValue(1, UNITS[m[1]!.toLowerCase()]!), 'set:times-per-unit'));
  eachMatch(PLURAL_WEEKDAY, text, (m) => {
    const start = m.index + m[0].length - m[1]!.length;
    add(start, m.index + m[0].length, `XXXX-WXX-${WEEKDAYS[m[1]!.slice(0, -1).toLowerCase()]}`, 'set:plural-weekday');
  });

  eachMatch(FREQUENCY, text, (m) => {
    const end = m.index + m[0].length;
    const next = wordAfter(text, end);
    // "Russian daily Kommersant", "the daily reported": a newspaper, not a recurrence.
    if (next && (isCapitalized(next) || REPORTING_VERBS.includes(next.toLowerCase()))) return;
    if (/^(?:newspaper|paper|tabloid|broadsheet|magazine)s?$/i.test(next)) return;
    add(m.index, end, FREQUENCY_ADVERBS[m[1]!.toLowerCase()]!, 'set:frequency-adverb');
  });
  return out;
}
