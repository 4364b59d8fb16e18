import { mergeEvents, mergeKeyOf, type CanonicalEvent } from '../corpus/merge.js';
import { bandKeys, similarity, signatureFromBuffer, signatureToBuffer } from '../corpus/minhash.js';
import { unpackJson } from '../corpus/packed-json.js';
import type { PreparedArticle } from '../corpus/records.js';
import { hashesFromBuffer, hashesToBuffer, sharedContent } from '../corpus/sentences.js';
import { chunks, placeholders, type SqlDriver } from './driver.js';
import { migrate } from './migrations.js';
import type {
  ActorNeighbour, ActorRow, ArticleFilter, ArticleSummary, BatchResult, EventFilter, EventMentionRow, EventRow, HttpCacheEntry, QuoteFilter, QuoteRow, SearchHit, StoreStats, StoredArticle,
} from './types.js';

/**
 * Two articles are near-duplicates when the rarity-weighted share of sentences they have in common
 * reaches NEAR_DUPLICATE_THRESHOLD (see corpus/sentences.ts), or when their word shingles are almost
 * all the same (SAME_TEXT_JACCARD: light edits inside sentences). Pairs below MIN_JACCARD
 * (estimated from MinHash) are never compared further.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.6;
const SAME_TEXT_JACCARD = 0.9;
const MIN_JACCARD = 0.3;

/** The corpus store: what ingest writes and the query commands read, whatever the database. */
export interface Store {
  readonly dialect: SqlDriver['dialect'];
  readonly location: string;
  migrate(): Promise<number[]>;
  /** Which of these article ids and content hashes are stored already. */
  known(ids: readonly string[], hashes: readonly string[]): Promise<{ ids: Set<string>; hashes: Set<string> }>;
  /** Of these stored article ids, those a different pipeline version made. */
  staleIds(ids: readonly string[], version: string): Promise<Set<string>>;
  /**
   * Writes a batch of extracted articles in one transaction: all of it or nothing. With `replace`,
   * stored articles of the batch made by another pipeline version are removed first (their
   * mentions, quotes, event mentions, links and counts with them) and written anew.
   */
  writeBatch(batch: readonly PreparedArticle[], options?: { replace?: boolean }): Promise<BatchResult>;
  search(text: string, limit?: number, offset?: number): Promise<SearchHit[]>;
  /** Articles by date, newest first, without their text. */
  articles(filter?: ArticleFilter): Promise<ArticleSummary[]>;
  /** One article with its text and annotations, or null. */
  article(id: string): Promise<StoredArticle | null>;
  events(filter?: EventFilter): Promise<EventRow[]>;
  /** The article mentions of these canonical events (evidence, rule, confidence), by event then article date. */
  eventMentions(eventIds: readonly string[]): Promise<EventMentionRow[]>;
  quotes(filter?: QuoteFilter): Promise<QuoteRow[]>;
  actors(name?: string, limit?: number): Promise<ActorRow[]>;
  /** One actor by its exact id, or null. */
  actor(id: string): Promise<ActorRow | null>;
  /** The latest articles (at most `limit`) that mention an actor, without text, with the entities of their annotations. */
  actorArticles(id: string, limit: number): Promise<StoredArticle[]>;
  /** The actors an actor has events with, most event mentions first. */
  actorNeighbours(id: string, limit: number): Promise<ActorNeighbour[]>;
  httpCache(url: string): Promise<HttpCacheEntry | null>;
  setHttpCache(entry: HttpCacheEntry): Promise<void>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

const MAX_IN = 4096;

interface Candidate {
  id: string;
  seq: number;
  root: string;
  sig: Uint32Array;
  sentences: number[];
}

export class SqlStore implements Store {
  constructor(private readonly db: SqlDriver) {}

  get dialect() {
    return this.db.dialect;
  }

  get location() {
    return this.db.location;
  }

