/**
 * Finding gold strings in an article, tolerant of the small differences hand annotation brings:
 * runs of whitespace, straight versus curly quotes and apostrophes, and (as a fallback) case.
 */

export interface TextSpan {
  start: number;
  end: number;
}

export interface FindOptions {
  /** Only matches not glued to a letter or digit on either side ("Syria" does not match in "Syrian"). */
  wholeWord?: boolean;
}

const APOSTROPHES = "'’‘`";
const DOUBLE_QUOTES = '"“”„«»';

function tolerantPattern(needle: string): string {
  let out = '';
  for (const part of needle.trim().split(/(\s+)/u)) {
    if (part === '') continue;
    if (/^\s+$/u.test(part)) {
      out += '\\s+';
      continue;
    }
    for (const ch of part) {
      if (APOSTROPHES.includes(ch)) out += `[${APOSTROPHES}]`;
      else if (DOUBLE_QUOTES.includes(ch)) out += `[${DOUBLE_QUOTES}]`;
      else out += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return out;
}

/** Every non-overlapping occurrence of `needle` in `text`; exact case first, any case when that finds nothing. */
export function findAll(text: string, needle: string, options: FindOptions = {}): TextSpan[] {
  if (needle.trim() === '') return [];
  let pattern = tolerantPattern(needle);
  if (options.wholeWord) pattern = `(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`;
  for (const flags of ['gu', 'giu']) {
    const spans: TextSpan[] = [];
    for (const m of text.matchAll(new RegExp(pattern, flags))) spans.push({ start: m.index, end: m.index + m[0].length });
    if (spans.length) return spans;
  }
  return [];
}

/** The first occurrence of `needle` at or after `from`, or null. */
export function findFrom(text: string, needle: string, from: number): TextSpan | null {
  return findAll(text, needle).find((s) => s.start >= from) ?? null;
}

/** Spans of the words (letters and digits) inside a span of the text. */
export function wordsIn(text: string, span: TextSpan): TextSpan[] {
  const words: TextSpan[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(/[\p{L}\p{N}]+/gu)) words.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
  return words;
}

export function spansOverlap(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}
