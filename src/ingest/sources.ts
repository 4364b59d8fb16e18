import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readArticle } from '../cli/input.js';
import type { ArticleInput } from '../corpus/records.js';
import type { HttpCacheEntry, Store } from '../store/index.js';
import { failure, ready, type Entry } from './entry.js';
import { looksLikeFeed, readFeed } from './feed.js';
import { looksLikeHtml, readHtml } from './html.js';
import type { Fetcher } from './http.js';
import { countLines, isJsonl, readJsonl } from './jsonl.js';

export interface SourceContext {
  fetcher: Fetcher;
  store: Store;
  /** Validators of fetched URLs, saved once their articles are stored (so a kill never hides them). */
  fetched: HttpCacheEntry[];
  /** URLs that answered 304 Not Modified. */
  unchanged: string[];
}

const SKIP_FILE = /(^|\/)\.|\.(db|db-wal|db-shm|gz|zip|png|jpe?g|gif|pdf|ico|woff2?)$/i;

function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** Files under a directory, sorted, so every run reads them in the same order. */
async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) out.push(...(await listFiles(path)));
    else if (e.isFile() && (isJsonl(path) || !SKIP_FILE.test(path))) out.push(path);
  }
  return out;
}

/** What a local file holds, by its name and, for plain names, its first bytes. */
async function* readFile(path: string, ctx: SourceContext): AsyncGenerator<Entry> {
  if (isJsonl(path)) {
    yield* readJsonl(path);
    return;
  }
  let text: string;
  try {
    text = (await readArticle(path)).text;
  } catch (err) {
    yield failure(path, err instanceof Error ? err.message : String(err));
    return;
  }
  if (/\.(rss|atom|xml)$/i.test(path) || looksLikeFeed(text)) {
    yield* readFeed(text, path, ctx.fetcher);
    return;
  }
  if (/\.x?html?$/i.test(path) || looksLikeHtml(text)) {
    const page = readHtml(text, path);
    yield ready(page);
    return;
  }
  yield ready({ id: null, title: null, date: null, url: null, source: null, text, origin: path });
}

async function* readUrl(url: string, ctx: SourceContext): AsyncGenerator<Entry> {
  const cached = await ctx.store.httpCache(url);
  const res = await ctx.fetcher.get(url, cached);
  if (res.status === 'not-modified') {
    ctx.unchanged.push(url);
    return;
  }
  if (res.status === 'error') {
    yield failure(url, res.reason);
    return;
  }
  ctx.fetched.push({ url, etag: res.validators.etag, lastModified: res.validators.lastModified, fetchedAt: new Date().toISOString() });
  const type = res.contentType.toLowerCase();
  if (/rss|atom/.test(type) || ((/xml/.test(type) || !type) && looksLikeFeed(res.body)) || looksLikeFeed(res.body)) {
    yield* readFeed(res.body, url, ctx.fetcher);
    return;
  }
  if (/html/.test(type) || looksLikeHtml(res.body)) {
    const page = readHtml(res.body, url, res.url);
    yield ready({ ...page, id: res.url });
    return;
  }
  if (/^text\//.test(type) || !type) {
    yield ready({ id: res.url, title: null, date: null, url: res.url, source: null, text: res.body, origin: url });
    return;
  }
  yield failure(url, `unsupported content type ${type}`);
}

/** What ingest reads: a file, a directory or a URL, or an article already in hand (the HTTP API's text). */
export type IngestInput = string | ArticleInput;

/** Every entry of the inputs, in order: files, directories (recursively, sorted), URLs and given articles. */
export async function* readInputs(inputs: readonly IngestInput[], ctx: SourceContext): AsyncGenerator<Entry> {
  for (const input of inputs) {
    if (typeof input !== 'string') {
      yield ready(input);
      continue;
    }
    if (isUrl(input)) {
      yield* readUrl(input, ctx);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch {
      yield failure(input, 'no such file or directory');
      continue;
    }
    const files = info.isDirectory() ? await listFiles(input) : [input];
    for (const f of files) yield* readFile(f, ctx);
  }
}

/** How many entries the local inputs hold (JSON Lines counted line by line); null when a URL makes it unknowable. */
export async function countEntries(inputs: readonly IngestInput[]): Promise<number | null> {
  let n = 0;
  for (const input of inputs) {
    if (typeof input !== 'string') {
      n += 1;
      continue;
    }
    if (isUrl(input)) return null;
    try {
      const info = await stat(input);
      const files = info.isDirectory() ? await listFiles(input) : [input];
      for (const f of files) n += isJsonl(f) ? await countLines(f) : 1;
    } catch {
      n += 1;
    }
  }
  return n;
}