  migrate(): Promise<number[]> {
    return migrate(this.db);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  /** Rows of `sql` (holding one `IN (%)`) for every value, in chunks within parameter limits. */
  private async allIn<T>(sql: string, values: readonly unknown[], before: readonly unknown[] = []): Promise<T[]> {
    const out: T[] = [];
    for (const part of chunks([...new Set(values)], MAX_IN)) {
      if (part.length === 0) continue;
      // Lists padded to a power of two (repeating a value changes nothing in IN): a few statement
      // shapes serve every batch, so prepared statements are reused.
      let size = 8;
      while (size < part.length) size *= 2;
      const padded = part.concat(new Array(size - part.length).fill(part[part.length - 1]));
      out.push(...(await this.db.all<T>(sql.replace('%', placeholders(size)), [...before, ...padded])));
    }
    return out;
  }

  async known(ids: readonly string[], hashes: readonly string[]) {
    const byId = await this.allIn<{ id: string }>('SELECT id FROM articles WHERE id IN (%)', ids);
    const byHash = await this.allIn<{ hash: string }>('SELECT hash FROM articles WHERE hash IN (%)', hashes);
    return { ids: new Set(byId.map((r) => r.id)), hashes: new Set(byHash.map((r) => r.hash)) };
  }

  async staleIds(ids: readonly string[], version: string): Promise<Set<string>> {
    const rows = await this.allIn<{ id: string }>('SELECT id FROM articles WHERE version <> ? AND id IN (%)', ids, [version]);
    return new Set(rows.map((r) => r.id));
  }

  writeBatch(batch: readonly PreparedArticle[], options: { replace?: boolean } = {}): Promise<BatchResult> {
    return this.db.transaction(async () => {
      if (options.replace) {
        const version = batch[0]?.article.version;
        if (version) await this.remove([...(await this.staleIds(batch.map((b) => b.article.id), version))]);
      }
      return this.write(batch);
    });
  }

  /** Removes articles and everything derived from them, keeping every count exact. */
  private async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const arts = await this.allIn<{ seq: number; sentences: Uint8Array; minhash: Uint8Array }>('SELECT seq, sentences, minhash FROM articles WHERE id IN (%)', ids);
    const seqs = arts.map((a) => Number(a.seq));
    const perActor = await this.allIn<{ actor_id: string; n: number; a: number }>(
      'SELECT actor_id, SUM(mentions) AS n, COUNT(*) AS a FROM article_actors WHERE article_seq IN (%) GROUP BY actor_id',
      seqs,
    );
    for (const r of perActor) {
      await this.db.run('UPDATE actors SET num_mentions = num_mentions - ?, num_articles = num_articles - ? WHERE id = ?', [Number(r.n), Number(r.a), r.actor_id]);
    }
    const dfLess = new Map<number, number>();
    for (const a of arts) for (const h of hashesFromBuffer(a.sentences)) dfLess.set(h, (dfLess.get(h) ?? 0) + 1);
    for (const [h, n] of dfLess) await this.db.run('UPDATE sentence_df SET df = df - ? WHERE hash = ?', [n, h]);
    const touched = (await this.allIn<{ event_id: string }>('SELECT DISTINCT event_id FROM event_mentions WHERE article_id IN (%)', ids)).map((r) => r.event_id);
    for (const part of chunks(ids, MAX_IN)) {
      const list = placeholders(part.length);
      await this.db.run(`DELETE FROM event_mentions WHERE article_id IN (${list})`, part);
      await this.db.run(`DELETE FROM quotes WHERE article_id IN (${list})`, part);
      await this.db.run(`DELETE FROM near_duplicates WHERE article_id IN (${list}) OR similar_id IN (${list})`, [...part, ...part]);
      await this.db.run(`DELETE FROM articles WHERE id IN (${list})`, part);
    }
    for (const part of chunks(seqs, MAX_IN)) await this.db.run(`DELETE FROM article_actors WHERE article_seq IN (${placeholders(part.length)})`, part);
    // An article's band keys are those of its signature: found by key, not by scanning for its seq.
    for (const a of arts) {
      for (const part of chunks(bandKeys(signatureFromBuffer(a.minhash)), MAX_IN / 2)) {
        await this.db.run(`DELETE FROM lsh_band_keys WHERE article_seq = ? AND band IN (${placeholders(part.length)})`, [Number(a.seq), ...part]);
      }
    }
    await this.recount(touched);
    for (const part of chunks(touched, MAX_IN)) {
      await this.db.run(`DELETE FROM events WHERE num_mentions = 0 AND id IN (${placeholders(part.length)})`, part);
    }
  }

