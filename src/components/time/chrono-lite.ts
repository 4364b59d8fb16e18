/**
 * What chrono returns for a window of news text, without running chrono, for the common shapes:
 * weekdays and month names alone ("on Wednesday", "last Monday", "Last April"), days of a month
 * ("July 18", "Thursday, July 19", "18 July 2018", "July 18, 2018"), a month and its year.
 *
 * Chrono builds a heavy object per match (dates implied from the reference, validity checks
 * through Date objects), some 10 µs each, for every parser that matches, including the ones whose
 * result is thrown away (the hour "18" in "July 18"). This module runs the same parsers' own
 * regexes, in chrono's order and with chrono's scanning loop (executeParser), extracts what
 * detect-chrono.ts reads (the span and the fields written in the text), and applies the refiners
 * detect-chrono.ts keeps. Where a window could need more than that it returns null and the window
 * goes to chrono:
 *
 * - a date range ("July 18-20"), a clock time that survives ("July 18 at 3 p.m."), a time range;
 * - any match of the numeric-only parsers (2018-07-20, 7/20/2018, 7/2018) or of "2018 July";
 * - a time zone after a result ("Monday EST", "July 18 +0300");
 * - a year after a day-month that its parser did not take, a year written with an era ("100 BC"),
 *   a February 29 without its year.
 *
 * detect-chrono.ts turns this off when chrono's parsers, refiners or regexes are not the ones it
 * was checked against; the time tests compare both paths on samples and check that it is on.
 */
import type * as chrono from 'chrono-node';
import { isSpaceCode } from './scan.js';

/** The parts of a chrono result that detect-chrono.ts reads. */
export interface ChronoComponentsLike {
  isCertain(component: chrono.Component): boolean;
  get(component: chrono.Component): number | null;
}

export interface ChronoResultLike {
  index: number;
  text: string;
  end?: unknown;
  start: ChronoComponentsLike;
}

/** The fields a result knows (chrono's "certain" components); only the ones detect-chrono.ts reads. */
class Known implements ChronoComponentsLike {
  year: number | null = null;
  month: number | null = null;
  day: number | null = null;
  weekday: number | null = null;

  isCertain(component: chrono.Component): boolean {
    return this.get(component) !== null;
  }

  get(component: chrono.Component): number | null {
    switch (component) {
      case 'year':
        return this.year;
      case 'month':
        return this.month;
      case 'day':
        return this.day;
      case 'weekday':
        return this.weekday;
      default:
        return null;
    }
  }

  /** Chrono's isOnlyWeekdayComponent. */
  onlyWeekday(): boolean {
    return this.weekday !== null && this.day === null && this.month === null;
  }
}

interface LiteResult extends ChronoResultLike {
  index: number;
  text: string;
  end: null;
  start: Known;
  /** A clock time from the time-expression parser (nothing else in `start`). */
  time: boolean;
}

