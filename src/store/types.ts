import type { CanonicalEvent } from '../corpus/merge.js';
import type { QuoteRecord } from '../corpus/records.js';
/** What the store answers: plain rows, the same from SQLite and PostgreSQL. */

export interface BatchResult {
  added: string[];
  /** Articles already in the store under the same id (a restarted ingest meets these). */
  alreadyStored: string[];
  /** Exact duplicates: same content hash as a stored article, under another id. */
  duplicates: Array<{ id: string; of: string }>;
  /** Added articles that are near-duplicates of an earlier one. */
  nearDuplicates: Array<{ id: string; of: string; similarity: number }>;
  eventsCreated: number;
  eventMentions: number;
}

export interface SearchHit {
  id: string;
  title: string | null;
  date: string | null;
  url: string | null;
  source: string | null;
  snippet: string;
  rank: number;
}

/** A canonical event as the store reports it: the event, its counts and where it was first read. */
export interface EventRow extends Omit<CanonicalEvent, 'mergeKey'> {
  numMentions: number;
  numArticles: number;
  numSources: number;
  numIndependentSources: number;
  firstArticleId: string;
  sourceUrl: string | null;
  version: string;
}

export interface EventFilter {
  actor?: string;
  /** Source and target, each a code prefix or a name part. */
  dyad?: { source: string; target: string };
  /** CAMEO code prefix ("04", "042"). */
  code?: string;
  since?: string;
  until?: string;
  limit?: number;
}

/** A stored quotation with the article it came from. */
export interface QuoteRow extends QuoteRecord {
  articleId: string;
  title: string | null;
  date: string | null;
  url: string | null;
  version: string;
}

export interface QuoteFilter {
  speaker?: string;
  text?: string;
  limit?: number;
}

export interface ActorRow {
  id: string;
  name: string;
  type: string;
  code: string | null;
  country: string | null;
  numMentions: number;
  numArticles: number;
  firstSeen: string | null;
  lastSeen: string | null;
  version: string;
}

export interface HttpCacheEntry {
  url: string;
  etag: string | null;
  lastModified: string | null;
  fetchedAt: string;
}

export interface StoreStats {
  articles: number;
  nearDuplicates: number;
  actors: number;
  quotes: number;
  events: number;
  eventMentions: number;
}
