/**
 * Looking at the words around a match. Detectors decide between a date and a false positive
 * ("in May" vs "may"; "daily life" vs "daily Kommersant") from the neighbouring words, so these
 * small readers are shared.
 */

/** The word that ends right before `offset` (skipping spaces), lower-cased, or '' at the start. */
export function wordBefore(text: string, offset: number): string {
  const m = /([A-Za-z'’.-]+)\s*$/.exec(text.slice(Math.max(0, offset - 40), offset));
  return m ? m[1]!.toLowerCase() : '';
}

/** The word that starts right after `offset` (skipping spaces), as written, or ''. */
export function wordAfter(text: string, offset: number): string {
  const m = /^\s*([A-Za-z0-9'’]+)/.exec(text.slice(offset, offset + 40));
  return m ? m[1]! : '';
}

export function isCapitalized(word: string): boolean {
  return /^[A-Z]/.test(word);
}

/** True when `offset` starts a sentence: only spaces, quotes or brackets since a full stop or a line break. */
export function atSentenceStart(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && /[\s"'“‘”’(\[)\]]/.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i < 0 || /[.!?:]/.test(text[i]!);
}

/** A word capitalized where prose would not capitalize it: part of a name or title ("60 Minutes"). */
export function isTitleCased(text: string, offset: number): boolean {
  return /[A-Z]/.test(text[offset] ?? '') && !atSentenceStart(text, offset);
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
