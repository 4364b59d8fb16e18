/**
 * Growing candidates into the words that qualify them, after overlaps are settled:
 * "Last April" (shift), "early 2017" / "the end of last year" (START/END), "more than two hours"
 * (MORE_THAN), "Friday night" (part of day), "yesterday at 3 p.m." (a day and a clock time).
 * Done once for all detectors, so each detector does not have to know every qualifier.
 */
import type { Candidate, TimexSpec } from './spec.js';
import { PARTS_OF_DAY, SEASONS } from './model/lexicon.js';
import { isSpaceCode } from './scan.js';

const SHIFT_PREFIX = /\b(?:the\s+(?=previous|preceding|following))?(last|this|next|past|coming|previous|preceding|following)\s+$/i;
const SHIFTS: Readonly<Record<string, string>> = { last: 'last', past: 'last', previous: 'last', preceding: 'last', this: 'this', next: 'next', coming: 'next', following: 'next' };
/** Shift words that count from the story's last date rather than the document's: "the previous Friday". */
const NARRATIVE_SHIFTS = new Set(['previous', 'preceding', 'following']);

const POINT_MOD_PREFIX =
  /\b(?:(?:the\s+)?(early|late|mid)(?:\s+|-)|(?:the\s+)?(end|beginning|start|middle|close)\s+of\s+)$/i;

const POINT_MODS: Readonly<Record<string, string>> = {
  early: 'START', beginning: 'START', start: 'START', mid: 'MID', middle: 'MID', late: 'END', end: 'END', close: 'END',
};

const AMOUNT_MOD_PREFIX =
  /\b(more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|about|around|approximately|roughly|nearly|almost|some)\s+$/i;

const AMOUNT_MODS: Readonly<Record<string, string>> = {
  'more than': 'MORE_THAN', 'less than': 'LESS_THAN', 'fewer than': 'LESS_THAN', 'at least': 'EQUAL_OR_MORE',
  'no less than': 'EQUAL_OR_MORE', 'at most': 'EQUAL_OR_LESS', 'up to': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS',
  about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', some: 'APPROX',
  nearly: 'LESS_THAN', almost: 'LESS_THAN',
};

const PART_SUFFIX = /^\s+(morning|afternoon|evening|night)(s)?\b/i;

function takesShift(spec: TimexSpec): boolean {
  if (spec.kind === 'calendar') return spec.year === undefined && spec.day === undefined && spec.month !== undefined && spec.shift === 'bare';
  return (spec.kind === 'season' || spec.kind === 'yearPart' || spec.kind === 'weekday') && spec.shift === 'bare' && !('year' in spec && spec.year !== undefined);
}

function isPoint(spec: TimexSpec): boolean {
  return spec.kind !== 'fixed' && spec.kind !== 'offset';
}

function isDayLevel(spec: TimexSpec): boolean {
  return (spec.kind === 'calendar' && spec.day !== undefined) || spec.kind === 'weekday' || (spec.kind === 'relative' && spec.unit === 'day');
}

/** A clock time with no day of its own ("3 p.m.", "noon"), which takes the day next to it. */
function isBareClock(c: Candidate): boolean {
  return c.spec.kind === 'relative' && c.spec.unit === 'day' && c.spec.offset === 0 && (c.spec.time !== undefined || c.rule === 'relative:mid-part') && !/^relative:(?:today|tonight)/.test(c.rule);
}

/** "July last year", "Nov. 3 this year": a month or a day followed by the year it falls in. */
function isYearless(spec: TimexSpec): boolean {
  return spec.kind === 'calendar' && spec.year === undefined && spec.yearOffset === undefined && spec.shift === 'bare';
}

function isRelativeYear(c: Candidate): boolean {
  return c.spec.kind === 'relative' && c.spec.unit === 'year' && c.rule !== 'relative:year-end' && !c.mod;
}

/** What may follow a year in the possessive: a quarter, a half, a season or a month of it, with no year of its own. */
function takesYearOffset(spec: TimexSpec): boolean {
  if (spec.kind === 'yearPart' || spec.kind === 'season') return spec.year === undefined && spec.yearOffset === undefined && spec.shift === 'bare';
  return isYearless(spec) && spec.kind === 'calendar' && spec.day === undefined;
}

