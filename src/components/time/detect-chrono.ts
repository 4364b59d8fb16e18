/**
 * Explicit calendar dates, weekdays and clock times, found by chrono-node: "July 18",
 * "Thursday, July 19", "18 July 2018", "2018-07-20", "7/20/2018", "last Monday", "3 p.m.".
 *
 * Chrono is used for what it reads well (the many spellings of a date) and kept away from the
 * rest: its relative-date parsers are switched off (they return instants, and TIMEX3 wants
 * "last week" kept as a week), only the fields it read in the text are used (never the ones it
 * implied from the reference date), and its typical false positives on news text are filtered
 * ("may" the verb, "March" the verb, "Sun" the newspaper, "at 8", "24/7").
 *
 * Chrono only reads the windows around words that can start a date (month and weekday names,
 * digits shaped like dates or times), joined by a separator it cannot read across. Most windows
 * ("on Wednesday", "July 18", "Thursday, July 19") never reach chrono itself: chrono-lite.ts
 * gives the same results for the common shapes at a fraction of the cost (chrono builds a heavy
 * object per match); chrono is called once on the other windows.
 */
import * as chrono from 'chrono-node';
import { ChronoLite, describeResults, type ChronoComponentsLike, type ChronoResultLike } from './chrono-lite.js';
import { isSpaceCode } from './scan.js';
import type { Candidate, ClockTime } from './spec.js';
import { MONTHS } from './model/lexicon.js';
import { wordBefore } from './text-context.js';
import { TIME_ZONE } from '../../text/time-zones.js';

const KEPT_PARSERS = new Set([
  'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENSlashMonthFormatParser', 'ENTimeExpressionParser',
  'ENYearMonthNameParser', 'ENMonthNameParser',
]);

/** Ranges are split so each end gets its own timex; relative merges are ours to make. */
const DROPPED_REFINERS = new Set([
  'ENMergeDateRangeRefiner', 'ForwardDateRefiner', 'ENMergeRelativeAfterDateRefiner',
  'ENMergeRelativeFollowByDateRefiner', 'ENEndOfPeriodRefiner',
  // It drops every "May" not preceded by "in" ("last May", "by May"); our own filter is finer.
  'ENUnlikelyFormatFilter',
]);

function buildParser(withTimes: boolean): chrono.Chrono {
  const parser = chrono.en.casual.clone();
  parser.parsers = parser.parsers.filter((p) => KEPT_PARSERS.has(p.constructor.name) && (withTimes || p.constructor.name !== 'ENTimeExpressionParser'));
  parser.refiners = parser.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name));
  return parser;
}

const parser = buildParser(true);
/** For a date chrono glued to a number it took for a clock time ("6.43, on Friday"). */
const dateOnlyParser = buildParser(false);

/** Names of the chrono parsers in use; a test checks that a chrono upgrade did not rename them. */
export function chronoParserNames(): string[] {
  return parser.parsers.map((p) => p.constructor.name);
}

/**
 * A fixed reference: only fields written in the text are read back, so the reference never
 * leaks into a value, and the results do not depend on the document date.
 */
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

/** Words that can start a chrono date; case-sensitive so that "may" and "march" do not trigger. */
export const TRIGGER_NAMES: readonly string[] = [
  'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'January', 'February', 'March', 'April',
  'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
  'Saturday', 'Sunday',
];

/** The trigger names, and numbers shaped like dates or times (scan.ts finds the same in its pass). */
const TRIGGER = new RegExp(
  `\\b(?:${TRIGGER_NAMES.join('|')})\\b|\\d{1,2}:\\d{2}|\\d\\s*[ap]\\.?m\\b|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\d{4}\\/\\d{1,2}\\/\\d{1,2}|o['’]clock`,
  'g',
);

const MARGIN_BEFORE = 16;
const MARGIN_AFTER = 18;

interface Window {
  start: number;
  end: number;
}

/** Stretches of text worth showing chrono: each trigger with some words around it, merged. */
export function chronoWindows(text: string): Window[] {
  const triggers: number[] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) triggers.push(m.index, m.index + m[0].length);
  return windowsAround(text, triggers);
}

