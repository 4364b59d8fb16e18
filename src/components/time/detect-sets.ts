/**
 * Recurrences (TIMEX3 SET): "every week" (P1W), "each year", "every two years" (P2Y),
 * "twice a month", "three times a day", "every Monday" (XXXX-WXX-1), "on Sundays", "daily" (P1D).
 */
import type { Candidate } from './spec.js';
import type { Hit } from './cue-words.js';
import { FREQUENCY_ADVERBS, MONTHS, PARTS_OF_DAY, REPORTING_VERBS, UNITS, WEEKDAYS } from './model/lexicon.js';
import { pad } from './calendar.js';
import { AMOUNT_SOURCE, parseAmount } from './model/numbers.js';
import { periodValue } from './detect-durations.js';
import { endsWithAmount, isCapitalized, matchAt, matchBefore, spaceThen, wordAfter } from './text-context.js';

const PLURAL_WEEKDAYS: Readonly<Record<string, number>> = Object.fromEntries(Object.entries(WEEKDAYS).map(([w, n]) => [`${w}s`, n]));

export const SET_CUES: readonly string[] = [
  'every', 'each', 'once', 'twice', 'thrice', 'times', ...Object.keys(FREQUENCY_ADVERBS), ...Object.keys(PLURAL_WEEKDAYS),
];

const UNIT_SOURCE = '(seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?)';

/** After "every"/"each": "[other|two] week(s)", "Monday", "morning". */
const EVERY_AFTER = new RegExp(
  `\\s+(?:(other)\\s+|(${AMOUNT_SOURCE})\\s+)?(?:${UNIT_SOURCE}|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(morning|afternoon|evening|night)|(january|february|march|april|may|june|july|august|september|october|november|december))\\b`,
  'iy',
);
/** After "once"/"twice"/"times": "a week", "per day". */
const PER_AFTER = spaceThen(new RegExp(`\\s+(?:a|an|per|each|every)\\s+${UNIT_SOURCE}\\b`, 'iy'), 'ape');
const PERIODIC_FIGURE_AFTER = spaceThen(
  /\s+(?:(?:cash|common|stock|share|preferred)\s+)?(?:dividends?|results|loss(?:es)?|volume|turnover|payouts?|of)\b/iy,
  'cdrlvtpos',
);
/** A figure right before a frequency adverb, maybe with its plural unit: "20%", "$17.9 million", "10,000 units". */
const RATE_AMOUNT_BEFORE = /(?:\d|%|\bpercent|\bmillion|\bbillion|\bthousand)(?:\s+[a-z]+s)?\s+$/i;
const AMOUNT_BEFORE = endsWithAmount(new RegExp(`\\b(${AMOUNT_SOURCE})\\s+$`, 'i'));

export function detectSets(text: string, hits: readonly Hit[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, value: string, rule: string): void => {
    out.push({ start, end, spec: { kind: 'fixed', type: 'SET', value }, rule });
  };
  for (const hit of hits) {
    const w = hit.word;
    if (w === 'every' || w === 'each') {
      const m = matchAt(text, hit.end, EVERY_AFTER);
      if (!m) continue;
      const end = hit.end + m[0].length;
      if (m[3]) {
        const amount = m[1] ? 2 : m[2] ? parseAmount(m[2]) : 1;
        add(hit.start, end, periodValue(amount, UNITS[m[3].toLowerCase()]!), 'set:every-unit');
      } else if (m[4] && !m[1] && !m[2]) {
        add(hit.start, end, `XXXX-WXX-${WEEKDAYS[m[4].toLowerCase()]}`, 'set:every-weekday');
      } else if (m[5] && !m[1] && !m[2]) {
        add(hit.start, end, `XXXX-XX-XXT${PARTS_OF_DAY[m[5].toLowerCase()]}`, 'set:every-part-of-day');
      } else if (m[6] && !m[1] && !m[2] && /^[A-Z]/.test(m[6])) {
        add(hit.start, end, `XXXX-${pad(MONTHS[m[6].toLowerCase()]!)}`, 'set:every-month');
      }
    } else if (w === 'once' || w === 'twice' || w === 'thrice' || w === 'times') {
      const m = matchAt(text, hit.end, PER_AFTER);
      if (!m) continue;
      const counted = w === 'times' ? matchBefore(text, hit.start, AMOUNT_BEFORE, 24) : null;
      if (w === 'times' && !counted) continue;
      add(counted ? counted.start : hit.start, hit.end + m[0].length, periodValue(1, UNITS[m[1]!.toLowerCase()]!), 'set:times-per-unit');
    } else if (w in PLURAL_WEEKDAYS) {
      if (!isCapitalized(text[hit.start]!)) continue;
      add(hit.start, hit.end, `XXXX-WXX-${PLURAL_WEEKDAYS[w]}`, 'set:plural-weekday');
    } else if (w in FREQUENCY_ADVERBS) {
      const next = wordAfter(text, hit.end);
      // "Russian daily Kommersant", "the daily reported": a newspaper, not a recurrence.
      if (next && (isCapitalized(next) || REPORTING_VERBS.includes(next.toLowerCase()))) continue;
      if (/^(?:newspaper|paper|tabloid|broadsheet|magazine)s?$/i.test(next)) continue;
      // "its quarterly dividend", "average daily volume", "an initial quarterly of 5 cents": the
      // word classifies a payment or a figure by its period; no event of the story recurs.
      if (matchAt(text, hit.end, PERIODIC_FIGURE_AFTER)) continue;
      // "to rise 8.5% annually", "10,000 units annually": a rate, like "$2 million a year".
      if (RATE_AMOUNT_BEFORE.test(text.slice(Math.max(0, hit.start - 24), hit.start))) continue;
      add(hit.start, hit.end, FREQUENCY_ADVERBS[w]!, 'set:frequency-adverb');
    }
  }
  return out;
}
