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

/** The text between the end of the previous word and `offset`, lower-cased, up to `width` chars. */
export function textBefore(text: string, offset: number, width = 40): string {
  return text.slice(Math.max(0, offset - width), offset).toLowerCase();
}

export function isCapitalized(word: string): boolean {
  return /^[A-Z]/.test(word);
}

/** True when `offset` starts a sentence: only spaces, quotes or brackets since a full stop or newline. */
export function atSentenceStart(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 10), offset);
  return offset === 0 || /(?:^|[.!?\n]["'”’)\]]?)\s*["'“‘([]*\s*$/.test(before) && !/[A-Za-z0-9,;:]\s*$/.test(before);
}

/** Runs a global regex over the text and hands every match to `visit`. */
export function eachMatch(re: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    visit(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}
