import { analyzeDoc } from '../nlp/wink.js';

/**
 * Part-of-speech tags for pre-tokenized sentences (the training data), from the same tagger the
 * pipeline runs, so the recognizer sees the same tags when trained and when used. A word the
 * tagger splits ("year-old") takes the tag of its first piece.
 */
export function posTags(sentences: string[][]): string[][] {
  let text = '';
  const starts: number[][] = sentences.map((words, k) => {
    if (k > 0) text += '\n\n';
    return words.map((w, i) => {
      if (i > 0) text += ' ';
      const at = text.length;
      text += w;
      return at;
    });
  });
  const tagAt = new Map<number, string>();
  for (const t of analyzeDoc({ text }).tokens) tagAt.set(t.start, t.pos);
  return starts.map((ss) => ss.map((at) => tagAt.get(at) ?? ''));
}
