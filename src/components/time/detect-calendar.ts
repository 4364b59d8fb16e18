/**
 * Calendar periods chrono does not know: years on their own ("in 2015"), seasons ("last summer",
 * "the summer of 2016"), quarters and halves ("the third quarter", "Q1 2018", "the first half of
 * 2017"), decades ("the 1990s", "the '90s", "the nineties") and centuries ("the 20th century").
 */
import type { Candidate, Shift } from './spec.js';
import type { Hit } from './cue-words.js';
import { PERIOD_ORDINALS, SEASONS } from './model/lexicon.js';
import { AMOUNT_SOURCE } from './model/numbers.js';
import { endsWithAmount, endsWithWord, isCapitalized, matchAt, matchBefore, spaceThen, wordAfter, wordBefore, type Before } from './text-context.js';

const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

/** Seasons in the plural come back every year; "springs" and "falls" only after a count ("the past three springs"). */
const PLURAL_SEASONS: Readonly<Record<string, string>> = { summers: 'SU', winters: 'WI', autumns: 'FA', springs: 'SP', falls: 'FA' };

export const CALENDAR_CUES: readonly string[] = [...Object.keys(SEASONS), ...Object.keys(PLURAL_SEASONS), 'quarter', 'half', 'century', ...Object.keys(DECADE_WORDS)];

// ── Years ────────────────────────────────────────────────────────────────────────────────────

/** Words after which a four-digit number is a year: "in 2015", "since 1990", "early 2017". */
const YEAR_LEADS = new Set([
  'in', 'since', 'by', 'until', 'till', 'before', 'after', 'during', 'of', 'from', 'through', 'to',
  'between', 'and', 'early', 'late', 'mid', 'mid-', 'fiscal', 'year', 'circa', 'around', 'throughout',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'as', 'than', 'or', 'for', 'into', 'both', 'due', 'beyond', 'post', 'pre',
]);

/** Determiners before a year used as a name ("the 2016 election", "its 1990 invasion", "a 1971 convention"). */
const YEAR_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'that', 'this', 'whose']);

/** Leads that also introduce counts ("of 2000 people", "by 1500 votes"): a plural after them wins. */
const COUNT_LEADS = new Set(['of', 'to', 'from', 'and', 'between', 'around', 'than', 'or', 'for', 'as', 'by']);

/** Plurals without an s, which a count leads ("2000 people"). */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'cattle', 'feet', 'teeth', 'sheep', 'fish']);

/** Plural nouns that still follow a year used as a name ("the 2016 elections"). */
const EVENT_PLURALS = new Set([
  'elections', 'olympics', 'games', 'talks', 'protests', 'riots', 'attacks', 'midterms', 'polls',
  'floods', 'accords', 'hostilities', 'sanctions', 'negotiations', 'finals', 'championships', 'awards',
]);