  private async write(batch: readonly PreparedArticle[]): Promise<BatchResult> {
    const result: BatchResult = { added: [], alreadyStored: [], duplicates: [], nearDuplicates: [], eventsCreated: 0, eventMentions: 0 };
    const now = new Date().toISOString();

    // Exact duplicates and articles a killed run already stored.
    const storedIds = new Set((await this.allIn<{ id: string }>('SELECT id FROM articles WHERE id IN (%)', batch.map((b) => b.article.id))).map((r) => r.id));
    const hashOwner = new Map(
      (await this.allIn<{ id: string; hash: string }>('SELECT id, hash FROM articles WHERE hash IN (%)', batch.map((b) => b.article.hash))).map((r) => [r.hash, r.id]),
    );
    const fresh: PreparedArticle[] = [];
    for (const item of batch) {
      const a = item.article;
      if (storedIds.has(a.id)) result.alreadyStored.push(a.id);
      else if (hashOwner.has(a.hash)) result.duplicates.push({ id: a.id, of: hashOwner.get(a.hash)! });
      else {
        storedIds.add(a.id);
        hashOwner.set(a.hash, a.id);
        fresh.push(item);
      }
    }
    if (fresh.length === 0) return result;

    // Near-duplicates: LSH bands give candidates, signatures decide.
    // Child rows point at articles by their row number (seq): long ids repeated in every row would
    // double the size of the store.
    const dbBands = await this.allIn<{ band: number; article_seq: number }>(
      'SELECT band, article_seq FROM lsh_band_keys WHERE band IN (%)',
      fresh.flatMap((f) => f.bands),
    );
    const dbCandidates = new Map<number, Candidate>();
    for (const r of await this.allIn<{ id: string; seq: number; dup_root: string; minhash: Uint8Array; sentences: Uint8Array }>(
      'SELECT id, seq, dup_root, minhash, sentences FROM articles WHERE seq IN (%)',
      dbBands.map((r) => Number(r.article_seq)),
    )) {
      dbCandidates.set(Number(r.seq), { id: r.id, seq: Number(r.seq), root: r.dup_root, sig: signatureFromBuffer(r.minhash), sentences: hashesFromBuffer(r.sentences) });
    }
    // Document frequencies of every sentence involved, kept up to date article by article.
    const df = new Map<number, number>();
    for (const r of await this.allIn<{ hash: number; df: number }>('SELECT hash, df FROM sentence_df WHERE hash IN (%)', [
      ...fresh.flatMap((f) => f.sentences),
      ...[...dbCandidates.values()].flatMap((c) => c.sentences),
    ])) {
      df.set(Number(r.hash), Number(r.df));
    }
    const dfAdded = new Map<number, number>();
    const dfOf = (h: number) => df.get(h) ?? 1;
    const byBand = new Map<number, Candidate[]>();
    for (const r of dbBands) {
      const c = dbCandidates.get(Number(r.article_seq));
      if (!c) continue;
      const key = Number(r.band);
      const list = byBand.get(key) ?? [];
      list.push(c);
      byBand.set(key, list);
    }
    const articleRows: unknown[][] = [];
    const bandRows: unknown[][] = [];
    const linkRows: unknown[][] = [];
    const rootOf = new Map<string, string>();
    let batchSeq = Number.MAX_SAFE_INTEGER - fresh.length;
    for (const item of fresh) {
      const a = item.article;
      for (const h of item.sentences) {
        df.set(h, (df.get(h) ?? 0) + 1);
        dfAdded.set(h, (dfAdded.get(h) ?? 0) + 1);
      }
      const seen = new Set<string>();
      let best: { c: Candidate; sim: number } | null = null;
      for (const band of item.bands) {
        for (const c of byBand.get(band) ?? []) {
          if (seen.has(c.id)) continue;
          seen.add(c.id);
          const jaccard = similarity(item.signature, c.sig);
          if (jaccard < MIN_JACCARD) continue;
          const shared = sharedContent(item.sentences, c.sentences, dfOf);
          if (shared < NEAR_DUPLICATE_THRESHOLD && jaccard < SAME_TEXT_JACCARD) continue;
          const sim = Math.round(Math.max(shared, jaccard) * 1000) / 1000;
          linkRows.push([a.id, c.id, sim], [c.id, a.id, sim]);
          if (!best || sim > best.sim || (sim === best.sim && c.seq < best.c.seq)) best = { c, sim };
        }
      }
      const root = best ? best.c.root : a.id;
      rootOf.set(a.id, root);
      if (best) result.nearDuplicates.push({ id: a.id, of: best.c.id, similarity: best.sim });
      articleRows.push([a.id, a.hash, a.title, a.date, a.url, a.source, a.byline, a.text, '', a.annotations, signatureToBuffer(item.signature), hashesToBuffer(item.sentences), best?.c.id ?? null, root, best?.sim ?? null, a.version, now]);
      const self: Candidate = { id: a.id, seq: batchSeq++, root, sig: item.signature, sentences: item.sentences };
      for (const band of item.bands) {
        bandRows.push([band, a.id]);
        const list = byBand.get(band) ?? [];
        list.push(self);
        byBand.set(band, list);
      }
      result.added.push(a.id);
    }
    await this.db.insertMany(
      'articles',
      ['id', 'hash', 'title', 'date', 'url', 'source', 'byline', 'text', 'annotations', 'annotations_packed', 'minhash', 'sentences', 'dup_of', 'dup_root', 'dup_similarity', 'version', 'ingested_at'],
      articleRows,
    );
    const seqOf = new Map(
      (await this.allIn<{ id: string; seq: number }>('SELECT id, seq FROM articles WHERE id IN (%)', fresh.map((f) => f.article.id))).map((r) => [r.id, Number(r.seq)]),
    );
    // Two bands of one signature can share a key.
    await this.db.insertMany('lsh_band_keys', ['band', 'article_seq'], bandRows.map(([band, id]) => [band, seqOf.get(id as string)]), 'ON CONFLICT (band, article_seq) DO NOTHING');
    await this.db.insertMany(
      'sentence_df',
      ['hash', 'df'],
      [...dfAdded].map(([h, n]) => [h, n]),
      'ON CONFLICT (hash) DO UPDATE SET df = sentence_df.df + excluded.df',
    );
    await this.db.insertMany('near_duplicates', ['article_id', 'similar_id', 'similarity'], linkRows, 'ON CONFLICT (article_id, similar_id) DO NOTHING');

    await this.writeActors(fresh);
    const actorRows: unknown[][] = [];
    const quoteRows = new Map<string, unknown[]>();
    for (const item of fresh) {
      const a = item.article;
      const seq = seqOf.get(a.id);
      for (const actor of item.actors) actorRows.push([actor.id, seq, actor.mentions]);
      for (const q of item.quotes) quoteRows.set(q.id, [q.id, a.id, q.speakerId, q.speakerName, q.kind, q.text, q.cue, q.start, q.end, a.date, a.version]);
    }
    await this.db.insertMany('article_actors', ['actor_id', 'article_seq', 'mentions'], actorRows);
    await this.db.insertMany(
      'quotes',
      ['id', 'article_id', 'speaker_id', 'speaker_name', 'kind', 'text', 'cue', 'start_offset', 'end_offset', 'date', 'version'],
      [...quoteRows.values()],
      'ON CONFLICT (id) DO NOTHING',
    );
    await this.writeEvents(fresh, result);
    return result;
  }

