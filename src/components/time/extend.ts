/**
 * Growing candidates into the words that qualify them, after overlaps are settled:
 * "Last April" (shift), "early 2017" / "the end of last year" (START/END), "more than two hours"
 * (MORE_THAN), "Friday night" (part of day), "yesterday at 3 p.m." (a day and a clock time).
 * Done once for all detectors, so each detector does not have to know every qualifier.
 */
import type { Candidate, TimexSpec } from './spec.js';
import { PARTS_OF_DAY } from './model/lexicon.js';

const SHIFT_PREFIX = /\b(last|this|next|past|coming|previous|preceding)\s+$/i;
const SHIFTS: Readonly<Record<string, string>> = { last: 'last', past: 'last', previous: 'last', preceding: 'last', this: 'this', next: 'next', coming: 'next' };

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

const PART_SUFFIX = /^\s+(morning|afternoon|evening|night)\b/i;

/** What may sit between a day and a clock time that belong together: "Tuesday at 3 p.m.". */
const DAY_TIME_GLUE = /^\s*,?\s*(?:at\s+|on\s+)?$/i;

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
  return c.spec.kind === 'relative' && c.spec.unit === 'day' && c.spec.offset === 0 && c.spec.time !== undefined && !/^relative:(?:today|tonight)/.test(c.rule);
}

/** "July last year", "Nov. 3 this year": a month or a day followed by the year it falls in. */
function isYearless(spec: TimexSpec): boolean {
  return spec.kind === 'calendar' && spec.year === undefined && spec.yearOffset === undefined && spec.shift === 'bare';
}

function isRelativeYear(c: Candidate): boolean {
  return c.spec.kind === 'relative' && c.spec.unit === 'year' && c.rule !== 'relative:year-end' && !c.mod;
}

function hasClock(spec: TimexSpec): boolean {
  return 'time' in spec && spec.time !== undefined || 'part' in spec && spec.part !== undefined;
}

/** Extends each candidate over its qualifiers; `sorted` must be sorted and non-overlapping. */
export function extendCandidates(text: string, sorted: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let c: Candidate = { ...sorted[i]!, spec: { ...sorted[i]!.spec } as TimexSpec };
    const floor = out.length ? out[out.length - 1]!.end : 0;

    // A clock time right after a day, or a day right after a clock time, is one expression.
    const next = sorted[i + 1];
    if (next && DAY_TIME_GLUE.test(text.slice(c.end, next.start))) {
      const [day, clock] = isBareClock(next) && isDayLevel(c.spec) && !hasClock(c.spec) ? [c, next] : isBareClock(c) && isDayLevel(next.spec) && !hasClock(next.spec) ? [next, c] : [];
      if (day && clock && clock.spec.kind === 'relative') {
        c = { start: c.start, end: next.end, spec: { ...day.spec, time: clock.spec.time } as TimexSpec, rule: `${day.rule}+time` };
        i++;
      }
    }

    const following = sorted[i + 1];
    if (following && isYearless(c.spec) && isRelativeYear(following) && /^,?\s+$/.test(text.slice(c.end, following.start))) {
      const offset = following.spec.kind === 'relative' ? following.spec.offset : 0;
      c = { start: c.start, end: following.end, spec: { ...c.spec, yearOffset: offset } as TimexSpec, rule: `${c.rule}+${following.rule.replace(/^relative:/, '')}` };
      i++;
    }

    const before = text.slice(Math.max(floor, c.start - 30), c.start);
    const shift = takesShift(c.spec) ? SHIFT_PREFIX.exec(before) : null;
    if (shift) {
      const word = shift[1]!.toLowerCase();
      (c.spec as { shift: string }).shift = SHIFTS[word]!;
      c.start -= shift[0].length;
      c.rule += `+${word}`;
    }

    const before2 = text.slice(Math.max(floor, c.start - 30), c.start);
    const pointMod = isPoint(c.spec) ? POINT_MOD_PREFIX.exec(before2) : null;
    if (pointMod) {
      c.mod = POINT_MODS[(pointMod[1] ?? pointMod[2])!.toLowerCase()];
      c.start -= pointMod[0].length;
      c.rule += '+mod';
    }
    const amountMod = !isPoint(c.spec) ? AMOUNT_MOD_PREFIX.exec(before2) : null;
    if (amountMod && !(c.spec.kind === 'fixed' && c.spec.type === 'SET')) {
      c.mod = AMOUNT_MODS[amountMod[1]!.toLowerCase().replace(/\s+/g, ' ')];
      c.start -= amountMod[0].length;
      c.rule += '+mod';
    }

    const ceiling = i + 1 < sorted.length ? sorted[i + 1]!.start : text.length;
    const part = isDayLevel(c.spec) && !hasClock(c.spec) ? PART_SUFFIX.exec(text.slice(c.end, ceiling)) : null;
    if (part) {
      (c.spec as { part?: string }).part = PARTS_OF_DAY[part[1]!.toLowerCase()];
      c.end += part[0].length;
      c.rule += '+part-of-day';
    }
    out.push(c);
  }
  return out;
}
