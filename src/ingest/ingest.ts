import { performance } from 'node:perf_hooks';
import { inferDocumentDate } from '../components/time/infer-date.js';
import { contentHash } from '../corpus/hash.js';
import { articleId, prepareArticle, type ArticleInput, type PreparedArticle } from '../corpus/records.js';
import { pipelineVersion } from '../corpus/version.js';
import { isCalendarDate } from '../doc/input.js';
import { EXTRACT_BATCH, extractMany } from '../index.js';
import { extendKb, loadKb, type Kb } from '../kb/kb.js';
import type { ActorBook } from '../kb/actors/book.js';
import type { Store } from '../store/index.js';
import type { Entry } from './entry.js';
import { Fetcher } from './http.js';
import { readInputs, type IngestInput, type SourceContext } from './sources.js';

export interface IngestOptions {
  /** Publication date for articles that give none (YYYY-MM-DD); otherwise it is looked for in the text. */
  date?: string | null;
  /** Articles per transaction. */
  batchSize?: number;
  fetcher?: Fetcher;
  /** Re-extract stored articles that another pipeline version made (their ids are kept). */
  reprocess?: boolean;
  /** Called after every committed batch. */
  onBatch?: (progress: IngestProgress) => void;
  /** Knowledge base to extract with (e.g. extended with imported actor dictionaries). */
  kb?: Kb;
  /**
   * Learns who held which role from each article, and codes the articles of later batches with
   * what it learned. `onBatch` runs after the book has learned the batch, so a caller saving the
   * book there keeps it in step with the store (a resumed run codes as an uninterrupted one).
   */
  actorBook?: ActorBook;
}

export interface IngestProgress {
  processed: number;
  added: number;
  skipped: number;
  duplicates: number;
  nearDuplicates: number;
  failed: number;
  elapsedMs: number;
  /** Articles read per second so far. */
  rate: number;
}

export interface IngestSummary extends IngestProgress {
  /** Articles a previous run had stored already (same id). */
  alreadyStored: number;
  events: number;
  eventMentions: number;
  /** The first 1,000 failures, with their reasons (`failed` counts them all). */
  failures: Array<{ origin: string; reason: string }>;
  /** URLs that answered 304 Not Modified. */
  unchanged: string[];
  /** Milliseconds spent in each stage: the extraction pipeline, turning documents into rows (hashes, MinHash), writing. */
  timings: { extractMs: number; prepareMs: number; storeMs: number };
}

/**
 * Articles per transaction. Every transaction rewrites each index page it touches, and the
 * near-duplicate, sentence and actor indexes are keyed by hashes, so a batch touches pages all over
 * them: on the White House corpus 100 articles a transaction wrote 12 times the final database size,
 * 500 wrote 5 times (and the store's CPU time fell by a fifth). A killed run redoes at most one batch.
 */
export const DEFAULT_BATCH = 500;
const MAX_FAILURE_EXAMPLES = 1000;

function progressOf(s: IngestSummary): IngestProgress {
  const { processed, added, skipped, duplicates, nearDuplicates, failed, elapsedMs, rate } = s;
  return { processed, added, skipped, duplicates, nearDuplicates, failed, elapsedMs, rate };
}