  private async writeActors(fresh: readonly PreparedArticle[]): Promise<void> {
    interface Agg {
      row: unknown[];
      mentions: number;
      articles: number;
      first: string | null;
      last: string | null;
    }
    const agg = new Map<string, Agg>();
    for (const item of fresh) {
      const date = item.article.date;
      for (const a of item.actors) {
        let g = agg.get(a.id);
        if (!g) {
          g = { row: [a.id, a.name, a.type, a.code, a.country], mentions: 0, articles: 0, first: null, last: null };
          agg.set(a.id, g);
        }
        g.row[3] ??= a.code;
        g.row[4] ??= a.country;
        g.mentions += a.mentions;
        g.articles += 1;
        if (date && (!g.first || date < g.first)) g.first = date;
        if (date && (!g.last || date > g.last)) g.last = date;
      }
    }
    const version = fresh[0]?.article.version ?? '';
    await this.db.insertMany(
      'actors',
      ['id', 'name', 'type', 'code', 'country', 'num_mentions', 'num_articles', 'first_seen', 'last_seen', 'version'],
      [...agg.values()].map((g) => [...g.row, g.mentions, g.articles, g.first, g.last, version]),
      `ON CONFLICT (id) DO UPDATE SET
         num_mentions = actors.num_mentions + excluded.num_mentions,
         num_articles = actors.num_articles + excluded.num_articles,
         code = COALESCE(actors.code, excluded.code),
         country = COALESCE(actors.country, excluded.country),
         first_seen = CASE WHEN actors.first_seen IS NULL OR excluded.first_seen < actors.first_seen THEN excluded.first_seen ELSE actors.first_seen END,
         last_seen = CASE WHEN actors.last_seen IS NULL OR excluded.last_seen > actors.last_seen THEN excluded.last_seen ELSE actors.last_seen END,
         version = excluded.version`,
    );
  }

