/**
 * Named days: "Christmas Eve", "Thanksgiving Day", "last Easter", "Election Day 2016". They
 * resolve like a day of the year written without its year.
 */
import type { Candidate } from './spec.js';
import { HOLIDAYS } from './model/holidays.js';
import { wordsPattern } from './cue-words.js';
import { endsWithWord, matchAt, matchBefore } from './text-context.js';

/** Holiday names capitalized as written ("Good Friday", not "a good friday"). */
const WRITTEN = Object.keys(HOLIDAYS).map((n) => n.replace(/(^|[\s.])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase()));

/**
 * The first words of the names ("Christmas", "New", "St"): a name starts only where one of these
 * stands as a whole word, so the scan of the text looks for them and the names are tried there.
 */
export const HOLIDAY_FIRST_WORDS: readonly string[] = [...new Set(WRITTEN.map((n) => /^[A-Za-z]+/.exec(n)![0]))];

/**
 * The names, case-sensitive; an apostrophe matches both ' and ’ ("Valentine’s Day"). Sticky: tried
 * at the starts the scan found.
 */
const NAMES = new RegExp(`\\b${wordsPattern(WRITTEN).replace(/'/g, "['’]")}(?![\\w'’])`, 'y');
const SHIFT_BEFORE = endsWithWord(/\b(last|this|next|past|coming)\s+$/i, ['last', 'this', 'next', 'past', 'coming']);
const YEAR_AFTER = /,?\s+(?:of\s+)?(\d{4})\b/y;

function key(written: string): string {
  return written.toLowerCase().replace(/’/g, "'");
}

/**
 * `starts` are where a first word of a name stands (see HOLIDAY_FIRST_WORDS), in text order; without
 * them every word start is tried.
 */
export function detectHolidays(text: string, starts?: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  const at = starts ?? wordStarts(text);
  let resume = 0;
  for (const start of at) {
    // Like a global scan: matches never overlap.
    if (start < resume) continue;
    NAMES.lastIndex = start;
    const m = NAMES.exec(text);
    if (!m) continue;
    const end = start + m[0].length;
    resume = end;
    const name = key(m[0]);
    if (!HOLIDAYS[name]) continue;
    // "Christmas Island", "the Easter Rising", "Great Orchestra of Christmas Charity": part of a name.
    if (/^\s+[A-Z]/.test(text.slice(end, end + 2))) continue;
    const shift = matchBefore(text, start, SHIFT_BEFORE, 12);
    const year = matchAt(text, end, YEAR_AFTER);
    out.push({
      start: shift ? shift.start : start,
      end: end + (year ? year[0].length : 0),
      spec: { kind: 'holiday', name, ...(year ? { year: Number(year[1]) } : {}), shift: shift ? (/^(?:last|past)$/i.test(shift.m[1]!) ? 'last' : /^(?:next|coming)$/i.test(shift.m[1]!) ? 'next' : 'this') : 'bare' },
      rule: 'holiday:name',
    });
  }
  return out;
}

function wordStarts(text: string): number[] {
  const out: number[] = [];
  const re = /\b[A-Z]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}
