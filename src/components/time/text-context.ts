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
 * A regex for matchBefore, with what the text must end with for it to have a chance: a run of
 * spaces (and hyphens, when `hyphens`), after a word (letters and digits, lower-cased) that
 * `lastWord` accepts. matchBefore checks that first, with a few character reads, and runs the
 * regex only when it passes: most of these regexes fail most of the time, and a regex not run is
 * one whose code need not be fetched.
 */
export interface Before {
  re: RegExp;
  hyphens: boolean;
  /** `word` is the word before the trailing run (may be ''); `last` the character code before that run. */
  lastWord: (word: string, last: number) => boolean;
}

/** A gated regex for matchBefore that ends with spaces after one of `words`. */
export function endsWithWord(re: RegExp, words: Iterable<string>, hyphens = false): Before {
  const set = new Set(words);
  return { re, hyphens, lastWord: (word) => set.has(word) };
}

function isAlnumCode(c: number): boolean {
  return ((c | 0x20) >= 97 && (c | 0x20) <= 122) || (c >= 48 && c <= 57);
}

/** The gate of a Before on text[lo, end). */
function passes(text: string, lo: number, end: number, gate: Before): boolean {
  let k = end - 1;
  let trailing = 0;
  for (; k >= lo; k--, trailing++) {
    const c = text.charCodeAt(k);
    if (!(isSpaceCode(c) || (gate.hyphens && c === 45))) break;
  }
  if (trailing === 0) return false;
  const wordEnd = k + 1;
  const last = k >= lo ? text.charCodeAt(k) : -1;
  while (k >= lo && isAlnumCode(text.charCodeAt(k))) k--;
  return gate.lastWord(wordEnd - (k + 1) > 20 ? '' : text.slice(k + 1, wordEnd).toLowerCase(), last);
}

/**
 * Matches `re` (which must end with `$`) against the text just before `offset`. Returns the
 * match and where it starts in the full text, or null. Used for the words that lead an
 * expression ("the past five" before "years").
 */
export function matchBefore(text: string, offset: number, re: RegExp | Before, width = 48): { m: RegExpExecArray; start: number } | null {
  const from = Math.max(0, offset - width);
  if (!(re instanceof RegExp)) {
    if (!passes(text, from, Math.min(offset, text.length), re)) return null;
    re = re.re;
  }
  const m = re.exec(text.slice(from, offset));
  return m ? { m, start: from + m.index } : null;
}

/**
 * A sticky regex for matchAt, with a test of the first characters it needs (for instance a space
 * and then one of a few letters), run first.
 */
export interface After {
  re: RegExp;
  starts: (text: string, offset: number) => boolean;
}

/**
 * A gated sticky regex that starts with \s+ and then a character of `chars` (compared lower-cased
 * when `re` ignores case).
 */
export function spaceThen(re: RegExp, chars: string): After {
  const codes = new Set([...chars].map((c) => c.charCodeAt(0)));
  const fold = re.ignoreCase;
  return {
    re,
    starts: (text, offset) => {
      if (!isSpaceCode(text.charCodeAt(offset))) return false;
      let i = offset + 1;
      while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      return codes.has(fold && c >= 65 && c <= 90 ? c | 0x20 : c);
    },
  };
}

/** Matches the sticky regex `re` (flag y) at `offset`. */
export function matchAt(text: string, offset: number, re: RegExp | After): RegExpExecArray | null {
  if (!(re instanceof RegExp)) {
    if (!re.starts(text, offset)) return null;
    re = re.re;
  }
  re.lastIndex = offset;
  return re.exec(text);
}

/** Words that can end an amount (model/numbers.js), and digits or "½": COUNT_BEFORE, AMOUNT_BEFORE. */
const AMOUNT_LAST_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
  'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
  'dozen', 'hundred', 'of', 'few', 'several', 'many', 'some', 'a', 'an',
]);

/** A gated regex ending with an amount (AMOUNT_SOURCE) and spaces (and hyphens when `hyphens`). */
export function endsWithAmount(re: RegExp, hyphens = false): Before {
  return {
    re,
    hyphens,
    lastWord: (word, last) => AMOUNT_LAST_WORDS.has(word) || (last >= 48 && last <= 57) || last === 0xbd,
  };
}