/** The windows around trigger spans given flattened ([start, end, …], in text order). */
export function windowsAround(text: string, triggers: readonly number[]): Window[] {
  const windows: Window[] = [];
  let last: Window | undefined;
  for (let t = 0; t < triggers.length; t += 2) {
    let start = Math.max(0, triggers[t]! - MARGIN_BEFORE);
    let end = Math.min(text.length, triggers[t + 1]! + MARGIN_AFTER);
    // Widen to whole words so chrono never sees half a year or half a month name.
    while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++;
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push((last = { start, end }));
  }
  return windows;
}

/** Words after which a month name alone is a month ("in April", "since March", "last April"). */
const MONTH_LEADS = new Set([
  'in', 'since', 'by', 'until', 'till', 'before', 'after', 'during', 'of', 'from', 'through', 'to',
  'between', 'and', 'early', 'late', 'mid', 'mid-', 'early-', 'late-', 'last', 'next', 'this', 'past',
  'coming', 'throughout', 'or', 'around', 'as', 'previous', 'for',
]);

/** Determiners before a month used as a modifier ("the March accession", "a June agreement"). */
const MONTH_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'that']);

/** "May" is also a verb and a surname: it needs a lead that only a date takes. */
const MAY_LEADS = new Set(['in', 'since', 'by', 'until', 'till', 'before', 'after', 'during', 'of', 'early', 'late', 'mid', 'mid-', 'last', 'next', 'this', 'past', 'through', 'throughout']);

const TIME_LEADS = new Set(['at', 'by', 'until', 'till', 'from', 'since', 'before', 'after', 'around', 'about', 'to', 'between', 'and', 'approximately', 'shortly']);

const FULL_SHORT_MONTHS = new Set(['May', 'June', 'July']);

/** Weekdays written in full; abbreviations alone ("Sun", "Wed") are not taken. */
const FULL_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function isWordCode(c: number): boolean {
  return ((c | 0x20) >= 97 && (c | 0x20) <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/** /\bword\b/ on `text`. */
function hasWholeWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if ((i === 0 || !isWordCode(text.charCodeAt(i - 1))) && !isWordCode(text.charCodeAt(i + word.length))) return true;
  }
  return false;
}

/** /\bword\s/ on `text`. */
function hasWordThenSpace(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if ((i === 0 || !isWordCode(text.charCodeAt(i - 1))) && isSpaceCode(text.charCodeAt(i + word.length))) return true;
  }
  return false;
}

/** /[A-Za-z]+\.?/: the first run of letters, with a full stop after it. */
function firstWord(text: string): string {
  let i = 0;
  while (i < text.length && !((text.charCodeAt(i) | 0x20) >= 97 && (text.charCodeAt(i) | 0x20) <= 122)) i++;
  const start = i;
  while (i < text.length && (text.charCodeAt(i) | 0x20) >= 97 && (text.charCodeAt(i) | 0x20) <= 122) i++;
  if (i > start && text.charCodeAt(i) === 46) i++;
  return text.slice(start, i);
}

/** Words trimSpan drops before a date when a space follows them. */
const LEAD_WORDS = ['on', 'at', 'in', 'by', 'from', 'since'];

