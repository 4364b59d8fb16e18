/** Where the app is: `#/actor/person%3Ax?tab=1` → { path: ['actor', 'person:x'], query }. */
export interface Route {
  path: string[];
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const [p = '', q = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  return { path: p.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(q) };
}

/** Which page a route shows. */
export type PageOf =
  | { page: 'home' }
  | { page: 'article'; id: string }
  | { page: 'actor'; id: string }
  | { page: 'dyad' }
  | { page: 'search' }
  | { page: 'analyze' }
  | { page: 'none' };

export function pageOf(route: Route): PageOf {
  const [name, id] = route.path;
  if (name === 'article' && id) return { page: 'article', id };
  if (name === 'actor' && id) return { page: 'actor', id };
  if (name === 'dyad') return { page: 'dyad' };
  if (name === 'search') return { page: 'search' };
  if (name === 'analyze') return { page: 'analyze' };
  if (!name) return { page: 'home' };
  return { page: 'none' };
}
