/**
 * Looking at the words around a match. Detectors decide between a date and a false positive
 * ("in May" vs "may"; "daily life" vs "daily Kommersant") from the neighbouring words, so these
 * small readers are shared.
 */

import { isSpaceCode } from './scan.js';

/** [A-Za-z'’.-], what wordBefore counts as part of a word. */
function isWordBeforeCode(c: number): boolean {
  return ((c | 0x20) >= 97 && (c | 0x20) <= 122) || c === 39 || c === 0x2019 || c === 46 || c === 45;
}

/** [A-Za-z0-9'’], what wordAfter counts as part of a word. */
function isWordAfterCode(c: number): boolean {
  return ((c | 0x20) >= 97 && (c | 0x20) <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019;
}

/**
 * The word that ends right before `offset` (skipping spaces), lower-cased, or '' at the start.
 * Looks 40 characters back, as /([A-Za-z'’.-]+)\s*$/ on text.slice(offset - 40, offset) would.
 */
export function wordBefore(text: string, offset: number): string {
  if (offset < 0) {
    const m = /([A-Za-z'’.-]+)\s*$/.exec(text.slice(0, offset));
    return m ? m[1]!.toLowerCase() : '';
  }
  const lo = Math.max(0, offset - 40);
  let k = Math.min(offset, text.length) - 1;
  while (k >= lo && isSpaceCode(text.charCodeAt(k))) k--;
  const end = k + 1;
  while (k >= lo && isWordBeforeCode(text.charCodeAt(k))) k--;
  return end > k + 1 ? text.slice(k + 1, end).toLowerCase() : '';
}

/**
 * The word that starts right after `offset` (skipping spaces), as written, or ''. Looks 40
 * characters ahead, as /^\s*([A-Za-z0-9'’]+)/ on text.slice(offset, offset + 40) would.
 */
export function wordAfter(text: string, offset: number): string {
  if (offset < 0) {
    const m = /^\s*([A-Za-z0-9'’]+)/.exec(text.slice(offset, offset + 40));
    return m ? m[1]! : '';
  }
  const hi = Math.min(text.length, offset + 40);
  let i = offset;
  while (i < hi && isSpaceCode(text.charCodeAt(i))) i++;
  const start = i;
  while (i < hi && isWordAfterCode(text.charCodeAt(i))) i++;
  return i > start ? text.slice(start, i) : '';
}

export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** " ' “ ‘ ” ’ ( [ ) ], which may stand between a full stop and the start of a sentence. */
function isOpeningCode(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0x201d || c === 0x2019 || c === 40 || c === 91 || c === 41 || c === 93;
}

/** True when `offset` starts a sentence: only spaces, quotes or brackets since a full stop or a line break. */
export function atSentenceStart(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (!(isSpaceCode(c) || isOpeningCode(c))) break;
    if (c === 10) return true;
    i--;
  }
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 58;
}

/** A word capitalized where prose would not capitalize it: part of a name or title ("60 Minutes"). */
export function isTitleCased(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  return c >= 65 && c <= 90 && !atSentenceStart(text, offset);
}

/**
 * Matches `re` (which must end with `$`) against the text just before `offset`. Returns the
 * match and where it starts in the full text, or null. Used for the words that lead an
 * expression ("the past five" before "years").
 */
export function matchBefore(text: string, offset: number, re: RegExp, width = 48): { m: RegExpExecArray; start: number } | null {
  const from = Math.max(0, offset - width);
  const m = re.exec(text.slice(from, offset));
  return m ? { m, start: from + m.index } : null;
}

/** Matches the sticky regex `re` (flag y) at `offset`. */
export function matchAt(text: string, offset: number, re: RegExp): RegExpExecArray | null {
  re.lastIndex = offset;
  return re.exec(text);
}
