import type { Dialect, SqlDriver } from './driver.js';

/**
 * The schema, as numbered migrations applied in order and recorded in schema_migrations. One text
 * serves both databases: {SEQ}, {BLOB}, {BIGINT}, {REAL} and {WITHOUT_ROWID} stand for each one's own types; the
 * full-text index is the only part written twice (FTS5 and a tsvector column).
 */
export interface Migration {
  version: number;
  name: string;
  common: string;
  sqlite?: string;
  postgres?: string;
}

const TYPES: Record<Dialect, Record<string, string>> = {
  sqlite: { SEQ: 'INTEGER PRIMARY KEY', BLOB: 'BLOB', BIGINT: 'INTEGER', REAL: 'REAL', WITHOUT_ROWID: 'WITHOUT ROWID' },
  // A PostgreSQL table is a heap beside its primary-key index whatever one asks.
  postgres: { SEQ: 'BIGSERIAL PRIMARY KEY', BLOB: 'BYTEA', BIGINT: 'BIGINT', REAL: 'DOUBLE PRECISION', WITHOUT_ROWID: '' },
};

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'corpus',
    common: `
CREATE TABLE articles (
  seq {SEQ},
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL UNIQUE,
  title TEXT,
  date TEXT,
  url TEXT,
  source TEXT,
  byline TEXT,
  text TEXT NOT NULL,
  annotations TEXT NOT NULL,
  minhash {BLOB} NOT NULL,
  sentences {BLOB} NOT NULL,
  dup_of TEXT,
  dup_root TEXT NOT NULL,
  dup_similarity {REAL},
  version TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_date ON articles (date);
CREATE INDEX articles_dup_root ON articles (dup_root);
CREATE TABLE lsh_bands (band {BIGINT} NOT NULL, article_seq {BIGINT} NOT NULL);
CREATE INDEX lsh_bands_band ON lsh_bands (band);
CREATE TABLE sentence_df (hash {BIGINT} PRIMARY KEY, df INTEGER NOT NULL);
CREATE TABLE near_duplicates (
  article_id TEXT NOT NULL,
  similar_id TEXT NOT NULL,
  similarity {REAL} NOT NULL,
  PRIMARY KEY (article_id, similar_id)
);
CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  code TEXT,
  country TEXT,
  num_mentions INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  first_seen TEXT,
  last_seen TEXT,
  version TEXT NOT NULL
);
CREATE INDEX actors_code ON actors (code);
CREATE TABLE mentions (
  article_seq {BIGINT} NOT NULL,
  actor_id TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  version TEXT NOT NULL
);
CREATE INDEX mentions_actor ON mentions (actor_id);
CREATE TABLE quotes (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL,
  speaker_id TEXT,
  speaker_name TEXT,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  cue TEXT,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  date TEXT,
  version TEXT NOT NULL
);
CREATE INDEX quotes_speaker ON quotes (speaker_id);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  merge_key TEXT NOT NULL,
  date TEXT,
  place TEXT,
  source_code TEXT,
  source_name TEXT,
  target_code TEXT,
  target_name TEXT,
  cameo TEXT NOT NULL,
  root TEXT NOT NULL,
  plover TEXT,
  quad INTEGER NOT NULL,
  goldstein {REAL} NOT NULL,
  num_mentions INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  num_sources INTEGER NOT NULL,
  num_independent_sources INTEGER NOT NULL,
  first_article_id TEXT NOT NULL,
  version TEXT NOT NULL
);
CREATE INDEX events_merge_key ON events (merge_key);
CREATE INDEX events_date ON events (date);
CREATE TABLE event_mentions (
  id TEXT PRIMARY KEY,
  event_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  source_code TEXT,
  source_actor TEXT,
  source_name TEXT,
  target_code TEXT,
  target_actor TEXT,
  target_name TEXT,
  cameo TEXT NOT NULL,
  root TEXT NOT NULL,
  plover TEXT,
  quad INTEGER NOT NULL,
  goldstein {REAL} NOT NULL,
  date TEXT,
  place TEXT,
  evidence TEXT NOT NULL,
  rule TEXT NOT NULL,
  confidence {REAL} NOT NULL,
  version TEXT NOT NULL
);
CREATE INDEX event_mentions_event ON event_mentions (event_id);
CREATE INDEX event_mentions_article ON event_mentions (article_id);
CREATE TABLE http_cache (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  fetched_at TEXT NOT NULL
);`,
    sqlite: `
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
END;`,
    postgres: `
ALTER TABLE articles ADD COLUMN tsv tsvector
  GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')) STORED;
CREATE INDEX articles_tsv ON articles USING GIN (tsv);`,
  },
  {
    version: 2,
    name: 'actor lookups',
    // The actor page reads events by either side's actor id and the articles that mention an actor.
    common: `
CREATE INDEX event_mentions_source_actor ON event_mentions (source_actor);
CREATE INDEX event_mentions_target_actor ON event_mentions (target_actor);
CREATE INDEX mentions_article ON mentions (article_seq);`,
  },
  {
    version: 3,
    name: 'compact articles',
    // What ingest wrote per article was 60 KB, half of it the annotations as JSON and a seventh one row
    // per actor mention (offsets, text, kind, version) that the annotations hold too and that only ever
    // answered "which articles name this actor, how often". Now: the annotations packed (packed-json.ts;
    // rows stored before keep their JSON in \`annotations\`, new rows leave it empty), one row per actor
    // and article with its mention count, and LSH bands in their own key order instead of a heap
    // plus an index (an article's bands are found again from its signature, so no index by article).
    common: `
ALTER TABLE articles ADD COLUMN annotations_packed {BLOB};
CREATE TABLE article_actors (
  actor_id TEXT NOT NULL,
  article_seq {BIGINT} NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (actor_id, article_seq)
) {WITHOUT_ROWID};
INSERT INTO article_actors (actor_id, article_seq, mentions) SELECT actor_id, article_seq, COUNT(*) FROM mentions GROUP BY actor_id, article_seq;
CREATE INDEX article_actors_article ON article_actors (article_seq);
DROP TABLE mentions;
CREATE TABLE lsh_band_keys (band {BIGINT} NOT NULL, article_seq {BIGINT} NOT NULL, PRIMARY KEY (band, article_seq)) {WITHOUT_ROWID};
INSERT INTO lsh_band_keys (band, article_seq) SELECT DISTINCT band, article_seq FROM lsh_bands;
DROP TABLE lsh_bands;`,
  },
];

export function render(sql: string, dialect: Dialect): string {
  return sql.replace(/\{(SEQ|BLOB|BIGINT|REAL|WITHOUT_ROWID)\}/g, (_, t: string) => TYPES[dialect][t]!);
}

/**
 * Applies the migrations the database lacks, each in its own transaction. Returns the versions
 * applied. `migrations` is for tests that make a store as an earlier version left it.
 */
export async function migrate(db: SqlDriver, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied: number[] = [];
  for (const m of migrations) {
    await db.transaction(async () => {
      if (db.dialect === 'postgres') await db.run('SELECT pg_advisory_xact_lock(7364821)');
      const done = await db.all<{ version: number }>('SELECT version FROM schema_migrations WHERE version = ?', [m.version]);
      if (done.length > 0) return;
      await db.exec(render(m.common, db.dialect));
      const own = m[db.dialect];
      if (own) await db.exec(own);
      await db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
      applied.push(m.version);
    });
  }
  return applied;
}
