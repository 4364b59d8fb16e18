/**
 * The time layer end to end: every detector proposes candidates, overlaps are settled, qualifiers
 * are attached, and each expression is anchored in reading order (so "a week before" can count
 * from the last date the story told).
 */
import type { Sentence, Timex } from '../../doc/schema.js';
import { parseYmd, type Ymd } from './calendar.js';
import { NarrativeAnchor } from './anchor.js';
import { ANAPHORIC_CUES, detectAnaphoric } from './detect-anaphoric.js';
import { CALENDAR_CUES, detectCalendar } from './detect-calendar.js';
import { TRIGGER_NAMES, detectChrono } from './detect-chrono.js';
import { DURATION_CUES, detectDurations } from './detect-durations.js';
import { HOLIDAY_FIRST_WORDS, detectHolidays } from './detect-holidays.js';
import { OFFSET_CUES, detectOffsets } from './detect-offsets.js';
import { REPORTED_CUES, detectReported } from './detect-reported.js';
import { RELATIVE_CUES, detectRelative } from './detect-relative.js';
import { SET_CUES, detectSets } from './detect-sets.js';
import { SPELLED_YEAR_CUES, detectSpelledYears } from './detect-spelled-years.js';
import { VAGUE_CUES, detectVague } from './detect-vague.js';
import { stemForms, verbStemBefore } from './event-words.js';
import { extendCandidates } from './extend.js';
import { resolveOverlaps } from './merge.js';
import { resolveSpec, type Resolved } from './normalize.js';
import { orientationAt, type Orientation } from './orientation.js';
import { compileTextScanner, isSpaceCode } from './scan.js';
import type { Candidate, RelativeSpec } from './spec.js';

/**
 * The scans of the text (scan.ts) for the cue words of all detectors, the words and numbers that
 * can start a chrono date, and the first words of holiday names.
 */
export const scanText = compileTextScanner({
  cues: [...OFFSET_CUES, ...ANAPHORIC_CUES, ...REPORTED_CUES, ...SPELLED_YEAR_CUES, ...RELATIVE_CUES, ...CALENDAR_CUES, ...SET_CUES, ...DURATION_CUES, ...VAGUE_CUES],
  names: TRIGGER_NAMES,
  holidayFirstWords: HOLIDAY_FIRST_WORDS,
});