// Chrono's English dictionaries (locales/en/constants.js), which its package does not export.
const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, sun: 0, 'sun.': 0, monday: 1, mon: 1, 'mon.': 1, tuesday: 2, tue: 2, 'tue.': 2, wednesday: 3, wed: 3, 'wed.': 3,
  thursday: 4, thurs: 4, 'thurs.': 4, thur: 4, 'thur.': 4, thu: 4, 'thu.': 4, friday: 5, fri: 5, 'fri.': 5, saturday: 6, sat: 6, 'sat.': 6,
};
const FULL_MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};
const MONTHS: Readonly<Record<string, number>> = {
  ...FULL_MONTHS,
  jan: 1, 'jan.': 1, feb: 2, 'feb.': 2, mar: 3, 'mar.': 3, apr: 4, 'apr.': 4, jun: 6, 'jun.': 6, jul: 7, 'jul.': 7, aug: 8, 'aug.': 8,
  sep: 9, 'sep.': 9, sept: 9, 'sept.': 9, oct: 10, 'oct.': 10, nov: 11, 'nov.': 11, dec: 12, 'dec.': 12,
};
/** The number of a month's name or abbreviation ("Sept." → 9), or undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase()];
}
const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  'twenty first': 21, 'twenty-first': 21, 'twenty second': 22, 'twenty-second': 22, 'twenty third': 23, 'twenty-third': 23,
  'twenty fourth': 24, 'twenty-fourth': 24, 'twenty fifth': 25, 'twenty-fifth': 25, 'twenty sixth': 26, 'twenty-sixth': 26,
  'twenty seventh': 27, 'twenty-seventh': 27, 'twenty eighth': 28, 'twenty-eighth': 28, 'twenty ninth': 29, 'twenty-ninth': 29,
  thirtieth: 30, 'thirty first': 31, 'thirty-first': 31,
};

/** parseOrdinalNumberPattern. */
function parseOrdinal(text: string): number {
  const lower = text.toLowerCase();
  const word = ORDINAL_WORDS[lower];
  if (word !== undefined) return word;
  // Drops one "st", "nd", "rd" or "th" at the end, as /(?:st|nd|rd|th)$/i would.
  const n = lower.length;
  const suffix = n >= 2 ? lower.slice(n - 2) : '';
  return parseInt(suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th' ? lower.slice(0, n - 2) : lower, 10);
}

/** parseYear, for years written in digits only (others are left to chrono). */
function parseYear(text: string): number | null {
  if (text.length === 0) return null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  const n = parseInt(text, 10);
  return n < 100 ? (n > 50 ? n + 1900 : n + 2000) : n;
}

/** Every English ordinal word chrono reads ("first" … "thirty-first") holds one of these. */
const ORDINAL_WORD = /first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|thirtieth/i;
/**
 * The refiners' patterns (ExtractTimezoneAbbrRefiner, ExtractTimezoneOffsetRefiner,
 * ENExtractYearSuffixRefiner), which chrono runs on the text after a result: here sticky, run at
 * the end of the result, and only where the next characters allow a match.
 */
const TIMEZONE_NAME = /\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/iy;
const TIMEZONE_OFFSET = /\s*(?:\(?(?:GMT|UTC)\s?)?([+-])(\d{1,2})(?::?(\d{2}))?\)?/iy;
const YEAR_SUFFIX =
  /\s*((?:[1-9][0-9]{0,3}\s{0,2}(?:BE|AD|BC|BCE|CE)|[1-9][0-9]{3}|[0-9]{2}(?!\w|:\d|\s+(?:am|pm|o\s*clock|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))))/iy;

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Whether TIMEZONE_OFFSET matches at `at`. */
function timezoneOffsetAt(text: string, at: number): boolean {
  const c = text.charCodeAt(skipSpaces(text, at));
  if (!(c === 40 || c === 43 || c === 45 || (c | 0x20) === 103 || (c | 0x20) === 117)) return false;
  TIMEZONE_OFFSET.lastIndex = at;
  return TIMEZONE_OFFSET.test(text);
}

/** Whether TIMEZONE_NAME matches at `at` with an abbreviation written in capitals. */
function capitalTimezoneAt(text: string, at: number): boolean {
  let i = skipSpaces(text, at);
  if (text.charCodeAt(i) === 44) i = skipSpaces(text, i + 1);
  if (text.charCodeAt(i) === 40) i++;
  const c = text.charCodeAt(i);
  if (!(c >= 65 && c <= 90)) return false;
  TIMEZONE_NAME.lastIndex = at;
  const tz = TIMEZONE_NAME.exec(text);
  return tz !== null && tz[1] === tz[1]!.toUpperCase();
}

/** Whether YEAR_SUFFIX matches at `at` with more than three characters (a year ENExtractYearSuffixRefiner takes). */
function yearSuffixAt(text: string, at: number): boolean {
  const c = text.charCodeAt(skipSpaces(text, at));
  if (!(c >= 48 && c <= 57)) return false;
  YEAR_SUFFIX.lastIndex = at;
  const year = YEAR_SUFFIX.exec(text);
  return year !== null && year[0].trim().length > 3;
}

/** What an extractor tells the scanning loop. */
type Extracted = LiteResult | { skipTo: number } | 'unknown';

/** One parser: its regex (as chrono builds it) and its extraction, for a match and the match's start in the text. */
interface LiteParser {
  pattern: RegExp;
  extract(text: string, m: RegExpExecArray, index: number): Extracted;
}

function result(index: number, text: string, time = false): LiteResult {
  return { index, text, end: null, start: new Known(), time };
}

/** AbstractParserWithWordBoundaryChecking.extract: drops the boundary group, shifts the others. */
function withoutHeader(m: RegExpExecArray, index: number): { at: number; body: string } {
  const header = m[1] ?? '';
  return { at: index + header.length, body: m[0].substring(header.length) };
}

/** ENMonthNameLittleEndianParser ("18 July 2018", "on 5th May"). Groups: date, date-to, month, year. */
function littleEndian(pattern: RegExp): LiteParser {
  return {
    pattern,
    extract(_text, m, index) {
      const { at, body } = withoutHeader(m, index);
      const month = MONTHS[m[4]!.toLowerCase()];
      const day = parseOrdinal(m[2]!);
      if (day > 31) return { skipTo: at + m[2]!.length + 1 };
      if (month === undefined || m[3]) return 'unknown';
      const r = result(at, body);
      r.start.month = month;
      r.start.day = day;
      if (m[5]) {
        const year = parseYear(m[5]);
        if (year === null) return 'unknown';
        r.start.year = year;
      }
      return r;
    },
  };
}

/** ENMonthNameMiddleEndianParser ("July 18", "July 18, 2018"). Groups: month, date, date-to, year. */
function middleEndian(pattern: RegExp): LiteParser {
  return {
    pattern,
    extract(_text, m, index) {
      const { at, body } = withoutHeader(m, index);
      const month = MONTHS[m[2]!.toLowerCase()];
      const day = parseOrdinal(m[3]!);
      if (day > 31) return { skipTo: at + 1 };
      if (month === undefined || m[4]) return 'unknown';
      const r = result(at, body);
      r.start.month = month;
      r.start.day = day;
      if (m[5]) {
        const year = parseYear(m[5]);
        if (year === null) return 'unknown';
        r.start.year = year;
      }
      return r;
    },
  };
}

/** ENWeekdayParser. Groups: prefix, weekday, postfix. */
function weekday(pattern: RegExp): LiteParser {
  return {
    pattern,
    extract(_text, m, index) {
      const { at, body } = withoutHeader(m, index);
      const modifierWord = (m[2] || m[4] || '').toLowerCase();
      const word = m[3]!.toLowerCase();
      const known = WEEKDAYS[word];
      let day: number;
      // "weekend" and "weekday" depend on the reference (a Saturday); chrono's numbers, which
      // detect-chrono.ts never turns into a candidate.
      if (known !== undefined) day = known;
      else if (word === 'weekend') day = modifierWord === 'last' || modifierWord === 'past' ? 0 : 6;
      else if (word === 'weekday') day = modifierWord === 'last' || modifierWord === 'past' ? 5 : 1;
      else return { skipTo: at + 1 };
      const r = result(at, body);
      r.start.weekday = day;
      return r;
    },
  };
}

/** ENMonthNameParser ("April", "in March 2017"). Groups: prefix, month, year. */
function monthName(pattern: RegExp): LiteParser {
  return {
    pattern,
    extract(text, m, index) {
      const { at, body } = withoutHeader(m, index);
      const name = m[3]!.toLowerCase();
      if (body.length <= 3 && !FULL_MONTHS[name]) return { skipTo: at + 1 };
      const month = MONTHS[name];
      if (month === undefined) return 'unknown';
      const start = at + (m[2] || '').length;
      const r = result(start, text.substring(start, at + body.length));
      r.start.month = month;
      if (m[4]) {
        const year = parseYear(m[4]);
        if (year === null) return 'unknown';
        r.start.year = year;
      }
      return r;
    },
  };
}

/**
 * ENTimeExpressionParser (strict mode off), enough to know whether it returns a result and its
 * span: the clock time itself is never needed, since a time left after the overlaps are settled
 * sends the window to chrono. Groups: boundary, hour, minute, second, millisecond, am/pm.
 */
/**
 * Whether the time parser's following pattern (a range: "- 11", " to 5") matches at `at`; it
 * starts with spaces and one of - – ~ 〜 to until through till ?, so only then is it tried (sticky).
 */
function followingAt(text: string, at: number, following: RegExp): boolean {
  const c = text.charCodeAt(skipSpaces(text, at));
  if (!(c === 45 || c === 0x2013 || c === 126 || c === 0x301c || c === 63 || (c | 0x20) === 116 || (c | 0x20) === 117)) return false;
  following.lastIndex = at;
  return following.test(text);
}

function timeExpression(pattern: RegExp, following: RegExp): LiteParser {
  return {
    pattern,
    extract(text, m, index) {
      const rawHour = m[2]!;
      let hour = parseInt(rawHour, 10);
      let minute = 0;
      let ok = true;
      if (hour > 100) {
        if (rawHour.length === 4 && m[3] == null && !m[6]) ok = false;
        else if (m[3] != null) ok = false;
        else {
          minute = hour % 100;
          hour = Math.floor(hour / 100);
        }
      }
      if (ok && hour > 24) ok = false;
      if (ok && m[3] != null) {
        if (m[3].length === 1 && !m[6]) ok = false;
        else minute = parseInt(m[3], 10);
      }
      if (ok && minute >= 60) ok = false;
      if (ok && m[6] != null && hour > 12) ok = false;
      if (ok && m[5] != null && parseInt(m[5].substring(0, 3), 10) >= 1000) ok = false;
      if (ok && m[4] != null && parseInt(m[4], 10) >= 60) ok = false;
      if (!ok) return { skipTo: (/^\d{4}/.test(m[0]) ? index + 4 : index + m[0].length) + 1 };
      const at = index + m[1]!.length;
      const body = m[0].substring(m[1]!.length);
      // A range ("10-11", "3 to 5") or a "+0300" after it: left to chrono.
      if (followingAt(text, index + m[0].length, following)) return 'unknown';
      if (/^\d$/.test(body) || /^\d\d\d+$/.test(body) || /\d[apAP]$/.test(body)) return { skipTo: index + m[0].length + 1 };
      const ending = /[^\d:.](\d[\d.]+)$/.exec(body);
      if (ending) {
        const digits = ending[1]!;
        if ((digits.includes('.') && !/\d(\.\d{2})+$/.test(digits)) || parseInt(digits, 10) > 24) return { skipTo: index + m[0].length + 1 };
      }
      return result(at, body, true);
    },
  };
}

/**
 * Chrono.executeParser over one window of the joined text: from the separator's last character
 * before the window (or the start of the text), so that the regex sees at the window's start what it
 * sees when scanning the whole joined text, to the end of the separator after it. No match crosses
 * a separator and no match starts in one, so the results are those the whole scan finds in this
 * window. False when an extraction was left to chrono.
 */
function executeParser(text: string, from: number, to: number, parser: LiteParser, out: LiteResult[]): boolean {
  let base = from;
  let remaining = text.substring(from, to);
  let m = parser.pattern.exec(remaining);
  while (m) {
    const index = base + m.index;
    const found = parser.extract(text, m, index);
    if (found === 'unknown') return false;
    base = 'skipTo' in found ? found.skipTo : found.index + found.text.length;
    if (!('skipTo' in found)) out.push(found);
    if (base >= to) break;
    remaining = text.substring(base, to);
    m = parser.pattern.exec(remaining);
  }
  return true;
}

/** OverlapRemovalRefiner. */
function removeOverlaps(results: LiteResult[]): LiteResult[] {
  if (results.length < 2) return results;
  const kept: LiteResult[] = [];
  let prev = results[0]!;
  for (let i = 1; i < results.length; i++) {
    const r = results[i]!;
    if (r.index >= prev.index + prev.text.length) {
      kept.push(prev);
      prev = r;
      continue;
    }
    if (r.text.length > prev.text.length) prev = r;
  }
  kept.push(prev);
  return kept;
}

/** MergeWeekdayComponentRefiner: "Thursday, July 19" is one result. */
function mergeWeekdays(text: string, results: LiteResult[]): LiteResult[] {
  if (results.length < 2) return results;
  const merged: LiteResult[] = [];
  let cur = results[0]!;
  for (let i = 1; i < results.length; i++) {
    const next = results[i]!;
    const between = text.substring(cur.index + cur.text.length, next.index);
    if (cur.start.onlyWeekday() && !cur.time && next.start.day !== null && /^,?\s*$/.test(between)) {
      const r = result(cur.index, cur.text + between + next.text);
      r.start.year = next.start.year;
      r.start.month = next.start.month;
      r.start.day = next.start.day;
      r.start.weekday = cur.start.weekday;
      cur = r;
    } else {
      merged.push(cur);
      cur = next;
    }
  }
  merged.push(cur);
  return merged;
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** UnlikelyFormatFilter's isValidDate for a result with a day; null when it depends on the implied year. */
function validDay(k: Known): boolean | null {
  const day = k.day!;
  const month = k.month!;
  if (day < 1) return false;
  if (month === 2 && day === 29) {
    if (k.year === null) return null;
    const y = k.year;
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  }
  return day <= DAYS_IN_MONTH[month]!;
}

export interface LitePatterns {
  /** Each parser's regex, as chrono's parser objects build it. */
  littleEndian: RegExp;
  middleEndian: RegExp;
  weekday: RegExp;
  timeExpression: RegExp;
  /** ENTimeExpressionParser's following (range) pattern. */
  timeFollowing: RegExp;
  monthName: RegExp;
  /** The parsers whose any match sends the window to chrono. */
  numeric: readonly RegExp[];
}

/** A regex anchored with a leading ^ as a sticky one, to run at a position instead of on a substring. */
function stickyFromStart(re: RegExp): RegExp {
  if (!re.source.startsWith('^') || re.flags.includes('m')) throw new Error(`not anchored at the start: /${re.source}/`);
  return new RegExp(re.source.slice(1), `${re.flags.replace(/[gy]/g, '')}y`);
}

/**
 * What a match of the day-month parsers holds, as a small regex that is cheap to run first: an
 * ordinal (digits, or an ordinal word, which ends with one of these) right before a separator and a
 * month name ("18 July", "5th of May"), or a month name right before a separator and an ordinal
 * ("July 18", "May fifth").
 */
const DAY_MONTH =
  /(?:\d(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth)(?:-|\/|\s{0,3}(?:of)?\s{0,3})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const MONTH_DAY =
  /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:-|\/|\s*,?\s*)(?:\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twent|thirt)/i;

/** Windows without a digit, a month name or a weekday word, for parsers that need one. */
const DIGIT = /[0-9]/;
/** Every month name chrono reads starts with one of these. */
const MONTH_PREFIX = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/** Every weekday word chrono reads ("Thurs.", "weekend") starts with one of these. */
const WEEKDAY_PREFIX = /sun|mon|tue|wed|thu|fri|sat|week/i;
/**
 * What the numeric-only parsers need: four digits in a row (2018-07-20, 2018 July), a digit, a
 * slash, dot or dash and a digit (7/20, 7.20.18), or a number and an era (100 BC, 2561 BE).
 */
const NUMERIC_SHAPE = /\d{4}|\d[/.-]\d|\d\s{0,2}[abc]/i;

export class ChronoLite {
  /** Off when chrono is not the one this was checked against (see detect-chrono.ts). */
  enabled = true;
  private readonly parsers: LiteParser[];
  private readonly numeric: readonly RegExp[];

  constructor(private readonly patterns: LitePatterns) {
    // In chrono's order: results are concatenated parser by parser, then sorted by index (stably).
    this.parsers = [
      littleEndian(patterns.littleEndian),
      middleEndian(patterns.middleEndian),
      weekday(patterns.weekday),
      timeExpression(patterns.timeExpression, stickyFromStart(patterns.timeFollowing)),
      monthName(patterns.monthName),
    ];
    this.numeric = patterns.numeric;
  }

  /** The regexes in use, for a fingerprint of what the light path was checked against. */
  patternSources(): string[] {
    const p = this.patterns;
    return [p.littleEndian, p.middleEndian, p.weekday, p.timeExpression, p.timeFollowing, p.monthName, ...p.numeric].map((re) => `${re.source}/${re.flags}`);
  }

  /**
   * Chrono's results for `text`, the windows joined as detect-chrono.ts gives them to chrono
   * (`starts` and `ends` of each window in it, separated by `separator`): for each window its
   * results, with indexes in `text`, or null when chrono has to read that window.
   */
  parse(text: string, starts: readonly number[], ends: readonly number[], separator: number): (ChronoResultLike[] | null)[] {
    const out: (ChronoResultLike[] | null)[] = [];
    const [little, middle, week, time, month] = this.parsers as [LiteParser, LiteParser, LiteParser, LiteParser, LiteParser];
    for (let k = 0; k < starts.length; k++) {
      const from = k === 0 ? 0 : starts[k]! - 1;
      const to = Math.min(text.length, ends[k]! + separator);
      const window = text.substring(starts[k]!, ends[k]!);
      const digits = DIGIT.test(window);
      const months = MONTH_PREFIX.test(window);
      let ok = true;
      if (digits && NUMERIC_SHAPE.test(window)) {
        const region = text.substring(from, to);
        for (const re of this.numeric) if (re.test(region)) ok = false;
      }
      // Each parser needs something in the window: the day-month parsers a month name and a
      // number or an ordinal word, the weekday parser a weekday, the clock-time parser a digit,
      // the month-name parser a month name. Chrono concatenates the results parser by parser.
      const found: LiteResult[] = [];
      if (ok && months && (digits || ORDINAL_WORD.test(window))) {
        if (DAY_MONTH.test(window)) ok = executeParser(text, from, to, little, found);
        if (ok && MONTH_DAY.test(window)) ok = executeParser(text, from, to, middle, found);
      }
      if (ok && WEEKDAY_PREFIX.test(window)) ok = executeParser(text, from, to, week, found);
      if (ok && digits) ok = executeParser(text, from, to, time, found);
      if (ok && months) ok = executeParser(text, from, to, month, found);
      // Chrono sorts the results by index, stably.
      if (ok) found.sort((a, b) => a.index - b.index);
      out.push(ok ? refine(text, found) : null);
    }
    return out;
  }
}

/** The refiners detect-chrono.ts keeps, in chrono's order, on one window's results; null to ask chrono. */
function refine(text: string, found: LiteResult[]): LiteResult[] | null {
  if (found.length === 0) return found;
  let results = removeOverlaps(found);
  if (results.some((r) => r.time)) return null;
  for (const r of results) if (timezoneOffsetAt(text, r.index + r.text.length)) return null;
  results = mergeWeekdays(text, results);
  // ENMergeDateTimeRefiner needs a clock time: none is left.
  for (const r of results) if (capitalTimezoneAt(text, r.index + r.text.length)) return null;
  const valid: LiteResult[] = [];
  for (const r of results) {
    if (r.start.day !== null) {
      const ok = validDay(r.start);
      if (ok === null) return null;
      if (!ok) continue;
    }
    valid.push(r);
  }
  for (const r of valid) {
    if (r.start.month !== null && r.start.year === null && yearSuffixAt(text, r.index + r.text.length)) return null;
  }
  return valid;
}

/** The fields of results that detect-chrono.ts reads, for comparing the two paths. */
export function describeResults(results: readonly ChronoResultLike[]): string {
  const fields: chrono.Component[] = ['year', 'month', 'day', 'weekday', 'hour', 'minute'];
  return JSON.stringify(results.map((r) => [r.index, r.text, Boolean(r.end), fields.map((f) => (r.start.isCertain(f) ? r.start.get(f) : null))]));
}
