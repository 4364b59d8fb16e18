import type { Doc } from '../doc/schema.js';
import { evidenceText } from './records.js';

/** What finding an event's sentence needs of a stored article. */
export interface ArticleWithAnnotations {
  text: string;
  annotations: Partial<Pick<Doc, 'sentences' | 'events'>>;
}

/**
 * The sentence (or run of sentences) an event mention was coded from: the stored mention keeps its
 * evidence words ("He … killed … United States"); the article's own event with the same code and
 * words gives their offsets, and the sentences around them are what a reader wants to see.
 */
export function evidenceSentence(article: ArticleWithAnnotations, mention: { cameo: string; evidence: string }): string | null {
  const ev = (article.annotations.events ?? []).find((e) => e.cameo === mention.cameo && e.evidence.length > 0 && evidenceText(article.text, e) === mention.evidence);
  if (!ev) return null;
  const start = Math.min(...ev.evidence.map((s) => s.start));
  const end = Math.max(...ev.evidence.map((s) => s.end));
  const covering = (article.annotations.sentences ?? []).filter((s) => s.end > start && s.start < end);
  if (covering.length === 0) return article.text.slice(start, end);
  return article.text.slice(covering[0]!.start, covering[covering.length - 1]!.end).trim();
}
