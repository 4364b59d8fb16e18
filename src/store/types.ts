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
  /** Cross-document actor id (`person:vladimir-putin`) as the source of a mention of the event. */
  sourceActorId?: string;
  /** Cross-document actor id as the target of a mention of the event. */
  targetActorId?: string;
  /** Source and target, each a code prefix or a name part; `both` also takes target → source. */
  dyad?: { source: string; target: string; both?: boolean };
  /** CAMEO code prefix ("04", "042"). */
  code?: string;
  /** CAMEO root code ("04"). */
  root?: string;
  /** Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad?: number;
  /** Part of the place name. */
  place?: string;
  /** These canonical event ids only. */
  ids?: readonly string[];
  since?: string;
  until?: string;
  limit?: number;
  offset?: number;
}

/** One article's report of a canonical event: the words it was coded from and the rule that coded it. */
export interface EventMentionRow {
  id: string;
  eventId: string;
  articleId: string;
  title: string | null;
  articleDate: string | null;
  url: string | null;
  sourceName: string | null;
  sourceCode: string | null;
  targetName: string | null;
  targetCode: string | null;
  cameo: string;
  date: string | null;
  evidence: string;
  rule: string;
  confidence: number;
}

export interface ArticleFilter {
  since?: string;
  until?: string;
  /** Part of the outlet name. */
  source?: string;
  limit?: number;
  offset?: number;
}

/** A stored article without its text. */
export interface ArticleSummary {
  id: string;
  title: string | null;
  date: string | null;
  url: string | null;
  source: string | null;
  byline: string | null;
  /** Set when the article is a near-duplicate: the earlier article it copies. */
  dupOf: string | null;
}

/** A stored article with its text and every annotation (the extracted document without tokens). */
export interface StoredArticle extends ArticleSummary {
  text: string;
  annotations: Record<string, unknown>;
  version: string;
}

/** An actor another one meets in events, with how often it is the target or the source. */
export interface ActorNeighbour {
  key: string;
  actorId: string | null;
  name: string | null;
  code: string | null;
  /** Event mentions with the actor as source and this one as target. */
  outgoing: number;
  /** Event mentions with this one as source and the actor as target. */
  incoming: number;
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
  /** The speaker's actor id, exactly. */
  speakerId?: string;
  text?: string;
  limit?: number;
  offset?: number;
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
