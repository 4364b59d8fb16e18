import type { Period } from '../../src/corpus/timeline.js';
import type { Params } from './api.js';
import { pageOf, type Route } from './route.js';

/**
 * What each page asks the API for as it opens, worked out from its route alone: the pages fetch
 * these, and the boot script (boot.ts) starts the same requests before the app's code has run.
 * Kept free of the UI so that the boot script stays small.
 */
export interface ApiRequest {
  path: string;
  params?: Params;
}

export const HOME = {
  stats: { path: '/stats' },
  latest: { path: '/articles', params: { limit: 30 } },
} satisfies Record<string, ApiRequest>;

export const articleRequest = (id: string): ApiRequest => ({ path: `/articles/${encodeURIComponent(id)}` });

export const actorRequest = (id: string): ApiRequest => ({ path: `/actors/${encodeURIComponent(id)}` });

export interface Dyad {
  a: string;
  b: string;
  by: Period;
  both: boolean;
}

export function dyadOf(query: URLSearchParams): Dyad {
  const by = query.get('by') ?? '';
  return {
    a: query.get('a') ?? '',
    b: query.get('b') ?? '',
    by: (['day', 'week', 'month'].includes(by) ? by : 'month') as Period,
    both: query.get('both') !== '0',
  };
}

/** The dyad's timeline, once both sides are named. */
export function timelineRequest({ a, b, by, both }: Dyad): ApiRequest | null {
  return a && b ? { path: '/timeline', params: { dyad: `${a}:${b}`, by, both } } : null;
}

export type SearchKind = 'articles' | 'quotes' | 'events';
export const SEARCH_KINDS: readonly SearchKind[] = ['articles', 'quotes', 'events'];

/** The filters each list takes (the names of the API's query parameters). */
export const SEARCH_FIELDS: Record<SearchKind, Array<{ name: string; label: string; type?: 'date'; placeholder?: string }>> = {
  articles: [
    { name: 'q', label: 'words', placeholder: 'full text' },
    { name: 'source', label: 'outlet' },
    { name: 'since', label: 'from', type: 'date' },
    { name: 'until', label: 'to', type: 'date' },
  ],
  quotes: [
    { name: 'speaker', label: 'speaker', placeholder: 'name or actor id' },
    { name: 'text', label: 'words' },
  ],
  events: [
    { name: 'actor', label: 'actor', placeholder: 'code or name' },
    { name: 'dyad', label: 'dyad', placeholder: 'USA:IRN' },
    { name: 'code', label: 'CAMEO code', placeholder: '04, 042' },
    { name: 'quad', label: 'quad class', placeholder: '1–4' },
    { name: 'place', label: 'place' },
    { name: 'since', label: 'from', type: 'date' },
    { name: 'until', label: 'to', type: 'date' },
  ],
};

export const SEARCH_PAGE = 50;

export interface Search {
  kind: SearchKind;
  filters: Record<string, string>;
  offset: number;
}

export function searchOf(query: URLSearchParams): Search {
  const kind = SEARCH_KINDS.find((k) => k === query.get('kind')) ?? 'articles';
  const filters = Object.fromEntries(SEARCH_FIELDS[kind].map((f) => [f.name, query.get(f.name) ?? '']).filter(([, v]) => v));
  return { kind, filters, offset: Math.max(0, Number(query.get('offset')) || 0) };
}

/** One page of results: full-text search when there are words to look for, else the list. */
export function searchRequest({ kind, filters, offset }: Search): ApiRequest {
  const params = { ...filters, limit: SEARCH_PAGE, offset };
  if (kind === 'articles') return { path: filters['q'] ? '/articles/search' : '/articles', params };
  return { path: `/${kind}`, params };
}

/** The requests of the page a route shows, in the order the page makes them. */
export function firstRequests(route: Route): ApiRequest[] {
  const p = pageOf(route);
  if (p.page === 'home') return [HOME.stats, HOME.latest];
  if (p.page === 'article') return [articleRequest(p.id)];
  if (p.page === 'actor') return [actorRequest(p.id)];
  if (p.page === 'dyad') return [timelineRequest(dyadOf(route.query))].filter((r) => r !== null);
  if (p.page === 'search') return [searchRequest(searchOf(route.query))];
  return [];
}