  private async writeEvents(fresh: readonly PreparedArticle[], result: BatchResult): Promise<void> {
    const mentions = fresh.flatMap((f) => f.events.map((e) => ({ e, article: f.article })));
    if (mentions.length === 0) return;
    const existing = (
      await this.allIn<Record<string, unknown>>(
        'SELECT id, merge_key, date, place, source_code, source_name, target_code, target_name, cameo, root, plover, quad, goldstein FROM events WHERE merge_key IN (%)',
        mentions.map((m) => mergeKeyOf(m.e)),
      )
    ).map(
      (r): CanonicalEvent => ({ ...eventOfRow(r), mergeKey: r['merge_key'] as string }),
    );
    const merged = mergeEvents(
      mentions.map((m) => m.e),
      existing,
    );
    const firstArticle = new Map<string, string>();
    const rows = new Map<string, unknown[]>();
    for (const { e, article } of mentions) {
      const eventId = merged.assigned.get(e.id)!;
      if (!firstArticle.has(eventId)) firstArticle.set(eventId, article.id);
      rows.set(e.id, [
        e.id, eventId, article.id,
        e.source.code, e.source.actorId, e.source.name,
        e.target.code, e.target.actorId, e.target.name,
        e.cameo, e.root, e.plover, e.quad, e.goldstein, e.date, e.place, e.evidence, e.rule, e.confidence, article.version,
      ]);
    }
    const version = fresh[0]!.article.version;
    await this.db.insertMany(
      'events',
      ['id', 'merge_key', 'date', 'place', 'source_code', 'source_name', 'target_code', 'target_name', 'cameo', 'root', 'plover', 'quad', 'goldstein', 'num_mentions', 'num_articles', 'num_sources', 'num_independent_sources', 'first_article_id', 'version'],
      merged.created.map((c) => [c.id, c.mergeKey, c.date, c.place, c.sourceCode, c.sourceName, c.targetCode, c.targetName, c.cameo, c.root, c.plover, c.quad, c.goldstein, 0, 0, 0, 0, firstArticle.get(c.id)!, version]),
    );
    for (const c of merged.placed) await this.db.run('UPDATE events SET place = ? WHERE id = ?', [c.place, c.id]);
    await this.db.insertMany(
      'event_mentions',
      ['id', 'event_id', 'article_id', 'source_code', 'source_actor', 'source_name', 'target_code', 'target_actor', 'target_name', 'cameo', 'root', 'plover', 'quad', 'goldstein', 'date', 'place', 'evidence', 'rule', 'confidence', 'version'],
      [...rows.values()],
      'ON CONFLICT (id) DO NOTHING',
    );
    await this.recount([...new Set(merged.assigned.values())]);
    result.eventsCreated += merged.created.length;
    result.eventMentions += rows.size;
  }

  /** Mention, article and source counts of canonical events, from their mentions. */
  private async recount(eventIds: readonly string[]): Promise<void> {
    for (const part of chunks(eventIds, MAX_IN)) {
      await this.db.run(
        `UPDATE events SET
           num_mentions = (SELECT COUNT(*) FROM event_mentions m WHERE m.event_id = events.id),
           num_articles = (SELECT COUNT(DISTINCT m.article_id) FROM event_mentions m WHERE m.event_id = events.id),
           num_sources = (SELECT COUNT(DISTINCT COALESCE(a.source, a.id)) FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = events.id),
           num_independent_sources = (SELECT COUNT(DISTINCT a.dup_root) FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = events.id)
         WHERE id IN (${placeholders(part.length)})`,
        part,
      );
    }
  }

