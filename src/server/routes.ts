import type { z } from 'zod';
import { ACTOR_COLUMNS, ARTICLE_COLUMNS, EVENT_COLUMNS, QUOTE_COLUMNS, SEARCH_COLUMNS, pick, toCsv } from '../corpus/export.js';
import { evidenceSentence } from '../corpus/evidence.js';
import { contentHash } from '../corpus/hash.js';
import { articleId } from '../corpus/records.js';
import { rolesOverTime, type DatedEntities } from '../corpus/roles.js';
import { timeline } from '../corpus/timeline.js';
import { extract } from '../index.js';
import { ingest } from '../ingest/ingest.js';
import type { EventFilter, Store } from '../store/index.js';
import type { ActorResponse, ArticleResponse, EventResponse, EventWithEvidence, EvidenceMention, IngestResponse, Page, TimelineResponse } from './api-types.js';
import { HttpError } from './errors.js';
import {
  ActorListQuery, ArticleListQuery, EventQuery, ExportParams, ExportQuery, ExtractBody, IdParams, IngestBody, QuoteQuery, SearchQuery, TimelineQuery,
} from './params.js';

/** What a handler gets: the store and its request, checked against the route's schemas. */
export interface RouteInput<P, Q, B> {
  store: Store;
  params: P;
  query: Q;
  body: B;
}

/** A plain value is sent as JSON; a Response as it is (exports). */
type Output = unknown;

export interface Route<P = unknown, Q = unknown, B = unknown> {
  method: 'get' | 'post';
  /** Hono path pattern ("/api/articles/:id"). */
  path: string;
  summary: string;
  /** Requests that change the store need the token. */
  writes?: boolean;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** What a 200 answer holds, for the OpenAPI document. */
  returns: string;
  handle(input: RouteInput<P, Q, B>): Promise<Output>;
}

/** Keeps each route's own types while the table holds them all. */
function route<P = undefined, Q = undefined, B = undefined>(r: Route<P, Q, B>): Route {
  return r as unknown as Route;
}

/** How many rows a page asks for: one more than shown tells whether there is a next page. */
function page<T>(rows: T[], offset: number, limit: number): Page<T> {
  return { items: rows.slice(0, limit), offset, limit, next: rows.length > limit ? offset + limit : null };
}

/** Articles read for an actor's roles: the latest ones, enough for a profile and quick to parse. */
const ROLE_ARTICLES = 100;
const ACTOR_EVENTS = 200;
const ACTOR_QUOTES = 100;
const NEIGHBOURS = 24;

function eventFilter(q: z.output<typeof EventQuery> | z.output<typeof ExportQuery>): EventFilter {
  return {
    actor: q.actor,
    dyad: q.dyad ? { ...q.dyad, both: q.both === true } : undefined,
    code: q.code,
    root: q.root,
    quad: q.quad,
    place: q.place,
    since: q.since,
    until: q.until,
    ids: 'ids' in q ? q.ids : undefined,
  };
}

/** The mentions of these events, each with its sentence, reading every article involved once. */
async function mentionsWithSentences(store: Store, eventIds: readonly string[]): Promise<EvidenceMention[]> {
  const mentions = await store.eventMentions(eventIds);
  const articles = new Map<string, Awaited<ReturnType<Store['article']>>>();
  for (const id of new Set(mentions.map((m) => m.articleId))) articles.set(id, await store.article(id));
  return mentions.map((m) => {
    const a = articles.get(m.articleId);
    return { ...m, sentence: a ? evidenceSentence(a, m) : null };
  });
}

function notFound(what: string, id: string): never {
  throw new HttpError(404, 'not_found', `no ${what} with id ${JSON.stringify(id.slice(0, 200))}`);
}

