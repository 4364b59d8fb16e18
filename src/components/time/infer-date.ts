/**
 * Placeholder written by the CLI work so `tidings extract` compiles: the temporal-tagger engineer
 * replaces it with a real dateline reader. Returns the article's publication date (YYYY-MM-DD) when
 * the text states it, or null. It never guesses.
 */
export function inferDocumentDate(_text: string): string | null {
  return null;
}