/** Whether `text` has `word` (lower-case ASCII) at `at`, in any case. */
function hasWordAt(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(at + i) | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

function isLeadPunctuation(c: number): boolean {
  return c === 44 || c === 40 || c === 0xff08 || isSpaceCode(c);
}

function isTrailPunctuation(c: number): boolean {
  return c === 44 || c === 41 || c === 0xff09 || isSpaceCode(c);
}

/**
 * Trims what chrono takes around a date that TIMEX3 leaves out: at the start spaces, commas,
 * opening brackets and "on", "at", "in", "by", "from", "since" before a space; at the end spaces,
 * commas and closing brackets, then a full stop after a number.
 */
function trimSpan(text: string, start: number, end: number): [number, number] {
  let from = start;
  for (;;) {
    if (from < end && isLeadPunctuation(text.charCodeAt(from))) {
      while (from < end && isLeadPunctuation(text.charCodeAt(from))) from++;
      continue;
    }
    const word = LEAD_WORDS.find((w) => from + w.length < end && hasWordAt(text, from, w) && isSpaceCode(text.charCodeAt(from + w.length)));
    if (!word) break;
    from += word.length;
    while (from < end && isSpaceCode(text.charCodeAt(from))) from++;
  }
  let to = end;
  while (to > from && isTrailPunctuation(text.charCodeAt(to - 1))) to--;
  if (to - from >= 2 && text.charCodeAt(to - 1) === 46) {
    const d = text.charCodeAt(to - 2);
    if (d >= 48 && d <= 57) to--;
  }
  return [from, to];
}

/** Whether a month name is written in lower case in text[start, end) ("may", "march": verbs). */
function hasLowerCaseMonth(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const letter = (c | 0x20) >= 97 && (c | 0x20) <= 122;
    if (!letter) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < end && ((text.charCodeAt(i) | 0x20) >= 97 && (text.charCodeAt(i) | 0x20) <= 122)) i++;
    // Month words have three letters or more; a capitalized one is a name, not a verb.
    if (c >= 97 && i - runStart >= 3 && MONTHS[text.slice(runStart, i).toLowerCase()] !== undefined) return true;
  }
  return false;
}

function clockOf(c: ChronoComponentsLike): ClockTime | undefined {
  if (!c.isCertain('hour')) return undefined;
  return { hour: c.get('hour') ?? 0, minute: c.isCertain('minute') ? c.get('minute') ?? 0 : 0 };
}