export const routes: readonly Route[] = [
  route({
    method: 'get',
    path: '/api/stats',
    summary: 'How many articles, actors, quotes and events the store holds',
    returns: 'StoreStats',
    handle: ({ store }) => store.stats(),
  }),
  route({
    method: 'get',
    path: '/api/articles',
    summary: 'Articles by date, newest first (without their text)',
    query: ArticleListQuery,
    returns: 'Page<ArticleSummary>',
    handle: async ({ store, query: q }) => page(await store.articles({ ...q, limit: q.limit + 1 }), q.offset, q.limit),
  }),
  route({
    method: 'get',
    path: '/api/articles/search',
    summary: 'Full-text search over titles and texts, best first, with a snippet',
    query: SearchQuery,
    returns: 'Page<SearchHit>',
    handle: async ({ store, query: q }) => page(await store.search(q.q, q.limit + 1, q.offset), q.offset, q.limit),
  }),
  route({
    method: 'get',
    path: '/api/articles/:id',
    summary: 'One article with its text and every annotation (offsets into the text)',
    params: IdParams,
    returns: 'ArticleResponse',
    handle: async ({ store, params }): Promise<ArticleResponse> => {
      const a = (await store.article(params.id)) ?? notFound('article', params.id);
      const { text, annotations, ...article } = a;
      return { article, doc: { ...annotations, text } as ArticleResponse['doc'] };
    },
  }),
  route({
    method: 'get',
    path: '/api/actors',
    summary: 'Actors by number of articles',
    query: ActorListQuery,
    returns: 'ActorRow[]',
    handle: ({ store, query: q }) => store.actors(q.q, q.limit),
  }),
  route({
    method: 'get',
    path: '/api/actors/:id',
    summary: 'One actor: codes, roles over time, quotations, events as source and as target, the actors it has events with',
    params: IdParams,
    returns: 'ActorResponse',
    handle: async ({ store, params: { id } }): Promise<ActorResponse> => {
      const actor = (await store.actor(id)) ?? notFound('actor', id);
      const [articles, quotes, eventsOut, eventsIn, neighbours] = await Promise.all([
        store.actorArticles(id, ROLE_ARTICLES),
        store.quotes({ speakerId: id, limit: ACTOR_QUOTES }),
        store.events({ sourceActorId: id, limit: ACTOR_EVENTS }),
        store.events({ targetActorId: id, limit: ACTOR_EVENTS }),
        store.actorNeighbours(id, NEIGHBOURS),
      ]);
      return { actor, roles: rolesOverTime(id, articles as unknown as DatedEntities[]), quotes, eventsOut, eventsIn, neighbours };
    },
  }),
  route({
    method: 'get',
    path: '/api/events',
    summary: 'Canonical events by date, with filters; with evidence=true each carries its article mentions',
    query: EventQuery,
    returns: 'Page<EventWithEvidence>',
    handle: async ({ store, query: q }): Promise<Page<EventWithEvidence>> => {
      const p = page<EventWithEvidence>(await store.events({ ...eventFilter(q), limit: q.limit + 1, offset: q.offset }), q.offset, q.limit);
      if (q.evidence) {
        const mentions = await mentionsWithSentences(store, p.items.map((e) => e.id));
        p.items = p.items.map((e) => ({ ...e, mentions: mentions.filter((m) => m.eventId === e.id) }));
      }
      return p;
    },
  }),
  route({
    method: 'get',
    path: '/api/events/:id',
    summary: 'One canonical event with every article mention: evidence, rule, confidence',
    params: IdParams,
    returns: 'EventResponse',
    handle: async ({ store, params: { id } }): Promise<EventResponse> => {
      const event = (await store.events({ ids: [id] }))[0] ?? notFound('event', id);
      return { event, mentions: await mentionsWithSentences(store, [id]) };
    },
  }),
  route({
    method: 'get',
    path: '/api/quotes',
    summary: 'Quotations by date, by speaker and text',
    query: QuoteQuery,
    returns: 'Page<QuoteRow>',
    handle: async ({ store, query: q }) => page(await store.quotes({ ...q, limit: q.limit + 1 }), q.offset, q.limit),
  }),
  route({
    method: 'get',
    path: '/api/timeline',
    summary: 'Events of a dyad per day, week or month: counts per quad class, Goldstein sum and mean, and the event ids of each period',
    query: TimelineQuery,
    returns: 'TimelineResponse',
    handle: async ({ store, query: q }): Promise<TimelineResponse> => {
      const both = q.both === true;
      const events = await store.events({ dyad: { ...q.dyad, both }, since: q.since, until: q.until });
      return { dyad: `${q.dyad.source}:${q.dyad.target}`, by: q.by, both, periods: timeline(events, q.by) };
    },
  }),
  route({
    method: 'get',
    path: '/api/export/:what',
    summary: 'The rows a list shows, with its filters, as CSV or JSON Lines',
    params: ExportParams,
    query: ExportQuery,
    returns: 'text/csv or application/x-ndjson',
    handle: async ({ store, params: { what }, query: q }) => {
      const [rows, columns] =
        what === 'articles'
          ? q.q
            ? [await store.search(q.q, q.max), SEARCH_COLUMNS]
            : [await store.articles({ since: q.since, until: q.until, source: q.source, limit: q.max }), ARTICLE_COLUMNS]
          : what === 'events'
            ? [await store.events({ ...eventFilter(q), limit: q.max }), EVENT_COLUMNS]
            : what === 'quotes'
              ? [await store.quotes({ speaker: q.speaker, text: q.text, limit: q.max }), QUOTE_COLUMNS]
              : [await store.actors(q.q, q.max), ACTOR_COLUMNS];
      const picked = pick(rows as readonly object[], columns);
      const body = q.format === 'csv' ? toCsv(columns, picked) : picked.map((r) => JSON.stringify(r) + '\n').join('');
      return new Response(body, {
        headers: {
          'content-type': q.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
          'content-disposition': `attachment; filename="tidings-${what}.${q.format}"`,
        },
      });
    },
  }),
  route({
    method: 'post',
    path: '/api/extract',
    summary: 'Runs the pipeline on a text and answers the document; nothing is stored',
    body: ExtractBody,
    returns: 'Doc',
    handle: async ({ body }) => extract(body.text, { date: body.date ?? null, title: body.title ?? null, url: body.url ?? null, source: body.source ?? null }),
  }),
  route({
    method: 'post',
    path: '/api/ingest',
    summary: 'Stores a text, or the page or feed at a URL, with all its annotations (needs the token)',
    writes: true,
    body: IngestBody,
    returns: 'IngestResponse',
    handle: async ({ store, body }): Promise<IngestResponse> => {
      const given = body.text !== undefined
        ? { id: body.id ?? null, title: body.title ?? null, date: body.date ?? null, url: null, source: body.source ?? null, text: body.text, origin: 'request' }
        : null;
      const s = await ingest(store, [given ?? (body.url ?? body.feed)!], { date: body.date ?? null });
      const id = given ? articleId(given, contentHash(given.text)) : null;
      const stored = id !== null && (s.added > 0 || s.alreadyStored > 0);
      return {
        added: s.added, alreadyStored: s.alreadyStored, duplicates: s.duplicates, nearDuplicates: s.nearDuplicates,
        failed: s.failed, failures: s.failures, events: s.events, id: stored ? id : null,
      };
    },
  }),
];
