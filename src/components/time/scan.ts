/**
 * Two scans of the text instead of one per detector:
 *
 * - one for every word of interest, case-insensitively: the cue words of the detectors ("week",
 *   "last", "daily" …, as `compileScanner` finds them), the month and weekday names that can start
 *   a chrono date, and the first words of holiday names ("Christmas", "New", "St"), the last two
 *   kept only as written;
 * - one for the numbers shaped like dates or times ("10:30", "3 p.m.", "7/20/2018"), and one for
 *   "o'clock" where the text has "clock".
 *
 * All the words are whole words of letters, so one regex finds each list's matches exactly as a
 * regex of its own would.
 */
import { wordsPattern, type Hit } from './cue-words.js';

export interface Scan {
  /** Cue words, in text order (lower-cased). */
  hits: Hit[];
  /** Chrono trigger spans, flattened [start, end, start, end …], in text order, never overlapping. */
  triggers: number[];
  /** Starts of words that are the first word of a holiday name, in text order. */
  holidayStarts: number[];
}

/** JavaScript's `\s`. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The alternatives of detect-chrono's trigger regex that are not words: those that start with a
 * digit (in the same order, behind the digit the regex engine scans for), and "o'clock". Neither
 * kind can overlap the other, so two scans find what one regex with both would.
 */
const NUMERIC_TRIGGER = /\d(?:\d?:\d{2}|\s*[ap]\.?m\b|\d{3}-\d{1,2}-\d{1,2}|\d?[/.]\d{1,2}[/.]\d{2,4}|\d{3}\/\d{1,2}\/\d{1,2})/g;
const O_CLOCK = /o['’]clock/g;

export interface ScannerWords {
  /** Matched case-insensitively as whole words. */
  cues: Iterable<string>;
  /** Matched as written ("July"), as whole words. */
  names: Iterable<string>;
  /** Matched as written ("Christmas"), as whole words. */
  holidayFirstWords: Iterable<string>;
}

export function compileTextScanner(words: ScannerWords): (text: string) => Scan {
  const cues = new Set([...words.cues].map((w) => w.toLowerCase()));
  const names = new Set(words.names);
  const holidays = new Set(words.holidayFirstWords);
  const all = new Set([...cues, ...[...names, ...holidays].map((w) => w.toLowerCase())]);
  // Every word of the three lists, case-insensitively: names and holiday words are checked as
  // written afterwards.
  const re = new RegExp(`\\b${wordsPattern(all)}\\b`, 'gi');

  return (text: string): Scan => {
    const hits: Hit[] = [];
    const named: number[] = [];
    const holidayStarts: number[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const word = m[0];
      const start = m.index;
      const end = start + word.length;
      const lower = word.toLowerCase();
      if (cues.has(lower)) hits.push({ start, end, word: lower });
      if (names.has(word)) named.push(start, end);
      if (holidays.has(word)) holidayStarts.push(start);
    }
    let numeric: number[] = [];
    NUMERIC_TRIGGER.lastIndex = 0;
    for (let m = NUMERIC_TRIGGER.exec(text); m; m = NUMERIC_TRIGGER.exec(text)) numeric.push(m.index, m.index + m[0].length);
    if (text.includes('clock')) {
      const clocks: number[] = [];
      O_CLOCK.lastIndex = 0;
      for (let m = O_CLOCK.exec(text); m; m = O_CLOCK.exec(text)) clocks.push(m.index, m.index + m[0].length);
      if (clocks.length) numeric = mergeSpans(numeric, clocks);
    }
    return { hits, triggers: numeric.length === 0 ? named : mergeSpans(named, numeric), holidayStarts };
  };
}

/**
 * Two lists of spans in one, in text order, as one regex with both kinds of alternatives would
 * find them: a span that starts inside the previous one is not there. (A name is a word of
 * letters, "o'clock" has no digit, a numeric trigger has neither, so this never happens.)
 */
function mergeSpans(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  let end = 0;
  while (i < a.length || j < b.length) {
    let s: number;
    let e: number;
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) {
      s = a[i]!;
      e = a[i + 1]!;
      i += 2;
    } else {
      s = b[j]!;
      e = b[j + 1]!;
      j += 2;
    }
    if (s < end) continue;
    out.push(s, e);
    end = e;
  }
  return out;
}