/** Sentence bounds when the segmenter has not run (tests, direct calls). */
function roughSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?\n]*(?:[.!?]+["'”’)]*|\n|$)/g;
  for (let m = re.exec(text); m && m.index < text.length; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const WHOLE_TEXT: Sentence = { start: 0, end: Number.MAX_SAFE_INTEGER };

/** Index of the sentence holding the offset, by binary search. */
function sentenceIndex(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(lo, sentences.length - 1));
}

/**
 * All candidates, before overlaps are settled; exported for debugging rules. Detectors in order of
 * precedence when two find the very same span: the specialised ones first, chrono last.
 */
export function detectCandidates(text: string): Candidate[] {
  const scan = scanText(text);
  const hits = scan.hits;
  const out = detectOffsets(text, hits);
  append(out, detectRelative(text, hits));
  append(out, detectCalendar(text, hits));
  append(out, detectHolidays(text, scan.holidayStarts));
  append(out, detectReported(text, hits));
  append(out, detectSpelledYears(text, hits));
  append(out, detectAnaphoric(text, hits));
  append(out, detectSets(text, hits));
  append(out, detectDurations(text, hits));
  append(out, detectVague(text, hits));
  append(out, detectChrono(text, scan.triggers));
  return out;
}

function append<T>(to: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) to.push(items[i]!);
}

/** A day-precise date the text gave, with its sentence and span. */
interface Dated {
  date: Ymd;
  sentence: number;
  start: number;
  end: number;
  /** Counted from an event named after it ("ten days before the shooting"). */
  counted: boolean;
}

/**
 * Finds and normalizes the time expressions of a text. `date` is the document date
 * (YYYY-MM-DD) or null; `sentences` are the segmenter's, if it ran.
 */
export function findTimexes(text: string, date: string | null, sentences: readonly Sentence[] = []): Timex[] {
  const doc = parseYmd(date);
  const bounds = sentences.length ? sentences : roughSentences(text);
  const candidates = extendCandidates(text, resolveOverlaps(detectCandidates(text)));
  const narrative = new NarrativeAnchor(doc);
  const timexes: Timex[] = [];
  // Day-precise dates seen so far, with the index of their sentence, for "a week before <event>".
  const dated: Dated[] = [];
  // The last timex, when it is a clock time alone: "6 a.m." right before "ten days before the shooting".
  let lastClock: Timex | null = null;
  // Clock times alone dated only by the story's last day, for a day their clause names after them.
  const guessed = new Set<Timex>();
  // The tense the last date of a sentence was read in, for a later date of the same sentence
  // with no tense cue of its own ("would leave from March 30, with the third departing from August 6").
  let told: { sentence: number; orientation: Orientation } | null = null;
  for (const c of candidates) {
    let orientation: Orientation | undefined;
    const at = sentenceIndex(bounds, c.start);
    const sentence = bounds[at] ?? WHOLE_TEXT;
    const previous = bounds[at - 1] ?? sentence;
    const orient = (): Orientation => {
      if (orientation !== undefined) return orientation;
      orientation = orientationAt(text, c.start, c.end, sentence.start, sentence.end);
      if (orientation === 'none' && told?.sentence === at) orientation = told.orientation;
      else if (orientation !== 'none') told = { sentence: at, orientation };
      return orientation;
    };
    const loneClock = c.spec.kind === 'relative' && c.spec.narrative === true && c.spec.time !== undefined;
    const spec = loneClock && c.spec.kind === 'relative' ? withClauseEvent(c.spec, text, c.start, sentence.start) : c.spec;
    const restated = spec.kind === 'offset' && spec.appositive ? restatedDay(text, timexes[timexes.length - 1], c.start) : null;
    const resolved = restated ?? resolveSpec(spec, {
      doc,
      narrative: narrative.current,
      quarter: narrative.quarter,
      lastDate: narrative.lastDate,
      eventDate: (stem) => eventDate(text, bounds, dated, stem, c.start),
      nearbyExplicit: (month) => narrative.explicitNear(previous.start, month),
      orientation: orient,
    });
    // "that day" with no date before it to point at is generic ("redemptions that day"): no timex.
    if (c.spec.kind === 'anaphoric' && resolved.anchor === 'unknown') continue;
    // Two literals rather than a spread, with the fields in the same order.
    const timex: Timex = c.mod
      ? { start: c.start, end: c.end, text: text.slice(c.start, c.end), type: resolved.type, value: resolved.value, mod: c.mod, anchor: resolved.anchor, rule: c.rule + resolved.note }
      : { start: c.start, end: c.end, text: text.slice(c.start, c.end), type: resolved.type, value: resolved.value, anchor: resolved.anchor, rule: c.rule + resolved.note };
    // An offset that found no dated event is the stretch of time alone ("a week").
    if (resolved.type === 'DURATION' && c.spec.kind === 'offset' && c.spec.relativeTo) {
      timex.end = c.spec.relativeTo.unitEnd;
      timex.text = text.slice(timex.start, timex.end);
    }
    const day = timex.type === 'DATE' || timex.type === 'TIME' ? parseYmd(timex.value) : null;
    if (day && c.spec.kind === 'offset' && lastClock && isBlank(text, lastClock.end, timex.start)) {
      // "at 6 a.m. ten days before the shooting": one point in time, the clock on the counted day.
      lastClock.end = timex.end;
      lastClock.text = text.slice(lastClock.start, timex.end);
      lastClock.value = timex.value.slice(0, 10) + lastClock.value.slice(lastClock.value.indexOf('T'));
      lastClock.anchor = timex.anchor;
      lastClock.rule += `+${timex.rule}`;
      narrative.observe(lastClock);
      dated.push({ date: day, sentence: at, start: lastClock.start, end: lastClock.end, counted: c.spec.relativeTo !== undefined });
      lastClock = null;
      continue;
    }
    narrative.observe(timex, () => orient() === 'past');
    // A clock time dated only by the story's last date tells nothing of when its event happened.
    if (day && !(loneClock && !resolved.note.endsWith('/event'))) {
      dated.push({ date: day, sentence: at, start: timex.start, end: timex.end, counted: spec.kind === 'offset' && spec.relativeTo !== undefined });
    }
    timexes.push(timex);
    lastClock = loneClock ? timex : null;
    if (loneClock && !resolved.note.endsWith('/event')) guessed.add(timex);
  }
  for (let i = 0; i + 1 < timexes.length; i++) {
    const clock = timexes[i]!;
    if (guessed.has(clock)) takeDayAhead(text, clock, timexes[i + 1]!);
  }
  return timexes;
}

/** How far after a clock time a day of its own clause may stand ("at 6 a.m. near his home 10 days before the murder"). */
const CLAUSE_REACH = 50;

/** A clock time dated by the story's last day takes the day its own clause names a little further on. */
function takeDayAhead(text: string, clock: Timex, next: Timex): void {
  if (next.type !== 'DATE' || next.value.length !== 10 || !parseYmd(next.value) || next.start - clock.end > CLAUSE_REACH) return;
  if (/[,;:.!?]/.test(text.slice(clock.end, next.start).replace(/^\.\s/, ' '))) return;
  clock.value = next.value + clock.value.slice(clock.value.indexOf('T'));
  clock.anchor = next.anchor;
  clock.rule += '/day-ahead';
}

/** "Oct. 12, the day before the plunge": the day just written, when only a comma stands between. */
function restatedDay(text: string, last: Timex | undefined, start: number): Resolved | null {
  if (!last || last.type !== 'DATE' || last.value.length !== 10 || !parseYmd(last.value)) return null;
  if (!/^\s*,\s*$/.test(text.slice(last.end, start))) return null;
  return { type: 'DATE', value: last.value, anchor: last.anchor, note: '/apposition' };
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** A clock time alone with the stem of the verb it belongs to ("was shot to death at 10 p.m."), if any. */
function withClauseEvent(spec: RelativeSpec, text: string, at: number, sentenceStart: number): RelativeSpec {
  const event = verbStemBefore(text, at, sentenceStart);
  return event ? { ...spec, event } : spec;
}

/** How many dated sentences back "a week before <event>" looks for its event. */
const EVENT_LOOK_BACK = 8;
/**
 * How far from a date its event word may stand: "was shot to death on the night of Oct. 23"
 * dates the shooting, "a news conference Thursday to announce … the murder investigation" does
 * not date the murder.
 */
const EVENT_REACH = 40;

/**
 * The date of the most recent dated sentence (before `before`) that tells of the event with this
 * stem next to that date: "arrived in Tehran on Wednesday … a week before arriving in Tehran"
 * counts from Wednesday.
 */
function eventDate(text: string, bounds: readonly Sentence[], dated: readonly Dated[], stem: string, before: number): Ymd | null {
  const re = new RegExp(`\\b(?:${stemForms(stem).join('|')})`, 'i');
  for (let i = dated.length - 1; i >= 0 && i >= dated.length - EVENT_LOOK_BACK; i--) {
    const d = dated[i]!;
    const s = bounds[d.sentence];
    // "ten days before the shooting" dates what the clause tells, not the shooting.
    const after = d.counted ? d.start : Math.min(s?.end ?? 0, d.end + EVENT_REACH, before);
    if (s && re.test(text.slice(Math.max(s.start, d.start - EVENT_REACH), after))) return d.date;
  }
  return null;
}