  async search(text: string, limit = 20, offset = 0): Promise<SearchHit[]> {
    const terms = text.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (terms.length === 0) return [];
    if (this.db.dialect === 'sqlite') {
      // Each word quoted: user text never reaches FTS5's query syntax.
      const query = terms.map((t) => `"${t}"`).join(' ');
      const rows = await this.db.all<Record<string, unknown>>(
        `SELECT a.id, a.title, a.date, a.url, a.source, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet, bm25(articles_fts, 4.0, 1.0) AS rank
         FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
         WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`,
        [query, limit, offset],
      );
      return rows.map((r) => hit(r, -Number(r['rank'])));
    }
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT id, title, date, url, source, ts_headline('english', text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=12') AS snippet, ts_rank(tsv, q) AS rank
       FROM articles, plainto_tsquery('english', ?) q
       WHERE tsv @@ q ORDER BY rank DESC, seq LIMIT ? OFFSET ?`,
      [terms.join(' '), limit, offset],
    );
    return rows.map((r) => hit(r, Number(r['rank'])));
  }

  async events(filter: EventFilter = {}): Promise<EventRow[]> {
    const w = new Where();
    // A side's condition, its parameters added as it is written: the OR/AND nesting below keeps their order.
    const side = (col: 'source' | 'target', value: string) => {
      w.params.push(`${value.toUpperCase()}%`, `%${value.toLowerCase()}%`);
      return `(e.${col}_code LIKE ? OR LOWER(e.${col}_name) LIKE ?)`;
    };
    if (filter.actor) w.parts.push(`(${side('source', filter.actor)} OR ${side('target', filter.actor)})`);
    if (filter.sourceActorId) w.add('e.id IN (SELECT event_id FROM event_mentions WHERE source_actor = ?)', filter.sourceActorId);
    if (filter.targetActorId) w.add('e.id IN (SELECT event_id FROM event_mentions WHERE target_actor = ?)', filter.targetActorId);
    if (filter.dyad) {
      const { source, target, both } = filter.dyad;
      const forward = `(${side('source', source)} AND ${side('target', target)})`;
      w.parts.push(both ? `(${forward} OR (${side('source', target)} AND ${side('target', source)}))` : forward);
    }
    if (filter.code) w.add('e.cameo LIKE ?', `${filter.code}%`);
    if (filter.root) w.add('e.root = ?', filter.root);
    if (filter.quad) w.add('e.quad = ?', filter.quad);
    if (filter.place) w.add('LOWER(e.place) LIKE ?', `%${filter.place.toLowerCase()}%`);
    if (filter.ids) {
      if (filter.ids.length === 0) return [];
      w.add(`e.id IN (${placeholders(filter.ids.length)})`, ...filter.ids);
    }
    if (filter.since) w.add('e.date >= ?', filter.since);
    if (filter.until) w.add('e.date <= ?', filter.until);
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT e.*, a.url AS source_url FROM events e LEFT JOIN articles a ON a.id = e.first_article_id ${w} ORDER BY e.date, e.id LIMIT ? OFFSET ?`,
      [...w.params, filter.limit ?? 1_000_000_000, filter.offset ?? 0],
    );
    return rows.map((r) => ({
      ...eventOfRow(r),
      numMentions: Number(r['num_mentions']),
      numArticles: Number(r['num_articles']),
      numSources: Number(r['num_sources']),
      numIndependentSources: Number(r['num_independent_sources']),
      firstArticleId: r['first_article_id'] as string,
      sourceUrl: (r['source_url'] as string | null) ?? null,
      version: r['version'] as string,
    }));
  }

  async eventMentions(eventIds: readonly string[]): Promise<EventMentionRow[]> {
    const rows = await this.allIn<Record<string, unknown>>(
      `SELECT m.*, a.title, a.date AS article_date, a.url FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id IN (%)`,
      eventIds,
    );
    return rows
      .map((r) => ({
        id: r['id'] as string,
        eventId: r['event_id'] as string,
        articleId: r['article_id'] as string,
        title: (r['title'] as string | null) ?? null,
        articleDate: (r['article_date'] as string | null) ?? null,
        url: (r['url'] as string | null) ?? null,
        sourceName: (r['source_name'] as string | null) ?? null,
        sourceCode: (r['source_code'] as string | null) ?? null,
        targetName: (r['target_name'] as string | null) ?? null,
        targetCode: (r['target_code'] as string | null) ?? null,
        cameo: r['cameo'] as string,
        date: (r['date'] as string | null) ?? null,
        evidence: r['evidence'] as string,
        rule: r['rule'] as string,
        confidence: Number(r['confidence']),
      }))
      .sort((a, b) => a.eventId.localeCompare(b.eventId) || (a.articleDate ?? '').localeCompare(b.articleDate ?? '') || a.id.localeCompare(b.id));
  }

  async articles(filter: ArticleFilter = {}): Promise<ArticleSummary[]> {
    const w = new Where();
    if (filter.since) w.add('date >= ?', filter.since);
    if (filter.until) w.add('date <= ?', filter.until);
    if (filter.source) w.add('LOWER(source) LIKE ?', `%${filter.source.toLowerCase()}%`);
    const rows = await this.db.all<Record<string, unknown>>(`SELECT ${SUMMARY_COLUMNS} FROM articles ${w} ORDER BY date DESC, seq DESC LIMIT ? OFFSET ?`, [
      ...w.params,
      filter.limit ?? 1_000_000_000,
      filter.offset ?? 0,
    ]);
    return rows.map(summaryOfRow);
  }

