/**
 * One pass over the text for the words that can start, end or anchor a time expression
 * ("week", "last", "daily", "summer", "now" …). Every detector then looks only at the few places
 * this pass found, with patterns anchored there, instead of running its own regexes over the
 * whole article: that is what keeps the time layer well under a millisecond per article.
 */

export interface Hit {
  start: number;
  end: number;
  /** The word, lower-cased. */
  word: string;
}

/**
 * A regex source matching any of the words, factored by first letters so the regex engine
 * rejects most positions after one character instead of trying every word in turn.
 */
export function wordsPattern(words: Iterable<string>): string {
  const tree = new Map<string, string[]>();
  let empty = false;
  for (const w of words) {
    if (w === '') {
      empty = true;
      continue;
    }
    const head = w[0]!;
    (tree.get(head) ?? tree.set(head, []).get(head)!).push(w.slice(1));
  }
  const branches = [...tree].map(([head, rest]) => {
    const inner = rest.length === 1 && rest[0] !== '' ? [...rest[0]!].map(escapeChar).join('') : rest.every((r) => r === '') ? '' : wordsPattern(rest);
    return escapeChar(head) + inner;
  });
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return empty ? `(?:${body})?` : body;
}

function escapeChar(c: string): string {
  return /[.*+?^${}()|[\]\\\-]/.test(c) ? `\\${c}` : c;
}

/** Compiles a scanner for a fixed word list (case-insensitive, whole words). */
export function compileScanner(words: Iterable<string>): (text: string) => Hit[] {
  const re = new RegExp(`\\b${wordsPattern(new Set(words))}\\b`, 'gi');
  return (text) => {
    const hits: Hit[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ start: m.index, end: m.index + m[0].length, word: m[0].toLowerCase() });
    return hits;
  };
}
