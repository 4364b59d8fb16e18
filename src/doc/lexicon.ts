import type { Token } from './schema.js';

const lowered = new WeakMap<readonly Token[], string[]>();

/**
 * Each token's text in lower case, computed once per document. Nearly every component compares lowered
 * words, and lowering every token anew in each of them made thousands of short-lived strings per article
 * (and hashed each again for every set it was looked up in). The list is tied to the token list: a
 * component that replaces `doc.tokens` gets a new one.
 */
export function lowerTokens(doc: { text: string; tokens: readonly Token[] }): string[] {
  const tokens = doc.tokens;
  let lower = lowered.get(tokens);
  if (lower) return lower;
  // One lowercasing pass over the text is much cheaper than one per token; it is usable when it keeps offsets.
  const lowerText = doc.text.toLowerCase();
  const aligned = lowerText.length === doc.text.length;
  lower = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    lower[i] = aligned && t.end - t.start === t.text.length ? lowerText.slice(t.start, t.end) : t.text.toLowerCase();
  }
  lowered.set(tokens, lower);
  return lower;
}