  async article(id: string): Promise<StoredArticle | null> {
    const rows = await this.db.all<Record<string, unknown>>(`SELECT ${SUMMARY_COLUMNS}, text, annotations, annotations_packed, version FROM articles WHERE id = ?`, [id]);
    return rows[0] ? storedOfRow(rows[0]) : null;
  }

  async quotes(filter: QuoteFilter = {}): Promise<QuoteRow[]> {
    const w = new Where();
    if (filter.speaker) w.add('(LOWER(q.speaker_name) LIKE ? OR q.speaker_id = ?)', `%${filter.speaker.toLowerCase()}%`, filter.speaker);
    if (filter.speakerId) w.add('q.speaker_id = ?', filter.speakerId);
    if (filter.text) w.add('LOWER(q.text) LIKE ?', `%${filter.text.toLowerCase()}%`);
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT q.*, a.title, a.url FROM quotes q JOIN articles a ON a.id = q.article_id ${w} ORDER BY q.date, a.seq, q.start_offset LIMIT ? OFFSET ?`,
      [...w.params, filter.limit ?? 1_000_000_000, filter.offset ?? 0],
    );
    return rows.map((r) => ({
      id: r['id'] as string,
      articleId: r['article_id'] as string,
      title: (r['title'] as string | null) ?? null,
      date: (r['date'] as string | null) ?? null,
      url: (r['url'] as string | null) ?? null,
      speakerId: (r['speaker_id'] as string | null) ?? null,
      speakerName: (r['speaker_name'] as string | null) ?? null,
      kind: r['kind'] as string,
      text: r['text'] as string,
      cue: (r['cue'] as string | null) ?? null,
      start: Number(r['start_offset']),
      end: Number(r['end_offset']),
      version: r['version'] as string,
    }));
  }

  async actors(name?: string, limit = 1_000_000_000): Promise<ActorRow[]> {
    const params: unknown[] = [];
    let where = '';
    if (name) {
      where = 'WHERE LOWER(name) LIKE ? OR code = ? OR id = ?';
      params.push(`%${name.toLowerCase()}%`, name.toUpperCase(), name);
    }
    params.push(limit);
    const rows = await this.db.all<Record<string, unknown>>(`SELECT * FROM actors ${where} ORDER BY num_articles DESC, num_mentions DESC, id LIMIT ?`, params);
    return rows.map(actorOfRow);
  }

  async actor(id: string): Promise<ActorRow | null> {
    const rows = await this.db.all<Record<string, unknown>>('SELECT * FROM actors WHERE id = ?', [id]);
    return rows[0] ? actorOfRow(rows[0]) : null;
  }

  async actorArticles(id: string, limit: number): Promise<StoredArticle[]> {
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT ${SUMMARY_COLUMNS}, annotations, annotations_packed, version FROM articles
       WHERE seq IN (SELECT article_seq FROM article_actors WHERE actor_id = ?) ORDER BY date DESC, seq DESC LIMIT ?`,
      [id, limit],
    );
    return rows.map((r) => ({ ...summaryOfRow(r), text: '', annotations: { entities: annotationsOfRow(r)['entities'] ?? [] }, version: r['version'] as string }));
  }

