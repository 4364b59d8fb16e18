// Case tests on the first character without Unicode-property regexes or string allocation,
// which dominate hot loops over tokens; non-ASCII letters take the slower, general path.

/** The word starts with an uppercase letter (any script that has case). */
export function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = w.charAt(0);
  return ch !== ch.toLowerCase();
}

/** The word starts with a lowercase letter. */
export function startsLower(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = w.charAt(0);
  return ch !== ch.toUpperCase();
}

const LETTER = /\p{L}/u;

/**
 * Whether the text writes the word in lowercase too (a common word: "labor", "assistant", "storm"):
 * the word's letters, lowercased, with no letter on either side. Searched with indexOf: a regular
 * expression made and run for each word cost long articles more than the rest of resolution.
 */
export function writesLowercase(text: string, word: string): boolean {
  const w = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (w.length === 0) return false;
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
    if ((i === 0 || !LETTER.test(text[i - 1]!)) && (i + w.length >= text.length || !LETTER.test(text[i + w.length]!))) return true;
  }
  return false;
}
