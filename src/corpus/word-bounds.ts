/**
 * Where the words of a string are: the runs of letters and digits (`/[\p{L}\p{N}]+/u`), found
 * without cutting the string into word strings. Shingles and sentence fingerprints hash the words
 * straight from the text, which costs half of matching them out and joining them again.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;

const INITIAL = 8192;
/** Past this size the array grown for one huge text is let go at the next call. */
const KEPT = 1 << 18;
let bounds = new Int32Array(INITIAL);

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(String.fromCharCode(c));
}

function push(n: number, start: number, end: number): void {
  if (2 * n + 2 > bounds.length) {
    const grown = new Int32Array(bounds.length * 2);
    grown.set(bounds);
    bounds = grown;
  }
  bounds[2 * n] = start;
  bounds[2 * n + 1] = end;
}

/**
 * The words of `s` as [start, end) offsets: word k is `s.slice(b[2k], b[2k + 1])`. The array is
 * reused by the next call: read it before calling again.
 */
export function wordBounds(s: string): { count: number; bounds: Int32Array } {
  if (bounds.length > KEPT) bounds = new Int32Array(INITIAL);
  let n = 0;
  let start = -1;
  const len = s.length;
  // The end of the text is read as one more non-word unit, so the last word closes inside the loop:
  // code after a long loop has no type feedback when V8 compiles the loop on-stack, and that cached
  // code deoptimized at the end of every call (539 times in a 7,000-article ingest).
  for (let i = 0; i <= len; i++) {
    const c = i < len ? s.charCodeAt(i) : 32;
    let word: boolean;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      // A letter beyond the Basic Multilingual Plane is one code point in two units.
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) width = 2;
      word = WORD_CHAR.test(String.fromCodePoint(cp));
    } else {
      word = isWordCode(c);
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      push(n++, start, i);
      start = -1;
    }
    i += width - 1;
  }
  return { count: n, bounds };
}

/** 32-bit FNV-1a step over the UTF-16 units of s[from, to). */
export function fnvRange(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** 32-bit FNV-1a step over one UTF-16 unit. */
export function fnvUnit(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}