/** A clock time says it is one: "3 p.m.", "17:00 GMT", "10 o'clock", "10:30". */
const MERIDIEM = /\d\s*(?:[ap]\.?m\b|[ap]\.m\.)|o['’]clock/i;

function isMarkedClock(span: string): boolean {
  return MERIDIEM.test(span) || TIME_ZONE.test(span) || /\d:\d\d/.test(span);
}

/** Turns one chrono result into a candidate, or null when it is one of chrono's false positives. */
function toCandidate(text: string, result: ChronoResultLike, offset: number): Candidate | null {
  const [start, end] = trimSpan(text, offset + result.index, offset + result.index + result.text.length);
  if (end <= start) return null;
  const span = text.slice(start, end);
  const c = result.start;
  const has = (k: chrono.Component): boolean => c.isCertain(k);
  const isDigit = (i: number): boolean => text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;
  if (has('hour') && (has('day') || has('weekday')) && !isMarkedClock(span)) {
    // A date glued to a number chrono read as a clock ("6.43, on Friday", "Jan. 1, 1990 at 1,015
    // francs"): keep the date alone.
    const dateOnly = dateOnlyParser.parse(span, REFERENCE, { forwardDate: false })[0];
    return dateOnly ? toCandidate(text, dateOnly, start) : null;
  }
  const year = has('year') ? c.get('year') ?? undefined : undefined;
  const time = clockOf(c);
  const range = result.end ? ':range-start' : '';

  // Month names must be capitalized: "may" and "march" are verbs.
  if (hasLowerCaseMonth(text, start, end)) return null;

  if (has('month') && has('day')) {
    // "24/7", "3/4 majority": numbers with a slash and no year are not dates.
    const sep = isDigit(start + 1) ? start + 2 : start + 1;
    const slash = text.charCodeAt(sep) === 47 || text.charCodeAt(sep) === 46;
    if (isDigit(start) && slash && isDigit(sep + 1) && (end === sep + 2 || (end === sep + 3 && isDigit(sep + 2)))) return null;
    const weekday = has('weekday') ? isoWeekday(c.get('weekday') ?? 0) : undefined;
    return {
      start, end,
      spec: { kind: 'calendar', ...(year !== undefined ? { year } : {}), month: c.get('month')!, day: c.get('day')!, ...(weekday ? { weekday } : {}), shift: 'bare', ...(time ? { time } : {}) },
      rule: `chrono:date${range}`,
    };
  }

  if (has('month')) {
    const month = c.get('month')!;
    if (year === undefined) {
      const word = firstWord(span);
      // Abbreviations alone ("Mar", "Jan") are too often something else ("Mar-a-Lago").
      if (word.length <= 4 && !word.endsWith('.') && !FULL_SHORT_MONTHS.has(word)) return null;
      const lead = wordBefore(text, start);
      const leads = month === 5 ? MAY_LEADS : MONTH_LEADS;
      const next = text.charCodeAt(end + 1);
      const modifier = month !== 5 && MONTH_DETERMINERS.has(lead) && end + 2 <= text.length && isSpaceCode(text.charCodeAt(end)) && next >= 97 && next <= 122;
      if (!leads.has(lead) && !modifier) return null;
    }
    return { start, end, spec: { kind: 'calendar', ...(year !== undefined ? { year } : {}), month, shift: 'bare' }, rule: `chrono:month${range}` };
  }

  if (has('weekday')) {
    // "Sun", "Sat", "Wed": abbreviations alone are names and words more often than days.
    if (!FULL_WEEKDAYS.some((day) => hasWholeWord(span, day))) return null;
    const lower = result.text.toLowerCase();
    const shift = hasWordThenSpace(lower, 'last') || hasWordThenSpace(lower, 'past') ? 'last' : hasWordThenSpace(lower, 'next') ? 'next' : hasWordThenSpace(lower, 'this') ? 'this' : 'bare';
    return { start, end, spec: { kind: 'weekday', weekday: isoWeekday(c.get('weekday') ?? 0), shift, ...(time ? { time } : {}) }, rule: `chrono:weekday` };
  }

  if (time) {
    // A clock time needs a marker: "3 p.m.", "17:00 GMT", "at 10:30". "at 8" or a score "10:30" is not enough.
    const marked = MERIDIEM.test(span) || TIME_ZONE.test(span);
    const led = span.includes(':') && TIME_LEADS.has(wordBefore(text, start));
    if (!marked && !led) return null;
    return { start, end, spec: { kind: 'relative', unit: 'day', offset: 0, time, narrative: true }, rule: 'chrono:time' };
  }
  return null;
}

/** Chrono numbers weekdays from Sunday = 0; TIMEX3 and ISO from Monday = 1 to Sunday = 7. */
function isoWeekday(chronoWeekday: number): number {
  return chronoWeekday === 0 ? 7 : chronoWeekday;
}

/**
 * Between two windows in the text chrono is given. Chrono's refiners merge neighbouring results
 * only across spaces, commas, "at", "on" and the like; a bar is none of those, so a date in one
 * window never merges with a time in the next.
 */
const SEPARATOR = '\n|\n';

/** Chrono's own weekday and month-name parsers, whose regexes the light path runs. */
function parserPattern(name: string): RegExp {
  const p = parser.parsers.find((q) => q.constructor.name === name);
  if (!p) throw new Error(`chrono has no ${name}`);
  return p.pattern(undefined as never);
}

const lite = new ChronoLite({
  littleEndian: parserPattern('ENMonthNameLittleEndianParser'),
  middleEndian: parserPattern('ENMonthNameMiddleEndianParser'),
  weekday: parserPattern('ENWeekdayParser'),
  timeExpression: parserPattern('ENTimeExpressionParser'),
  timeFollowing: (parser.parsers.find((q) => q.constructor.name === 'ENTimeExpressionParser') as unknown as { getFollowingTimePatternThroughCache(): RegExp }).getFollowingTimePatternThroughCache(),
  monthName: parserPattern('ENMonthNameParser'),
  numeric: ['ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENSlashMonthFormatParser', 'ENYearMonthNameParser'].map(parserPattern),
});

/** Texts on which the light path must agree with chrono (the time tests check it). */
const LITE_CHECKS = [
  'arrived in Tehran on Wednesday, Moscow’s ambassador', 'at last Monday’s summit', 'Last April, the Israeli', 'in March or May',
  'at Mar-a-Lago on Sun., he sat', 'over the weekend or next weekday', 'Thursday (local time) and Friday', 'early September, Sept. and Dec',
  'this Friday of next week', 'may march on Tuesday', 'in MAY and JUNE', 'on Saturday the MPs', 'Sunday ( Monday )',
  'reported July 18.\nLast April, the', 'said Thursday, July 19, that the', 'on 18 July 2018 and', 'July 18, 2018, when', 'in March 2017 or',
  'on the 5th of May', 'Feb. 30 and Feb 29, 2016 and Feb 28', 'Monday 32 June 7', 'the fourth of July', 'July fourth', 'on June 1 at',
  'in 2015 or 1999', '40 people on Friday, June 3', 'Sunday June 31', 'in Sept. 2001, some 30 of', 'on Thursday 19 July, 12 people',
];

/** The samples on which the light path and chrono disagree; empty when all is well. */
export function checkChronoLite(): string[] {
  const wrong: string[] = [];
  for (const sample of LITE_CHECKS) {
    const mine = lite.parse(sample, [0], [sample.length], SEPARATOR.length)[0];
    if (!mine) continue;
    const theirs = parser.parse(sample, REFERENCE, { forwardDate: false }).sort((a, b) => a.index - b.index);
    if (describeResults(mine) !== describeResults(theirs)) wrong.push(sample);
  }
  return wrong;
}

/**
 * What the light path was checked against: chrono's parsers and refiners in use and the regexes
 * the light path runs. If a chrono upgrade changes any of them, the light path turns itself off
 * (chrono then reads every window, as before) until it is checked again (checkChronoLite) and
 * this fingerprint updated.
 */
const CHECKED_CHRONO = '10756:94868053';

export function chronoFingerprint(): string {
  const text = JSON.stringify([
    parser.parsers.map((p) => [p.constructor.name, p.pattern(undefined as never).source, p.pattern(undefined as never).flags]),
    parser.refiners.map((r) => r.constructor.name),
    lite.patternSources(),
  ]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.length}:${h.toString(16)}`;
}

lite.enabled = chronoFingerprint() === CHECKED_CHRONO;

/**
 * The windows are joined into one text, as chrono reads them in one call (its cost is mostly per
 * call and per result); the light path answers for the windows it can, and chrono is called once
 * on the others, joined the same way (with the separator after the last one if it was not the
 * last), so both see the text they would have seen.
 */
export function detectChrono(text: string, triggers?: readonly number[]): Candidate[] {
  const windows = triggers ? windowsAround(text, triggers) : chronoWindows(text);
  if (windows.length === 0) return [];
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let length = 0;
  for (const w of windows) {
    starts.push(length);
    parts.push(text.slice(w.start, w.end));
    length += w.end - w.start;
    ends.push(length);
    length += SEPARATOR.length;
  }
  const joined = parts.join(SEPARATOR);
  const perWindow = lite.enabled ? lite.parse(joined, starts, ends, SEPARATOR.length) : windows.map(() => null);
  const heavy: number[] = [];
  for (let k = 0; k < windows.length; k++) if (!perWindow[k]) heavy.push(k);
  if (heavy.length) {
    let rest = joined;
    const restStarts = starts;
    if (heavy.length < windows.length) {
      const lastIsLast = heavy[heavy.length - 1] === windows.length - 1;
      rest = heavy.map((k) => parts[k]!).join(SEPARATOR) + (lastIsLast ? '' : SEPARATOR);
    }
    const offsets: number[] = [];
    for (let j = 0, at = 0; j < heavy.length; j++) {
      offsets.push(heavy.length < windows.length ? at : restStarts[heavy[j]!]!);
      at += parts[heavy[j]!]!.length + SEPARATOR.length;
    }
    const results = parser.parse(rest, REFERENCE, { forwardDate: false }).sort((a, b) => a.index - b.index);
    for (const k of heavy) perWindow[k] = [];
    let j = 0;
    for (const result of results) {
      while (j + 1 < offsets.length && offsets[j + 1]! <= result.index) j++;
      const k = heavy[j]!;
      perWindow[k]!.push({ index: result.index - offsets[j]! + starts[k]!, text: result.text, end: result.end, start: result.start });
    }
  }
  const out: Candidate[] = [];
  for (let k = 0; k < windows.length; k++) {
    const w = windows[k]!;
    for (const result of perWindow[k]!) {
      const local = result.index - starts[k]!;
      if (local + result.text.length > w.end - w.start) continue;
      const candidate = toCandidate(text, result, w.start - starts[k]!);
      if (candidate) out.push(candidate);
    }
  }
  return out;
}

/** Whether the light path is on (a test checks that it is). */
export function chronoLiteEnabled(): boolean {
  return lite.enabled;
}