/** Numbers shaped like years, decades ("1990s", "'90s") and quarter codes ("Q3"). */
const NUMERIC = /(?<![\d,.$€£#/])\b(?:(1\d\d|20\d)0['’]?s\b|(1\d{3}|20\d{2})\b(?![\d%]|[,.]\d|-(?:year|old|strong)))|(?<![\w'’])['’](\d)0s\b|\bQ([1-4])\b/g;

/** A four-digit number is a year only where the words around it say so. */
function isYearInContext(text: string, start: number, end: number): boolean {
  if (/^\s*(?:percent|per\s+cent)/i.test(text.slice(end, end + 10))) return false;
  if (/^['’]s\b/.test(text.slice(end, end + 3))) return true;
  // After a hyphen only "mid-1996", "post-1959", "pre-1990" and the end of a range ("2014-2016").
  if (text[start - 1] === '-' && !/(?:\b(?:mid|post|pre)|\b\d{4})-$/i.test(text.slice(Math.max(0, start - 5), start))) return false;
  if (text[start - 1] === '–' && !/\d{4}–$/.test(text.slice(Math.max(0, start - 5), start))) return false;
  // A span of years ("2015-2016", "1990–2003") is a pair of years, whatever leads it.
  if (/\d{4}[-–]$/.test(text.slice(Math.max(0, start - 5), start))) return true;
  if (/^[-–](?:1\d|20)\d\d\b/.test(text.slice(end, end + 6))) return true;
  // The middle of a list of years: "in 1994, 1995 and 1997".
  if (/(?<![\d,.])(?:1\d|20)\d\d,\s+$/.test(text.slice(Math.max(0, start - 8), start)) && /^(?:,|\s+(?:and|or)\s+(?:1\d|20)\d\d\b)/.test(text.slice(end, end + 10))) return true;
  const hyphenLead = /([A-Za-z]+)-$/.exec(text.slice(Math.max(0, start - 6), start));
  const before = hyphenLead ? hyphenLead[1]!.toLowerCase() : wordBefore(text, start);
  const next = wordAfter(text, end);
  // "a 1368 million pounds turnover": part of a larger number.
  if (/^(?:hundred|thousand|million|billion|trillion)$/i.test(next)) return false;
  const countNounNext = (/^[a-z]+s$/.test(next) && !EVENT_PLURALS.has(next)) || IRREGULAR_PLURALS.has(next);
  if (YEAR_LEADS.has(before)) return !(COUNT_LEADS.has(before) && countNounNext);
  // "the 2016 election", "the 2018 World Cup", "the company's 1989 results": a year naming an event.
  // Before 1800 a determiner is more likely to lead a quantity ("the 1000 megawatt cable").
  const determined = (YEAR_DETERMINERS.has(before) || /['’]s?$/.test(before)) && Number(text.slice(start, end)) >= 1800;
  if (determined && next !== '' && (isCapitalized(next) || !countNounNext)) return true;
  // "his unsuccessful 1996 campaign", "predicting 1990 earnings": a recent year before a noun, after
  // an adjective or a verb rather than a number word.
  const n = Number(text.slice(start, end));
  const lower = /^[a-z]+$/.test(before);
  if (n >= 1900 && n <= 2039 && lower && !COUNT_LEADS.has(before) && /^[a-z]{3,}$/.test(next) && !/^(?:percent|per|to|and|or|of|in|at|by|for|with|from|is|was|were|are|had|has)$/.test(next)) {
    return !countNounNext || /^(?:earnings|results|sales|profits|revenues|levels|elections|figures)$/.test(next);
  }
  return false;
}

const THE_BEFORE = endsWithWord(/\bthe\s+$/i, ['the']);
const FISCAL_BEFORE = endsWithWord(/\bfiscal\s+$/i, ['fiscal']);
const YEAR_AFTER_CODE = spaceThen(/\s+(\d{4})\b/y, '0123456789');
const YEAR_BEFORE_CODE: Before = { re: /\b(\d{4})\s+$/, hyphens: false, lastWord: (word) => word.length === 4 && allDigits(word, 0, 4) };

// ── Seasons, quarters, halves, centuries ─────────────────────────────────────────────────────

const SHIFT_BEFORE = endsWithWord(/\b(last|this|next|past|coming)\s+$/i, ['last', 'this', 'next', 'past', 'coming']);
const SEASON_YEAR_AFTER = spaceThen(/\s+(?:of\s+)?(\d{4})\b|\s+of\s+(this|last|next)\s+year\b/iy, 'o0123456789');
/** Words before a bare season that make it a time ("in the summer", "during winter"). */
const SEASON_LEADS = new Set(['in', 'during', 'since', 'until', 'by', 'the', 'early', 'late', 'mid', 'mid-', 'through', 'throughout', 'over']);
/** Prepositions before "the summer": without one, "the fall" is more likely a drop ("the fall in prices"). */
const SEASON_PREPOSITIONS = new Set(['in', 'during', 'since', 'until', 'till', 'by', 'through', 'throughout', 'over', 'for', 'into', 'after', 'before', 'from', 'to', 'of']);

const ORDINAL_BEFORE = endsWithWord(
  /(?:\bthe\s+)?\b(first|second|third|fourth|1st|2nd|3rd|4th|final|latter)[\s-]+(?:fiscal[\s-]+)?$/i,
  ['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th', 'final', 'latter', 'fiscal'],
  true,
);
const OF_YEAR_AFTER = spaceThen(/\s+of\s+(?:(?:fiscal\s+)?(\d{4})\b|(this|last|next)\s+year\b|(the)\s+year\b)/iy, 'o');

const CENTURY_BEFORE: Before = {
  re: /(?:\bthe\s+)?\b(\d{1,2})(?:st|nd|rd|th)[\s-]+$|(?:\bthe\s+)?\b(eighteenth|nineteenth|twentieth|twenty[\s-]first)[\s-]+$/i,
  hyphens: true,
  lastWord: (word) =>
    ((word.length === 3 && allDigits(word, 0, 1)) || (word.length === 4 && allDigits(word, 0, 2))) && ORDINAL_SUFFIXES.has(word.slice(-2))
      ? true
      : word === 'eighteenth' || word === 'nineteenth' || word === 'twentieth' || word === 'first',
};
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

function allDigits(word: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const CENTURY_WORDS: Readonly<Record<string, number>> = { eighteenth: 18, nineteenth: 19, twentieth: 20 };

function shiftOf(word: string | undefined): Shift {
  const w = (word ?? '').toLowerCase();
  return w === 'last' || w === 'past' ? 'last' : w === 'next' || w === 'coming' ? 'next' : w === 'this' ? 'this' : 'bare';
}

function yearOffsetOf(word: string | undefined): number | undefined {
  const w = (word ?? '').toLowerCase();
  return w === 'last' ? -1 : w === 'next' ? 1 : w === 'this' || w === 'the' ? 0 : undefined;
}

function detectNumeric(text: string, out: Candidate[]): void {
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    if (m[1]) {
      const the = matchBefore(text, start, THE_BEFORE, 6);
      if (the) start = the.start;
      out.push({ start, end, spec: { kind: 'decade', decade: Number(m[1]), centuryKnown: true }, rule: 'calendar:decade' });
    } else if (m[2]) {
      if (isYearInContext(text, start, end)) {
        // "fiscal 1989" names the business year: the word belongs to the expression.
        const fiscal = matchBefore(text, start, FISCAL_BEFORE, 10);
        out.push({ start: fiscal ? fiscal.start : start, end, spec: { kind: 'calendar', year: Number(m[2]), shift: 'bare' }, rule: 'calendar:year' });
      }
    } else if (m[3]) {
      const the = matchBefore(text, start, THE_BEFORE, 6);
      if (the) start = the.start;
      out.push({ start, end, spec: { kind: 'decade', decade: Number(m[3]), centuryKnown: false }, rule: 'calendar:short-decade' });
    } else if (m[4]) {
      const after = matchAt(text, end, YEAR_AFTER_CODE);
      const before = after ? null : matchBefore(text, start, YEAR_BEFORE_CODE, 8);
      const year = after?.[1] ?? before?.m[1];
      if (after) end += after[0].length;
      if (before) start = before.start;
      out.push({ start, end, spec: { kind: 'yearPart', period: 'Q', n: Number(m[4]), ...(year ? { year: Number(year) } : {}), shift: 'bare' }, rule: 'calendar:q-code' });
    }
  }
}

function detectSeason(text: string, hit: Hit, out: Candidate[]): void {
  const shift = matchBefore(text, hit.start, SHIFT_BEFORE, 12);
  const year = matchAt(text, hit.end, SEASON_YEAR_AFTER);
  if (!shift && !year) {
    const before = wordBefore(text, hit.start);
    if (!SEASON_LEADS.has(before)) return;
    if (before === 'the') {
      const the = matchBefore(text, hit.start, THE_BEFORE, 6)!;
      if (!SEASON_PREPOSITIONS.has(wordBefore(text, the.start))) return;
    }
    // "the fall of Berlin", "the Winter Olympics": an event or a name, not a season.
    const next = wordAfter(text, hit.end);
    if (/^of$/i.test(next)) return;
    if (isCapitalized(text[hit.start]!) && isCapitalized(next)) return;
  }
  // "the winter of 1994": the article belongs to the expression, as with "the summer".
  const the = !shift && year && /^\s+of/i.test(year[0]) ? matchBefore(text, hit.start, THE_BEFORE, 6) : null;
  out.push({
    start: shift ? shift.start : the ? the.start : hit.start,
    end: hit.end + (year ? year[0].length : 0),
    spec: {
      kind: 'season',
      season: SEASONS[hit.word]!,
      ...(year?.[1] ? { year: Number(year[1]) } : {}),
      ...(year?.[2] ? { yearOffset: yearOffsetOf(year[2])! } : {}),
      shift: shiftOf(shift?.m[1]),
    },
    rule: 'calendar:season',
  });
}

/** "the second and": an ordinal coordinated with the one before "quarters". */
const COORDINATED_ORDINAL_BEFORE = endsWithWord(/\b(first|second|third|1st|2nd|3rd)\s+(?:and|or)\s+$/i, ['and', 'or']);

/**
 * "conducted in the second and fourth quarters": quarters named in the plural come back every
 * year, a TIMEX3 set (XXXX-Q2, XXXX-Q4), each ordinal its own.
 */
function detectRecurringQuarters(text: string, hit: Hit, out: Candidate[]): void {
  const ordinal = matchBefore(text, hit.start, ORDINAL_BEFORE, 32);
  const n = ordinal ? PERIOD_ORDINALS[ordinal.m[1]!.toLowerCase()] : undefined;
  if (!ordinal || n === undefined || n > 4 || /^(?:final|latter)$/i.test(ordinal.m[1]!)) return;
  const start = ordinal.start + ordinal.m[0].search(/\b(?:first|second|third|fourth|1st|2nd|3rd|4th)/i);
  const other = matchBefore(text, start, COORDINATED_ORDINAL_BEFORE, 20);
  if (other) {
    const m = PERIOD_ORDINALS[other.m[1]!.toLowerCase()]!;
    out.push({ start: other.start, end: other.start + other.m[1]!.length, spec: { kind: 'fixed', type: 'SET', value: `XXXX-Q${m}` }, rule: 'calendar:recurring-quarter' });
  }
  out.push({ start, end: hit.end, spec: { kind: 'fixed', type: 'SET', value: `XXXX-Q${n}` }, rule: 'calendar:recurring-quarter' });
}

/** "the past three", "the last few", "three": the count before plural seasons. */
const COUNT_WORD = endsWithAmount(/$/);
const SEASON_COUNT_BEFORE: Before = {
  re: new RegExp(`(?:\\bthe\\s+(?:past|last|next|coming)\\s+)?\\b(${AMOUNT_SOURCE})\\s+$`, 'i'),
  hyphens: false,
  lastWord: (word, last) => COUNT_WORD.lastWord(word, last),
};

/**
 * "violence for the past three summers", "in summers": a season every year, a TIMEX3 set
 * (XXXX-SU) that takes its count along.
 */
function detectRecurringSeason(text: string, hit: Hit, out: Candidate[]): void {
  if (/[A-Z]/.test(text[hit.start]!)) return;
  const counted = matchBefore(text, hit.start, SEASON_COUNT_BEFORE, 40);
  if (!counted && (hit.word === 'springs' || hit.word === 'falls')) return;
  out.push({ start: counted ? counted.start : hit.start, end: hit.end, spec: { kind: 'fixed', type: 'SET', value: `XXXX-${PLURAL_SEASONS[hit.word]}` }, rule: 'calendar:recurring-season' });
}

/** "the first two quarters", "the last half": a half of the year named by its quarters or by "last". */
const HALF_BEFORE = endsWithWord(/(?:\bthe\s+)?\b(first|last)\s+(two\s+)?$/i, ['first', 'last', 'two']);

/** "the third quarter [of 2018]", "first-quarter", "the second half of 2017", "the first two quarters of 1990". */
function detectYearPart(text: string, hit: Hit, out: Candidate[]): void {
  if (hit.word === 'quarters' || hit.word === 'half') {
    // "the first two quarters of 1990" is its first half; "the last half of 1989" its second.
    const half = matchBefore(text, hit.start, HALF_BEFORE, 20);
    const of = half && (hit.word === 'half') !== Boolean(half.m[2]) ? matchAt(text, hit.end, OF_YEAR_AFTER) : null;
    if (half && of && (hit.word === 'quarters' || half.m[1]!.toLowerCase() === 'last')) {
      out.push({
        start: half.start,
        end: hit.end + of[0].length,
        spec: { kind: 'yearPart', period: 'H', n: half.m[1]!.toLowerCase() === 'first' ? 1 : 2, ...(of[1] ? { year: Number(of[1]) } : { yearOffset: yearOffsetOf(of[2] ?? of[3])! }), shift: 'bare' },
        rule: 'calendar:half',
      });
      return;
    }
    if (hit.word === 'quarters') {
      detectRecurringQuarters(text, hit, out);
      return;
    }
  }
  const ordinal = matchBefore(text, hit.start, ORDINAL_BEFORE, 32);
  if (!ordinal) return;
  const period = hit.word === 'half' ? 'H' : 'Q';
  const n = PERIOD_ORDINALS[ordinal.m[1]!.toLowerCase()]!;
  if (period === 'H' ? n > 2 : ordinal.m[1]!.toLowerCase() === 'latter') return;
  const of = matchAt(text, hit.end, OF_YEAR_AFTER);
  // "the first half of the game" is not a half-year: a half needs its year named.
  if (period === 'H' && !of) return;
  out.push({
    // "the third-quarter loss": the article belongs to the noun, not to the adjective.
    start: text.charCodeAt(hit.start - 1) === 45 && /^the\s/i.test(ordinal.m[0]) ? ordinal.start + /^the\s+/i.exec(ordinal.m[0])![0].length : ordinal.start,
    end: hit.end + (of ? of[0].length : 0),
    spec: { kind: 'yearPart', period, n, ...(of?.[1] ? { year: Number(of[1]) } : {}), ...(of && !of[1] ? { yearOffset: yearOffsetOf(of[2] ?? of[3])! } : {}), shift: 'bare' },
    rule: period === 'H' ? 'calendar:half' : 'calendar:quarter',
  });
}

export function detectCalendar(text: string, hits: readonly Hit[]): Candidate[] {
  const out: Candidate[] = [];
  detectNumeric(text, out);
  for (const hit of hits) {
    if (hit.word in SEASONS) detectSeason(text, hit, out);
    else if (hit.word in PLURAL_SEASONS) detectRecurringSeason(text, hit, out);
    else if (hit.word === 'quarter' || hit.word === 'quarters' || hit.word === 'half') detectYearPart(text, hit, out);
    else if (hit.word === 'century') {
      const ordinal = matchBefore(text, hit.start, CENTURY_BEFORE, 24);
      if (!ordinal) continue;
      const n = ordinal.m[1] ? Number(ordinal.m[1]) : CENTURY_WORDS[ordinal.m[2]!.toLowerCase()] ?? 21;
      out.push({ start: ordinal.start, end: hit.end, spec: { kind: 'century', century: n - 1 }, rule: 'calendar:century' });
    } else if (hit.word in DECADE_WORDS) {
      // "the nineties"; without "the" ("in her twenties") it is an age.
      const the = matchBefore(text, hit.start, THE_BEFORE, 6);
      if (the) out.push({ start: the.start, end: hit.end, spec: { kind: 'decade', decade: DECADE_WORDS[hit.word]!, centuryKnown: false }, rule: 'calendar:decade-word' });
    }
  }
  return out;
}
