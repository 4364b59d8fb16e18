/**
 * What the HTTP API answers, as TypeScript types: the web app imports these (types only), so the
 * server and the app cannot drift apart.
 */
import type { ActorRoleSpan } from '../corpus/roles.js';
import type { TimelineRow } from '../corpus/timeline.js';
import type { Doc } from '../doc/schema.js';
import type { ActorNeighbour, ActorRow, ArticleSummary, EventMentionRow, EventRow, QuoteRow, SearchHit, StoreStats } from '../store/types.js';

export type { ActorNeighbour, ActorRoleSpan, ActorRow, ArticleSummary, Doc, EventMentionRow, EventRow, QuoteRow, SearchHit, StoreStats, TimelineRow };

/** A page of a list: `next` is the offset of the following page, null at the end. */
export interface Page<T> {
  items: T[];
  offset: number;
  limit: number;
  next: number | null;
}

/** A stored document: the annotations as extracted, with the text; tokens are not kept. */
export type StoredDoc = Omit<Doc, 'tokens'> & { tokens?: Doc['tokens'] };

export interface ArticleResponse {
  article: ArticleSummary & { version: string };
  doc: StoredDoc;
}

export interface ActorResponse {
  actor: ActorRow;
  roles: ActorRoleSpan[];
  quotes: QuoteRow[];
  /** Events with the actor as source, and as target. */
  eventsOut: EventRow[];
  eventsIn: EventRow[];
  neighbours: ActorNeighbour[];
}

/** An article's report of an event, with the sentence it was coded from (null when it cannot be found). */
export type EvidenceMention = EventMentionRow & { sentence: string | null };

export type EventWithEvidence = EventRow & { mentions?: EvidenceMention[] };

export interface EventResponse {
  event: EventRow;
  mentions: EvidenceMention[];
}

export interface TimelineResponse {
  dyad: string;
  by: 'day' | 'week' | 'month';
  both: boolean;
  periods: TimelineRow[];
}

export interface IngestResponse {
  added: number;
  alreadyStored: number;
  duplicates: number;
  nearDuplicates: number;
  failed: number;
  failures: Array<{ origin: string; reason: string }>;
  events: number;
  /** For a text: the id it is stored under (null when it was refused or is a copy of another article). */
  id: string | null;
}

export interface ApiError {
  error: { status: number; code: string; message: string; issues?: Array<{ path: string; message: string }> };
}