const POSSESSIVE_GLUE = /^['’]s\s+$/;

function hasClock(spec: TimexSpec): boolean {
  return 'time' in spec && spec.time !== undefined || 'part' in spec && spec.part !== undefined;
}

function isLetterCode(c: number): boolean {
  return (c | 0x20) >= 97 && (c | 0x20) <= 122;
}

/**
 * The letters of the word that ends where text[lo, end) ends, after `trailing` (spaces, or one
 * hyphen when `hyphen` allows it), lower-cased; '' when the text does not end that way. A cheap
 * test before the prefix regexes, which all end with such a word and spaces.
 */
function lastWord(text: string, lo: number, end: number, hyphen: boolean): string {
  let k = end - 1;
  if (k < lo) return '';
  if (hyphen && text.charCodeAt(k) === 45) k--;
  else {
    if (!isSpaceCode(text.charCodeAt(k))) return '';
    while (k >= lo && isSpaceCode(text.charCodeAt(k))) k--;
  }
  const wordEnd = k + 1;
  while (k >= lo && isLetterCode(text.charCodeAt(k))) k--;
  return wordEnd - (k + 1) > 0 && wordEnd - (k + 1) <= 13 ? text.slice(k + 1, wordEnd).toLowerCase() : '';
}

/** The words SHIFT_PREFIX, POINT_MOD_PREFIX and AMOUNT_MOD_PREFIX can end with. */
const SHIFT_LAST_WORDS = new Set(['last', 'this', 'next', 'past', 'coming', 'previous', 'preceding', 'following']);
const POINT_LAST_WORDS = new Set(['early', 'late', 'mid', 'of']);
const AMOUNT_LAST_WORDS = new Set(['than', 'least', 'most', 'to', 'about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some']);

/**
 * What may sit between a day and a clock time that belong together ("Tuesday at 3 p.m."), on
 * text[from, to): spaces, a comma, spaces, then nothing or "at"/"on" and spaces.
 */
function isDayTimeGlue(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  if (i < to && text.charCodeAt(i) === 44) i++;
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  if (i >= to) return true;
  if (to - i < 3) return false;
  const a = text.charCodeAt(i) | 0x20;
  const b = text.charCodeAt(i + 1) | 0x20;
  if (!((a === 97 && b === 116) || (a === 111 && b === 110))) return false;
  for (let k = i + 2; k < to; k++) if (!isSpaceCode(text.charCodeAt(k))) return false;
  return true;
}

/** Between two days of a list: "Monday and Tuesday", "Monday, Tuesday". */
const DAY_LIST_GLUE = /^\s*(?:,|,?\s*and|,?\s*or)\s+$/;

/** "and 25" after "April 24", ending the phrase or the clause ("and 25 in Washington", "and 25."). */
const LISTED_DAY_AFTER = /^\s+(?:and|or|to)\s+(\d{1,2})(?![\d,.%]\d|\s*(?:%|percent\b))(\s*[,.;:)]|\s+(?:in|at|on|of|when|will|was|were|is|are|respectively)\b|\s*$)/i;

const SEASON_OF_BEFORE = /\b(?:the\s+)?(spring|summer|autumn|fall|winter)\s+of\s+$/i;

const WEEK_OF_BEFORE = /\bthe\s+week\s+of\s+$/i;
const WEEK_AFTER = /^\s+week\b/i;

function isSpacesOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (!isSpaceCode(text.charCodeAt(k))) return false;
  return true;
}

