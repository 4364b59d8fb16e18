import type { ApiError } from '../../src/server/api-types.js';
import { takeEarly } from './early.js';

/** An answer other than 2xx, with the server's own sentence. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type Params = Record<string, string | number | boolean | null | undefined>;

/** `?a=1&b=x` of the params that are set (empty strings and nulls left out). */
export function queryString(params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function apiUrl(path: string, params?: Params): string {
  return `/api${path}${queryString(params)}`;
}

async function answer<T>(res: Response): Promise<T> {
  if (res.ok) return (await res.json()) as T;
  let message = `${res.status} ${res.statusText}`;
  try {
    message = ((await res.json()) as ApiError).error.message;
  } catch {
    // Not our JSON error (a proxy's page): the status says enough.
  }
  throw new ApiFailure(res.status, message);
}

/** The answer to GET path?params: the boot script's request for it when there is one, else a new one. */
export async function get<T>(path: string, params?: Params, signal?: AbortSignal): Promise<T> {
  const url = apiUrl(path, params);
  return answer<T>(await (takeEarly(url) ?? fetch(url, { signal })));
}

export async function post<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  return answer<T>(await fetch(`/api${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal }));
}