  async actorNeighbours(id: string, limit: number): Promise<ActorNeighbour[]> {
    // The other side of each event mention: its actor id, else its code, else its name keys it.
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT COALESCE(other_actor, other_code, other_name) AS k, MAX(other_actor) AS actor_id, MAX(other_name) AS name, MAX(other_code) AS code,
              SUM(outgoing) AS outgoing, SUM(incoming) AS incoming
       FROM (
         SELECT target_actor AS other_actor, target_code AS other_code, target_name AS other_name, 1 AS outgoing, 0 AS incoming FROM event_mentions WHERE source_actor = ?
         UNION ALL
         SELECT source_actor, source_code, source_name, 0, 1 FROM event_mentions WHERE target_actor = ?
       ) s
       WHERE COALESCE(other_actor, other_code, other_name) IS NOT NULL AND COALESCE(other_actor, '') <> ?
       GROUP BY COALESCE(other_actor, other_code, other_name)
       ORDER BY SUM(outgoing) + SUM(incoming) DESC, MAX(other_name) LIMIT ?`,
      [id, id, id, limit],
    );
    return rows.map((r) => ({
      key: r['k'] as string,
      actorId: (r['actor_id'] as string | null) ?? null,
      name: (r['name'] as string | null) ?? null,
      code: (r['code'] as string | null) ?? null,
      outgoing: Number(r['outgoing']),
      incoming: Number(r['incoming']),
    }));
  }

  async httpCache(url: string): Promise<HttpCacheEntry | null> {
    const rows = await this.db.all<Record<string, unknown>>('SELECT * FROM http_cache WHERE url = ?', [url]);
    const r = rows[0];
    return r ? { url, etag: (r['etag'] as string | null) ?? null, lastModified: (r['last_modified'] as string | null) ?? null, fetchedAt: r['fetched_at'] as string } : null;
  }

  async setHttpCache(e: HttpCacheEntry): Promise<void> {
    await this.db.run(
      `INSERT INTO http_cache (url, etag, last_modified, fetched_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, fetched_at = excluded.fetched_at`,
      [e.url, e.etag, e.lastModified, e.fetchedAt],
    );
  }

  async stats(): Promise<StoreStats> {
    const one = async (sql: string) => Number((await this.db.all<{ n: number }>(sql))[0]?.n ?? 0);
    return {
      articles: await one('SELECT COUNT(*) AS n FROM articles'),
      nearDuplicates: await one('SELECT COUNT(*) AS n FROM articles WHERE dup_of IS NOT NULL'),
      actors: await one('SELECT COUNT(*) AS n FROM actors'),
      quotes: await one('SELECT COUNT(*) AS n FROM quotes'),
      events: await one('SELECT COUNT(*) AS n FROM events'),
      eventMentions: await one('SELECT COUNT(*) AS n FROM event_mentions'),
    };
  }
}

/** The columns of an `events` row that make the event itself (both databases name them alike). */
function eventOfRow(r: Record<string, unknown>): Omit<CanonicalEvent, 'mergeKey'> {
  return {
    id: r['id'] as string,
    date: (r['date'] as string | null) ?? null,
    place: (r['place'] as string | null) ?? null,
    sourceCode: (r['source_code'] as string | null) ?? null,
    sourceName: (r['source_name'] as string | null) ?? null,
    targetCode: (r['target_code'] as string | null) ?? null,
    targetName: (r['target_name'] as string | null) ?? null,
    cameo: r['cameo'] as string,
    root: r['root'] as string,
    plover: (r['plover'] as string | null) ?? null,
    quad: Number(r['quad']),
    goldstein: Number(r['goldstein']),
  };
}

/** WHERE conditions and their parameters, added together so that they cannot get out of step. */
class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];

  add(sql: string, ...params: unknown[]): void {
    this.parts.push(sql);
    this.params.push(...params);
  }

  toString(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

const SUMMARY_COLUMNS = 'id, title, date, url, source, byline, dup_of';

function summaryOfRow(r: Record<string, unknown>): ArticleSummary {
  return {
    id: r['id'] as string,
    title: (r['title'] as string | null) ?? null,
    date: (r['date'] as string | null) ?? null,
    url: (r['url'] as string | null) ?? null,
    source: (r['source'] as string | null) ?? null,
    byline: (r['byline'] as string | null) ?? null,
    dupOf: (r['dup_of'] as string | null) ?? null,
  };
}

function storedOfRow(r: Record<string, unknown>): StoredArticle {
  return { ...summaryOfRow(r), text: r['text'] as string, annotations: annotationsOfRow(r), version: r['version'] as string };
}

/**
 * The annotations of an article row: packed in `annotations_packed`, or as plain JSON in
 * `annotations` in rows stored before annotations were packed.
 */
function annotationsOfRow(r: Record<string, unknown>): Record<string, unknown> {
  const packed = r['annotations_packed'] as Uint8Array | null | undefined;
  return JSON.parse(packed ? unpackJson(packed) : (r['annotations'] as string)) as Record<string, unknown>;
}

function actorOfRow(r: Record<string, unknown>): ActorRow {
  return {
    id: r['id'] as string,
    name: r['name'] as string,
    type: r['type'] as string,
    code: (r['code'] as string | null) ?? null,
    country: (r['country'] as string | null) ?? null,
    numMentions: Number(r['num_mentions']),
    numArticles: Number(r['num_articles']),
    firstSeen: (r['first_seen'] as string | null) ?? null,
    lastSeen: (r['last_seen'] as string | null) ?? null,
    version: r['version'] as string,
  };
}

function hit(r: Record<string, unknown>, rank: number): SearchHit {
  return {
    id: r['id'] as string,
    title: (r['title'] as string | null) ?? null,
    date: (r['date'] as string | null) ?? null,
    url: (r['url'] as string | null) ?? null,
    source: (r['source'] as string | null) ?? null,
    snippet: String(r['snippet'] ?? '').replace(/\s+/g, ' '),
    rank,
  };
}
