import Database from 'better-sqlite3';

/**
 * Everything a SQLite store holds, in a fixed order and without the columns that depend on when
 * or in what physical order rows were written (ingest time, row numbers), for comparing two stores.
 */
export function dumpSqliteStore(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    const q = (sql: string) => db.prepare(sql).all();
    return {
      articles: q('SELECT id, hash, title, date, url, source, byline, text, annotations, hex(annotations_packed) AS annotations_packed, hex(minhash) AS minhash, hex(sentences) AS sentences, dup_of, dup_root, dup_similarity, version FROM articles ORDER BY id'),
      sentence_df: q('SELECT * FROM sentence_df ORDER BY hash'),
      lsh_bands: q('SELECT b.band, a.id FROM lsh_band_keys b JOIN articles a ON a.seq = b.article_seq ORDER BY b.band, a.id'),
      near_duplicates: q('SELECT * FROM near_duplicates ORDER BY article_id, similar_id'),
      actors: q('SELECT * FROM actors ORDER BY id'),
      article_actors: q('SELECT a.id AS article, m.actor_id, m.mentions FROM article_actors m JOIN articles a ON a.seq = m.article_seq ORDER BY a.id, m.actor_id'),
      quotes: q('SELECT * FROM quotes ORDER BY id'),
      events: q('SELECT * FROM events ORDER BY id'),
      event_mentions: q('SELECT * FROM event_mentions ORDER BY id'),
      fts: q("SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH 'reporters' ORDER BY a.id"),
    };
  } finally {
    db.close();
  }
}