/** Extends each candidate over its qualifiers; `sorted` must be sorted and non-overlapping. */
export function extendCandidates(text: string, sorted: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const source = sorted[i]!;
    // A copy: the spec is copied again before a field of it changes.
    let c: Candidate = source.mod === undefined ? { start: source.start, end: source.end, spec: source.spec, rule: source.rule } : { ...source };
    const floor = out.length ? out[out.length - 1]!.end : 0;

    // A clock time right after a day, or a day right after a clock time, is one expression.
    const next = sorted[i + 1];
    if (next && isDayTimeGlue(text, c.end, next.start)) {
      const [day, clock] = isBareClock(next) && isDayLevel(c.spec) && !hasClock(c.spec) ? [c, next] : isBareClock(c) && isDayLevel(next.spec) && !hasClock(next.spec) ? [next, c] : [];
      if (day && clock && clock.spec.kind === 'relative') {
        const at = clock.spec.time ? { time: clock.spec.time } : { part: clock.spec.part };
        c = { start: c.start, end: next.end, spec: { ...day.spec, ...at } as TimexSpec, rule: `${day.rule}+time` };
        i++;
      }
    }

    // "the day before last Tuesday", "two days after Christmas": an offset from the date named next.
    const dated = sorted[i + 1];
    if (dated && c.spec.kind === 'offset' && c.spec.amount !== null && (c.spec.neighbour || c.spec.relativeTo) && (isDayLevel(dated.spec) || dated.spec.kind === 'holiday') && isSpacesOnly(text, c.end, dated.start)) {
      c = { start: c.start, end: dated.end, spec: { ...c.spec, base: dated.spec, relativeTo: undefined, neighbour: undefined } as TimexSpec, rule: `${c.rule}+${dated.rule}` };
      i++;
    }

    // "the week of March 6", "Easter week": the week that holds the day.
    if (isDayLevel(c.spec) || c.spec.kind === 'holiday') {
      const weekOf = c.start - floor >= 12 ? WEEK_OF_BEFORE.exec(text.slice(Math.max(floor, c.start - 20), c.start)) : null;
      const weekAfter = !weekOf && c.spec.kind === 'holiday' ? WEEK_AFTER.exec(text.slice(c.end, Math.min(text.length, c.end + 8))) : null;
      if (weekOf || weekAfter) {
        c = { start: c.start - (weekOf ? weekOf[0].length : 0), end: c.end + (weekAfter ? weekAfter[0].length : 0), spec: { kind: 'weekOf', base: c.spec }, rule: `${c.rule}+week` };
      }
    }

    const following = sorted[i + 1];
    if (following && isYearless(c.spec) && isRelativeYear(following) && /^,?\s+$/.test(text.slice(c.end, following.start))) {
      const offset = following.spec.kind === 'relative' ? following.spec.offset : 0;
      c = { start: c.start, end: following.end, spec: { ...c.spec, yearOffset: offset } as TimexSpec, rule: `${c.rule}+${following.rule.replace(/^relative:/, '')}` };
      i++;
    }

    // "this year's third quarter", "next year's spring": one expression, the part of that year.
    const ofYear = sorted[i + 1];
    if (ofYear && isRelativeYear(c) && takesYearOffset(ofYear.spec) && POSSESSIVE_GLUE.test(text.slice(c.end, ofYear.start))) {
      const offset = c.spec.kind === 'relative' ? c.spec.offset : 0;
      c = { start: c.start, end: ofYear.end, spec: { ...ofYear.spec, yearOffset: offset } as TimexSpec, rule: `${ofYear.rule}+${c.rule.replace(/^relative:/, '')}` };
      i++;
    }

    // "the winter of nineteen ninety-four": a season of a year written in words.
    if (c.spec.kind === 'calendar' && c.spec.year !== undefined && c.spec.month === undefined && lastWord(text, floor, c.start, false) === 'of') {
      const season = SEASON_OF_BEFORE.exec(text.slice(Math.max(floor, c.start - 20), c.start));
      if (season) c = { start: c.start - season[0].length, end: c.end, spec: { kind: 'season', season: SEASONS[season[1]!.toLowerCase()]!, year: c.spec.year, shift: 'bare' }, rule: `calendar:season+${c.rule}` };
    }

    const lo = Math.max(floor, c.start - 30);
    const shift = takesShift(c.spec) && SHIFT_LAST_WORDS.has(lastWord(text, lo, c.start, false)) ? SHIFT_PREFIX.exec(text.slice(lo, c.start)) : null;
    if (shift) {
      const word = shift[1]!.toLowerCase();
      if (word === 'following' && c.spec.kind !== 'weekday') {
        // "the following March" is the offset detector's business, not a shift.
      } else {
        c.spec = { ...c.spec, shift: SHIFTS[word]!, ...(c.spec.kind === 'weekday' && NARRATIVE_SHIFTS.has(word) ? { narrative: true } : {}) } as TimexSpec;
        c.start -= shift[0].length;
        c.rule += `+${word}`;
      }
    }

    const lo2 = Math.max(floor, c.start - 30);
    const point = isPoint(c.spec);
    const pointMod = point && POINT_LAST_WORDS.has(lastWord(text, lo2, c.start, true)) ? POINT_MOD_PREFIX.exec(text.slice(lo2, c.start)) : null;
    if (pointMod) {
      c.mod = POINT_MODS[(pointMod[1] ?? pointMod[2])!.toLowerCase()];
      c.start -= pointMod[0].length;
      c.rule += '+mod';
    }
    const amountMod = !point && AMOUNT_LAST_WORDS.has(lastWord(text, lo2, c.start, false)) ? AMOUNT_MOD_PREFIX.exec(text.slice(lo2, c.start)) : null;
    if (amountMod && !(c.spec.kind === 'fixed' && c.spec.type === 'SET')) {
      const word = amountMod[1]!.toLowerCase().replace(/\s+/g, ' ');
      c.mod = AMOUNT_MODS[word];
      // TimeML corpora mostly leave "about" and "almost" outside the extent, and keep "more than".
      if (word !== 'about' && word !== 'almost') c.start -= amountMod[0].length;
      c.rule += '+mod';
    }

    const ceiling = i + 1 < sorted.length ? sorted[i + 1]!.start : text.length;
    const part = c.end < ceiling && isSpaceCode(text.charCodeAt(c.end)) && isDayLevel(c.spec) && !hasClock(c.spec) ? PART_SUFFIX.exec(text.slice(c.end, ceiling)) : null;
    if (part) {
      const code = PARTS_OF_DAY[part[1]!.toLowerCase()]!;
      if (part[2] && c.spec.kind === 'weekday' && c.spec.shift === 'bare') {
        // "on Tuesday nights": every such night, a set.
        c.spec = { kind: 'fixed', type: 'SET', value: `XXXX-WXX-${c.spec.weekday}T${code}` };
        c.rule += '+parts-of-day';
      } else if (!part[2]) {
        c.spec = { ...c.spec, part: code } as TimexSpec;
        c.rule += '+part-of-day';
      }
      if (c.spec.kind === 'fixed' || !part[2]) c.end += part[0].length;
      // "on Monday and Tuesday nights": the plural part of the day belongs to both days.
      const prev = out[out.length - 1];
      if (c.spec.kind === 'fixed' && prev && prev.spec.kind === 'weekday' && prev.spec.shift === 'bare' && !hasClock(prev.spec) && DAY_LIST_GLUE.test(text.slice(prev.end, c.start))) {
        out[out.length - 1] = { ...prev, spec: { kind: 'fixed', type: 'SET', value: `XXXX-WXX-${prev.spec.weekday}T${code}` }, rule: `${prev.rule}+parts-of-day` };
      }
    }
    out.push(c);

    // "on April 24 and 25": the second day of the list shares the month (and year) of the first.
    if (c.spec.kind === 'calendar' && c.spec.day !== undefined && c.spec.month !== undefined && !hasClock(c.spec)) {
      const listed = LISTED_DAY_AFTER.exec(text.slice(c.end, Math.min(ceiling, c.end + 24)));
      const day = listed ? Number(listed[1]) : 0;
      if (listed && day > c.spec.day && day <= 31) {
        const at = c.end + listed[0].length - listed[1]!.length - (listed[2]?.length ?? 0);
        const { weekday: _weekday, ...spec } = c.spec;
        out.push({ start: at, end: at + listed[1]!.length, spec: { ...spec, day }, rule: `${c.rule}+listed-day` });
      }
    }
  }
  return out;
}
