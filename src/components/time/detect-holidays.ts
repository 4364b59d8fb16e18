/**
 * Named days: "Christmas Eve", "Thanksgiving Day", "last Easter", "Election Day 2016". They
 * resolve like a day of the year written without its year.
 */
import type { Candidate } from './spec.js';
import { HOLIDAYS } from './model/holidays.js';
import { wordsPattern } from './cue-words.js';
import { matchAt, matchBefore } from './text-context.js';

/** Capitalized as written ("Good Friday", not "a good friday"), so the scan is case-sensitive. */
const NAMES = new RegExp(
  `\\b${wordsPattern(Object.keys(HOLIDAYS).map((n) => n.replace(/(^|[\s.])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase())))}(?![\\w'’])`,
  'g',
);
const SHIFT_BEFORE = /\b(last|this|next|past|coming)\s+$/i;
const YEAR_AFTER = /,?\s+(?:of\s+)?(\d{4})\b/y;

function key(written: string): string {
  return written.toLowerCase().replace(/’/g, "'");
}

export function detectHolidays(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Same length as the text, so offsets carry over; lets "Valentine’s Day" match "Valentine's Day".
  const straight = text.replace(/’/g, "'");
  NAMES.lastIndex = 0;
  for (let m = NAMES.exec(straight); m; m = NAMES.exec(straight)) {
    const name = key(m[0]);
    if (!HOLIDAYS[name]) continue;
    // "Christmas Island", "the Easter Rising", "Great Orchestra of Christmas Charity": part of a name.
    if (/^\s+[A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    const shift = matchBefore(text, m.index, SHIFT_BEFORE, 12);
    const year = matchAt(text, m.index + m[0].length, YEAR_AFTER);
    out.push({
      start: shift ? shift.start : m.index,
      end: m.index + m[0].length + (year ? year[0].length : 0),
      spec: { kind: 'holiday', name, ...(year ? { year: Number(year[1]) } : {}), shift: shift ? (/^(?:last|past)$/i.test(shift.m[1]!) ? 'last' : /^(?:next|coming)$/i.test(shift.m[1]!) ? 'next' : 'this') : 'bare' },
      rule: 'holiday:name',
    });
  }
  return out;
}
