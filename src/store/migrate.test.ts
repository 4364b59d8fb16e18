import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createDoc } from '../doc/doc.js';
import { contentHash } from '../corpus/hash.js';
import { bandKeys, signature, signatureToBuffer } from '../corpus/minhash.js';
import { prepareArticle } from '../corpus/records.js';
import { hashesToBuffer, sentenceHashes } from '../corpus/sentences.js';
import { createTestSchema, testPgUrl } from '../testing/pg.js';
import type { SqlDriver } from './driver.js';
import { MIGRATIONS, migrate } from './migrations.js';
import { openStore } from './open.js';
import { PostgresDriver } from './postgres.js';
import { SqliteDriver } from './sqlite.js';

const TEXT = [
  'Russian Foreign Minister Sergey Lavrov met his Iranian counterpart in Moscow on Monday to discuss the nuclear agreement.',
  'Lavrov said both governments would defend the accord against new sanctions from Washington.',
  'The two ministers also discussed the war in Syria and the supply of grain through the Black Sea ports.',
  'Officials expect another meeting in Tehran before the end of the year, the ministry said in a statement.',
].join(' ');

const ANNOTATIONS = {
  entities: [{ id: 'sergey-lavrov', name: 'Sergey Lavrov', type: 'PERSON', actorId: 'person:sergey-lavrov', actor: 'RUSGOV', roles: ['Foreign Minister'] }],
  quotes: [],
};

/** A store as versions before migration 3 wrote one: annotations as JSON, one row per mention, LSH bands in a heap. */
async function oldStore(db: SqlDriver): Promise<void> {
  await migrate(db, MIGRATIONS.filter((m) => m.version < 3));
  const sig = signature(TEXT);
  await db.run(
    `INSERT INTO articles (id, hash, title, date, url, source, byline, text, annotations, minhash, sentences, dup_of, dup_root, dup_similarity, version, ingested_at)
     VALUES (?, ?, ?, ?, NULL, NULL, NULL, ?, ?, ?, ?, NULL, ?, NULL, ?, ?)`,
    ['old:1', contentHash(TEXT), 'Lavrov in Moscow', '2019-05-13', TEXT, JSON.stringify(ANNOTATIONS), signatureToBuffer(sig), hashesToBuffer(sentenceHashes(TEXT)), 'old:1', 'tidings@old', '2019-05-13T00:00:00Z'],
  );
  const seq = Number((await db.all<{ seq: number }>('SELECT seq FROM articles WHERE id = ?', ['old:1']))[0]!.seq);
  for (const band of bandKeys(sig)) await db.run('INSERT INTO lsh_bands (band, article_seq) VALUES (?, ?)', [band, seq]);
  for (const [start, end, text] of [[18, 31, 'Sergey Lavrov'], [120, 126, 'Lavrov']] as const) {
    await db.run('INSERT INTO mentions (article_seq, actor_id, start_offset, end_offset, text, kind, version) VALUES (?, ?, ?, ?, ?, ?, ?)', [seq, 'person:sergey-lavrov', start, end, text, 'name', 'tidings@old']);
  }
  await db.run(
    "INSERT INTO actors (id, name, type, code, country, num_mentions, num_articles, first_seen, last_seen, version) VALUES ('person:sergey-lavrov', 'Sergey Lavrov', 'PERSON', 'RUSGOV', 'RUS', 2, 1, '2019-05-13', '2019-05-13', 'tidings@old')",
  );
  for (const h of sentenceHashes(TEXT)) await db.run('INSERT INTO sentence_df (hash, df) VALUES (?, 1)', [h]);
}

function suite(name: string, connect: () => Promise<{ driver: () => Promise<SqlDriver>; url: string; cleanup: () => Promise<void> }>) {
  describe(`a ${name} store made before annotations were packed`, () => {
    let cleanup = async () => {};
    after(() => cleanup());

    it('migrates: its articles read as before, its actors and bands still count and match', async () => {
      const target = await connect();
      cleanup = target.cleanup;
      const db = await target.driver();
      await oldStore(db);
      await db.close();

      const store = await openStore(target.url);
      try {
        assert.deepEqual(await store.migrate(), []);
        const a = await store.article('old:1');
        assert.deepEqual(a?.annotations, ANNOTATIONS);
        assert.equal(a?.text, TEXT);
        const named = await store.actorArticles('person:sergey-lavrov', 5);
        assert.deepEqual(named.map((x) => [x.id, x.annotations['entities']]), [['old:1', ANNOTATIONS.entities]]);

        // A reprint written now finds the old article through the migrated bands.
        const reprint = TEXT.replace('on Monday', 'on Monday afternoon');
        const input = { id: 'new:1', title: 'Lavrov meets Iranian minister', date: '2019-05-14', url: null, source: null, text: reprint, origin: 'test' };
        const r = await store.writeBatch([prepareArticle(input, createDoc(reprint, { id: 'new:1' }), contentHash(reprint), 'tidings@new')]);
        assert.deepEqual(r.nearDuplicates.map((d) => [d.id, d.of]), [['new:1', 'old:1']]);
        assert.equal((await store.article('new:1'))?.dupOf, 'old:1');

        // Replacing the old article takes its mention counts off its actors.
        const again = { id: 'old:1', title: 'Lavrov in Moscow', date: '2019-05-13', url: null, source: null, text: TEXT, origin: 'test' };
        await store.writeBatch([prepareArticle(again, createDoc(TEXT, { id: 'old:1' }), contentHash(TEXT), 'tidings@new')], { replace: true });
        const lavrov = await store.actor('person:sergey-lavrov');
        assert.equal(lavrov?.numMentions, 0);
        assert.equal(lavrov?.numArticles, 0);
        assert.deepEqual(await store.actorArticles('person:sergey-lavrov', 5), []);
        assert.deepEqual((await store.article('old:1'))?.annotations['entities'], []);
      } finally {
        await store.close();
      }
      const check = await target.driver();
      try {
        const bands = await check.all<{ n: number }>("SELECT COUNT(*) AS n FROM lsh_band_keys k JOIN articles a ON a.seq = k.article_seq WHERE a.id = 'old:1'");
        assert.equal(Number(bands[0]!.n), new Set(bandKeys(signature(TEXT))).size, 'the replaced article has its own bands once, the old rows gone');
        const total = await check.all<{ n: number }>('SELECT COUNT(*) AS n FROM lsh_band_keys');
        assert.equal(Number(total[0]!.n), new Set(bandKeys(signature(TEXT))).size + new Set(bandKeys(signature(TEXT.replace('on Monday', 'on Monday afternoon')))).size);
      } finally {
        await check.close();
      }
    });
  });
}

suite('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-migrate-'));
  const path = join(dir, 'old.db');
  return { driver: async () => new SqliteDriver(path), url: path, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});

const pgUrl = testPgUrl();
if (pgUrl) {
  suite('PostgreSQL', async () => {
    const schema = await createTestSchema(pgUrl);
    return { driver: () => PostgresDriver.connect(schema.url), url: schema.url, cleanup: schema.drop };
  });
}