function reasonOf(err: unknown): string {
  return ((err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '').trim() || 'unknown error';
}

/**
 * Reads the inputs, extracts every new article and writes them to the store one batch per
 * transaction. A run killed at any moment can be started again: stored articles are recognised by
 * id (or content hash) and skipped, and a batch is either wholly stored or not at all.
 */
export async function ingest(store: Store, inputs: readonly IngestInput[], options: IngestOptions & { version?: string } = {}): Promise<IngestSummary> {
  const started = performance.now();
  // `version` is for tests that stand in for a newer pipeline.
  const version = options.version ?? pipelineVersion();
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  const baseKb = options.kb ?? loadKb();
  const book = options.actorBook;
  // The book's roles join the knowledge base between batches: a batch is coded with what earlier batches taught.
  let kb = book && book.size ? extendKb(baseKb, book.toActorsFile()) : baseKb;
  const ctx: SourceContext = { fetcher: options.fetcher ?? new Fetcher(), store, fetched: [], unchanged: [] };
  const s: IngestSummary = {
    processed: 0, added: 0, skipped: 0, duplicates: 0, nearDuplicates: 0, failed: 0, elapsedMs: 0, rate: 0,
    alreadyStored: 0, events: 0, eventMentions: 0, failures: [], unchanged: ctx.unchanged,
    timings: { extractMs: 0, prepareMs: 0, storeMs: 0 },
  };
  const fail = (origin: string, reason: string) => {
    s.failed++;
    // Examples are capped so that a corpus of bad lines cannot grow memory; the count stays exact.
    if (s.failures.length < MAX_FAILURE_EXAMPLES) s.failures.push({ origin, reason });
  };

  const runBatch = async (entries: Entry[]) => {
    s.processed += entries.length;
    const articles = entries.filter((e): e is Extract<Entry, { kind: 'article' }> => {
      if (e.kind === 'failure') fail(e.origin, e.reason);
      return e.kind === 'article';
    });
    // Skip what is stored before loading it: a restarted run neither refetches nor re-extracts.
    const givenIds = articles.flatMap((a) => (a.id ? [a.id] : []));
    const storedIds = (await store.known(givenIds, [])).ids;
    const stale = options.reprocess ? await store.staleIds(givenIds, version) : new Set<string>();
    for (const id of stale) storedIds.delete(id);
    const loaded: Array<{ input: ArticleInput; hash: string; id: string }> = [];
    for (const a of articles) {
      if (a.id && storedIds.has(a.id)) {
        s.alreadyStored++;
        continue;
      }
      let input: ArticleInput;
      try {
        input = await a.load();
      } catch (err) {
        fail(a.origin, reasonOf(err));
        continue;
      }
      const hash = contentHash(input.text);
      loaded.push({ input, hash, id: articleId(input, hash) });
    }
    const known = await store.known(loaded.map((l) => l.id), loaded.map((l) => l.hash));
    if (options.reprocess) {
      // A stale article's own hash is in the store: it is replaced, not a duplicate of itself.
      for (const id of await store.staleIds(loaded.map((l) => l.id), version)) {
        known.ids.delete(id);
        stale.add(id);
      }
      for (const l of loaded) if (stale.has(l.id)) known.hashes.delete(l.hash);
    }
    const prepared: PreparedArticle[] = [];
    let learned = 0;
    const batchHashes = new Set<string>();
    const batchIds = new Set<string>();
    const toExtract: Array<{ input: ArticleInput; hash: string; fields: Parameters<typeof extractMany>[0][number] }> = [];
    for (const { input, hash, id } of loaded) {
      if (known.ids.has(id) || batchIds.has(id)) {
        s.alreadyStored++;
        continue;
      }
      if (known.hashes.has(hash) || batchHashes.has(hash)) {
        s.duplicates++;
        continue;
      }
      batchIds.add(id);
      batchHashes.add(hash);
      let date = input.date && isCalendarDate(input.date) ? input.date : (options.date ?? null);
      let dateSource: 'given' | 'text' | 'unknown' = date ? 'given' : 'unknown';
      if (!date) {
        const inferred = inferDocumentDate(input.text);
        if (inferred && isCalendarDate(inferred)) {
          date = inferred;
          dateSource = 'text';
        }
      }
      toExtract.push({ input, hash, fields: { text: input.text, id, date, dateSource, title: input.title, url: input.url, source: input.source } });
    }
    for (let from = 0; from < toExtract.length; from += EXTRACT_BATCH) {
      const chunk = toExtract.slice(from, from + EXTRACT_BATCH);
      const t0 = performance.now();
      const docs = extractMany(chunk.map((x) => x.fields), { kb });
      const t1 = performance.now();
      docs.forEach((doc, k) => {
        const { input, hash } = chunk[k]!;
        if (doc instanceof Error) return fail(input.origin, reasonOf(doc));
        try {
          if (book) learned += book.learn(doc);
          prepared.push(prepareArticle(input, doc, hash, version));
        } catch (err) {
          fail(input.origin, reasonOf(err));
        }
      });
      s.timings.extractMs += t1 - t0;
      s.timings.prepareMs += performance.now() - t1;
    }
    if (prepared.length > 0) {
      const t0 = performance.now();
      const r = await store.writeBatch(prepared, { replace: options.reprocess === true });
      s.timings.storeMs += performance.now() - t0;
      s.added += r.added.length;
      s.alreadyStored += r.alreadyStored.length;
      s.duplicates += r.duplicates.length;
      s.nearDuplicates += r.nearDuplicates.length;
      s.events += r.eventsCreated;
      s.eventMentions += r.eventMentions;
    }
    if (book && learned > 0) kb = extendKb(baseKb, book.toActorsFile());
    s.skipped = s.alreadyStored;
    s.elapsedMs = performance.now() - started;
    s.rate = s.processed / Math.max(s.elapsedMs / 1000, 1e-6);
    options.onBatch?.(progressOf(s));
  };

  let batch: Entry[] = [];
  for await (const entry of readInputs(inputs, ctx)) {
    batch.push(entry);
    if (batch.length >= batchSize) {
      await runBatch(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await runBatch(batch);
  // Validators are saved only now that every article they cover is stored.
  for (const entry of ctx.fetched) await store.setHttpCache(entry);
  s.elapsedMs = performance.now() - started;
  s.rate = s.processed / Math.max(s.elapsedMs / 1000, 1e-6);
  return s;
}
