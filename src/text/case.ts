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
