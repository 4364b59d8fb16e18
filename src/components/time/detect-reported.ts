/**
 * The period a business story reports on, named again without its number: "the quarter", "the
 * latest quarter", "the latest period", "the 1988 quarter", and its comparison a year back: "the
 * year-ago quarter", "the year-earlier period", "year-earlier profit", "the quarter a year ago".
 * TimeML resolves them to the quarter the story is about (1989-Q3, 1988-Q3), so they are only
 * taken once the text has named a quarter ("third-quarter profit", "the quarter ended Sept. 30"
 * after "the third quarter"); the resolver then reads that quarter from the narrative.
 */
import type { Candidate } from './spec.js';
import type { Hit } from './cue-words.js';
import { monthNumber } from './chrono-lite.js';
import { AMOUNT_SOURCE, parseAmount } from './model/numbers.js';
import { endsWithWord, matchAt, matchBefore, spaceThen, type Before } from './text-context.js';

export const REPORTED_CUES: readonly string[] = ['quarter', 'period', 'year'];

/** An ordinal quarter ("third-quarter", "the fourth fiscal quarter"): the story names its quarter. */
const ORDINAL_QUARTER_BEFORE = endsWithWord(/\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?$/i, ['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th', 'fiscal'], true);

const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4 };

/**
 * "the [latest|comparable|year-ago|1988|third] quarter": a determiner, then qualifiers. The words
 * in the group are read one by one.
 */
const QUALIFIED_BEFORE: Before = {
  re: /\b(the|that|this)\s+((?:(?:latest|most\s+recent|comparable|corresponding|same|year-ago|year-earlier|year\s+earlier|\d{4}|first|second|third|fourth|fiscal)[\s-]+)*)$/i,
  hyphens: true,
  lastWord: (word) =>
    ['the', 'that', 'latest', 'recent', 'comparable', 'corresponding', 'same', 'ago', 'earlier', 'first', 'second', 'third', 'fourth', 'fiscal'].includes(word) ||
    /^\d{4}$/.test(word),
};

/** "the quarter a year ago", "the period a year earlier", "the corresponding period last year". */
const YEAR_BACK_AFTER = spaceThen(/\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)\b/iy, 'al');
/** "year-ago", "year-earlier" written as one adjective. */
const YEAR_BACK_TAIL = /-(?:ago|earlier)\b/iy;
const LAST_YEARS_BEFORE = endsWithWord(
  /\blast\s+year['’]s\s+(?:(first|second|third|fourth)\s+|(?:comparable|corresponding|same)\s+)?$/i,
  // "year's" ends, for the gate, with the "s" after the apostrophe.
  ['s', 'first', 'second', 'third', 'fourth', 'comparable', 'corresponding', 'same'],
);
const MONTHS_AFTER = spaceThen(new RegExp(`\\s+(${AMOUNT_SOURCE})\\s+months\\b`, 'iy'), 'abcdefghijklmnopqrstuvwxyz0123456789');
/** "the quarter ended July 31", "the quarter ending Sept. 30": a quarter named by its last month. */
const ENDED_MONTH_AFTER = spaceThen(/\s+end(?:ed|ing)\s+([A-Z][a-z]{2,8}\.?)\s+\d{1,2}\b/y, 'e');
const THE_BEFORE = endsWithWord(/\b(?:the\s+(?:comparable\s+)?)$/i, ['the', 'comparable']);
/** "the quarter-to-quarter comparison", "the period-over-period change": a compound adjective, no period of its own. */
const COMPOUND_AFTER = /-(?:to|over)-[a-z]/iy;

export function detectReported(text: string, hits: readonly Hit[]): Candidate[] {
  const out: Candidate[] = [];
  let quarterNamed = false;
  for (const hit of hits) {
    const w = hit.word;
    if (w === 'quarter' && !quarterNamed && matchBefore(text, hit.start, ORDINAL_QUARTER_BEFORE, 24)) {
      quarterNamed = true;
      continue;
    }
    if (!quarterNamed) {
      const ended = w === 'quarter' ? matchAt(text, hit.end, ENDED_MONTH_AFTER) : null;
      const month = ended ? monthNumber(ended[1]!) : undefined;
      const the = month !== undefined ? matchBefore(text, hit.start, THE_BEFORE, 20) : null;
      if (the && month !== undefined) out.push({ start: the.start, end: hit.end, spec: { kind: 'reported', yearOffset: 0, endMonth: month }, rule: 'reported:quarter-ended' });
      continue;
    }
    if (w === 'quarter' || w === 'period') {
      COMPOUND_AFTER.lastIndex = hit.end;
      if (COMPOUND_AFTER.test(text)) continue;
      // "last year's quarter", "last year's third quarter": the story's quarter a year back.
      const lastYears = matchBefore(text, hit.start, LAST_YEARS_BEFORE, 40);
      if (lastYears) {
        const ordinal = lastYears.m[1]?.toLowerCase();
        out.push({ start: lastYears.start, end: hit.end, spec: { kind: 'reported', yearOffset: -1, ...(ordinal ? { quarter: ORDINALS[ordinal]! } : {}) }, rule: 'reported:last-years-quarter' });
        continue;
      }
      const q = matchBefore(text, hit.start, QUALIFIED_BEFORE, 60);
      if (!q) continue;
      const words = q.m[2]!.toLowerCase();
      const yearBack = /year[\s-](?:ago|earlier)/.test(words);
      const year = /\b(\d{4})\b/.exec(words)?.[1];
      const ordinal = /\b(first|second|third|fourth)\b/.exec(words)?.[1];
      // "the period" alone could be any stretch; a quarter needs no qualifier.
      if (w === 'period' && !yearBack && !year && !/latest|recent|comparable|corresponding/.test(words)) continue;
      // "the third quarter" is the calendar detector's; "the year-ago third quarter" and "the
      // 1988 third quarter" are ours.
      if (ordinal && !yearBack && !year) continue;
      const back = yearBack ? null : matchAt(text, hit.end, YEAR_BACK_AFTER);
      out.push({
        start: q.start,
        end: hit.end + (back ? back[0].length : 0),
        spec: {
          kind: 'reported',
          yearOffset: yearBack || back ? -1 : 0,
          ...(year ? { year: Number(year) } : {}),
          ...(ordinal ? { quarter: ORDINALS[ordinal]! } : {}),
          ...(w === 'period' ? { period: true as const } : {}),
        },
        rule: 'reported:quarter',
      });
    } else if (w === 'year') {
      const tail = matchAt(text, hit.end, YEAR_BACK_TAIL);
      if (!tail) continue;
      const the = matchBefore(text, hit.start, THE_BEFORE, 20);
      const start = the ? the.start : hit.start;
      // "the year-earlier nine months": the stretch compared, a duration like "the nine months".
      const months = matchAt(text, hit.end + tail[0].length, MONTHS_AFTER);
      const amount = months ? parseAmount(months[1]!) : null;
      if (months && amount !== null) {
        out.push({ start, end: hit.end + tail[0].length + months[0].length, spec: { kind: 'fixed', type: 'DURATION', value: `P${amount}M` }, rule: 'reported:year-back-months' });
        continue;
      }
      out.push({ start, end: hit.end + tail[0].length, spec: { kind: 'reported', yearOffset: -1 }, rule: 'reported:year-back' });
    }
  }
  return out;
}
