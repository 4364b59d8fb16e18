import type { ArticleInput } from '../corpus/records.js';

/**
 * One thing to ingest, as the readers yield it. `id` is known before the article is loaded when the
 * source gives one (a corpus line's id, a feed item's guid), so a restarted ingest can skip what is
 * stored without fetching it again.
 */
export type Entry =
  | { kind: 'article'; origin: string; id: string | null; load: () => Promise<ArticleInput> }
  | { kind: 'failure'; origin: string; reason: string };

export function failure(origin: string, reason: string): Entry {
  return { kind: 'failure', origin, reason };
}

export function ready(input: ArticleInput): Entry {
  return { kind: 'article', origin: input.origin, id: input.id, load: async () => input };
}
