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
 * Chrono costs about 15 µs per call before it reads a character, and every one of its parsers
 * scans the whole input, so it is called once per article on a short string: the windows around
 * words that can start a date (month and weekday names, digits shaped like dates or times),
 * joined by a separator it cannot read across.
 */
import * as chrono from 'chrono-node';
import type { Candidate, ClockTime } from './spec.js';
import { MONTHS } from './model/lexicon.js';
import { wordBefore } from './text-context.js';

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
const TRIGGER =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d{1,2}:\d{2}|\d\s*[ap]\.?m\b|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}\/\d{1,2}\/\d{1,2}|o['’]clock/g;

const MARGIN_BEFORE = 16;
const MARGIN_AFTER = 18;

interface Window {
  start: number;
  end: number;
}

/** Stretches of text worth showing chrono: each trigger with some words around it, merged. */
export function chronoWindows(text: string): Window[] {
  const windows: Window[] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    let start = Math.max(0, m.index - MARGIN_BEFORE);
    let end = Math.min(text.length, m.index + m[0].length + MARGIN_AFTER);
    // Widen to whole words so chrono never sees half a year or half a month name.
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/** Words after which a month name alone is a month ("in April", "since March", "last April"). */
const MONTH_LEADS = new Set([
  'in', 'since', 'by', 'until', 'till', 'before', 'after', 'during', 'of', 'from', 'through', 'to',
  'between', 'and', 'early', 'late', 'mid', 'mid-', 'early-', 'late-', 'last', 'next', 'this', 'past',
  'coming', 'throughout', 'or', 'around', 'as', 'previous',
]);

/** Determiners before a month used as a modifier ("the March accession", "a June agreement"). */
const MONTH_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'that']);

/** "May" is also a verb and a surname: it needs a lead that only a date takes. */
const MAY_LEADS = new Set(['in', 'since', 'by', 'until', 'till', 'before', 'after', 'during', 'of', 'early', 'late', 'mid', 'mid-', 'last', 'next', 'this', 'past', 'through', 'throughout']);

const TIME_LEADS = new Set(['at', 'by', 'until', 'till', 'from', 'since', 'before', 'after', 'around', 'about', 'to', 'between', 'and', 'approximately', 'shortly']);

const FULL_SHORT_MONTHS = new Set(['May', 'June', 'July']);

const FULL_WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

/** Trims what chrono takes around a date that TIMEX3 leaves out: "on", "at", commas, brackets. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  const raw = text.slice(start, end);
  const lead = /^(?:[\s,(（]+|(?:on|at|in|by|from|since)\s+)*/i.exec(raw)![0].length;
  let body = raw.slice(lead);
  body = body.replace(/[\s,)）]+$/, '');
  if (/\d\.$/.test(body)) body = body.slice(0, -1);
  return [start + lead, start + lead + body.length];
}

function clockOf(c: chrono.ParsedComponents): ClockTime | undefined {
  if (!c.isCertain('hour')) return undefined;
  return { hour: c.get('hour') ?? 0, minute: c.isCertain('minute') ? c.get('minute') ?? 0 : 0 };
}

/** A clock time says it is one: "3 p.m.", "17:00 GMT", "10 o'clock", "10:30". */
const MERIDIEM = /\d\s*(?:[ap]\.?m\b|[ap]\.m\.)|o['’]clock/i;
const TIME_ZONE = /\b(?:GMT|UTC|[ECMP][SD]T|BST|CET|CEST|MSK|IST|JST)\b/;

function isMarkedClock(span: string): boolean {
  return MERIDIEM.test(span) || TIME_ZONE.test(span) || /\d:\d\d/.test(span);
}

/** Turns one chrono result into a candidate, or null when it is one of chrono's false positives. */
function toCandidate(text: string, result: chrono.ParsedResult, offset: number): Candidate | null {
  const [start, end] = trimSpan(text, offset + result.index, offset + result.index + result.text.length);
  if (end <= start) return null;
  const span = text.slice(start, end);
  const c = result.start;
  const has = (k: chrono.Component): boolean => c.isCertain(k);
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
  for (const word of span.match(/[A-Za-z]+/g) ?? []) {
    if (MONTHS[word.toLowerCase()] !== undefined && !/^[A-Z]/.test(word)) return null;
  }

  if (has('month') && has('day')) {
    // "24/7", "3/4 majority": numbers with a slash and no year are not dates.
    if (/^\d{1,2}[/.]\d{1,2}$/.test(span)) return null;
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
      const word = /[A-Za-z]+\.?/.exec(span)?.[0] ?? '';
      // Abbreviations alone ("Mar", "Jan") are too often something else ("Mar-a-Lago").
      if (word.length <= 4 && !word.endsWith('.') && !FULL_SHORT_MONTHS.has(word)) return null;
      const lead = wordBefore(text, start);
      const leads = month === 5 ? MAY_LEADS : MONTH_LEADS;
      const modifier = month !== 5 && MONTH_DETERMINERS.has(lead) && /^\s+[a-z]/.test(text.slice(end, end + 2));
      if (!leads.has(lead) && !modifier) return null;
    }
    return { start, end, spec: { kind: 'calendar', ...(year !== undefined ? { year } : {}), month, shift: 'bare' }, rule: `chrono:month${range}` };
  }

  if (has('weekday')) {
    // "Sun", "Sat", "Wed": abbreviations alone are names and words more often than days.
    if (!FULL_WEEKDAY.test(span)) return null;
    const lower = result.text.toLowerCase();
    const shift = /\b(?:last|past)\s/.test(lower) ? 'last' : /\bnext\s/.test(lower) ? 'next' : /\bthis\s/.test(lower) ? 'this' : 'bare';
    return { start, end, spec: { kind: 'weekday', weekday: isoWeekday(c.get('weekday') ?? 0), shift, ...(time ? { time } : {}) }, rule: `chrono:weekday` };
  }

  if (time) {
    // A clock time needs a marker: "3 p.m.", "17:00 GMT", "at 10:30". "at 8" or a score "10:30" is not enough.
    const marked = MERIDIEM.test(span) || TIME_ZONE.test(span);
    const led = span.includes(':') && TIME_LEADS.has(wordBefore(text, start));
    if (!marked && !led) return null;
    return { start, end, spec: { kind: 'relative', unit: 'day', offset: 0, time }, rule: 'chrono:time' };
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

export function detectChrono(text: string): Candidate[] {
  const windows = chronoWindows(text);
  if (windows.length === 0) return [];
  // One call over all windows: chrono's cost is mostly per call, not per character.
  const parts: string[] = [];
  const starts: number[] = [];
  let length = 0;
  for (const w of windows) {
    starts.push(length);
    parts.push(text.slice(w.start, w.end));
    length += w.end - w.start + SEPARATOR.length;
  }
  const joined = parts.join(SEPARATOR);
  const out: Candidate[] = [];
  let k = 0;
  const results = parser.parse(joined, REFERENCE, { forwardDate: false }).sort((a, b) => a.index - b.index);
  for (const result of results) {
    while (k + 1 < starts.length && starts[k + 1]! <= result.index) k++;
    const w = windows[k]!;
    const local = result.index - starts[k]!;
    if (local + result.text.length > w.end - w.start) continue;
    const candidate = toCandidate(text, result, w.start - starts[k]!);
    if (candidate) out.push(candidate);
  }
  return out;
}
