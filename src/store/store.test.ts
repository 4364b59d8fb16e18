import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ingest } from '../ingest/ingest.js';
import { FIXTURE_ARTICLES, fixtureJsonl } from '../testing/corpus-fixtures.js';
import { PG_SKIP_MESSAGE, createTestSchema, testPgUrl } from '../testing/pg.js';
import { openStore, type Store } from './index.js';
import { numbered } from './postgres.js';

/** The same behaviour, checked on both databases. */
function storeSuite(name: string, open: () => Promise<{ store: Store; cleanup: () => Promise<void> }>) {
  describe(`store on ${name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    let dir: string;
    let file: string;

    before(async () => {
      ({ store, cleanup } = await open());
      dir = mkdtempSync(join(tmpdir(), 'tidings-store-'));
      file = join(dir, 'fixtures.jsonl');
      writeFileSync(file, fixtureJsonl());
    });
    after(async () => {
      await store.close();
      await cleanup();
      rmSync(dir, { recursive: true, force: true });
    });

    it('migrates once, and again without change', async () => {
      assert.deepEqual(await store.migrate(), []);
    });

    it('ingests: exact copies skipped, reprints linked, one event for one meeting', async () => {
      const s = await ingest(store, [file], { batchSize: 2 });
      assert.equal(s.processed, FIXTURE_ARTICLES.length);
      assert.equal(s.failed, 0, JSON.stringify(s.failures));
      assert.equal(s.duplicates, 1, 'fx:meeting-copy has the same text as fx:meeting-agency');
      assert.equal(s.added, FIXTURE_ARTICLES.length - 1);
      assert.equal(s.nearDuplicates, 1, 'fx:meeting-reprint is an edited copy');
      const stats = await store.stats();
      assert.equal(stats.articles, 4);
      assert.equal(stats.nearDuplicates, 1);

      const meeting = (await store.events({ dyad: { source: 'RUS', target: 'IRN' } })).filter((e) => e.root === '04');
      assert.equal(meeting.length, 1, JSON.stringify(meeting));
      const m = meeting[0]!;
      assert.equal(m.numArticles, 3, 'agency, paper and reprint');
      assert.equal(m.numIndependentSources, 2, 'the reprint is no independent source');
      assert.ok(m.numMentions >= 3);
      assert.equal(m.date, '2019-05-13');
      assert.match(m.id, /^ev:[0-9a-f]{20}$/);
      assert.match(m.version, /^tidings@/);
    });

    it('a second run adds nothing and duplicates nothing', async () => {
      const before = await store.stats();
      const s = await ingest(store, [file]);
      assert.equal(s.added, 0);
      assert.equal(s.alreadyStored, 4);
      assert.equal(s.duplicates, 1);
      assert.deepEqual(await store.stats(), before);
    });

    it('a newer pipeline re-processes stored articles, keeping event ids and every count', async () => {
      const events = await store.events();
      const actors = await store.actors();
      const stats = await store.stats();
      const s = await ingest(store, [file], { reprocess: true, version: 'tidings@next' });
      assert.equal(s.added, 4);
      assert.equal(s.alreadyStored, 0);
      assert.equal(s.duplicates, 1);
      assert.deepEqual(await store.stats(), stats);
      const strip = <T extends { version: string }>(rows: T[]) => rows.map(({ version: _v, ...r }) => r);
      const after = await store.events();
      assert.deepEqual(strip(after).map(({ sourceUrl: _u, firstArticleId: _f, ...r }) => r), strip(events).map(({ sourceUrl: _u, firstArticleId: _f, ...r }) => r));
      assert.deepEqual(strip(await store.actors()), strip(actors));
      assert.ok((await store.quotes()).every((q) => q.version === 'tidings@next'));
      const again = await ingest(store, [file], { reprocess: true, version: 'tidings@next' });
      assert.equal(again.added, 0, 'articles of the current version are not re-processed');
    });

    it('searches the full text', async () => {
      const hits = await store.search('sanctions Treasury');
      assert.equal(hits[0]?.id, 'fx:sanctions');
      assert.match(hits[0]!.snippet, /sanctions|Treasury/i);
      assert.deepEqual(await store.search('"; DROP TABLE articles; --'), []);
      assert.deepEqual(await store.search('zzzunknownword'), []);
    });

    it('filters events by actor, code and dates', async () => {
      const all = await store.events();
      assert.ok(all.length >= 2);
      assert.ok((await store.events({ actor: 'USA' })).every((e) => (e.sourceCode ?? '').startsWith('USA') || (e.targetCode ?? '').startsWith('USA')));
      assert.ok((await store.events({ code: '04' })).every((e) => e.cameo.startsWith('04')));
      assert.deepEqual(await store.events({ since: '2030-01-01' }), []);
      assert.ok((await store.events({ until: '2019-05-14' })).every((e) => e.date! <= '2019-05-14'));
    });

    it('finds quotes by speaker and text, and actors by name or code', async () => {
      const q = await store.quotes({ speaker: 'lavrov' });
      assert.ok(q.some((x) => /defend it/.test(x.text)), JSON.stringify(q));
      assert.ok((await store.quotes({ text: 'DEFEND' })).length >= 1);
      const lavrov = await store.actors('Lavrov');
      assert.equal(lavrov[0]?.type, 'PERSON');
      assert.ok(lavrov[0]!.numArticles >= 2);
      assert.ok((await store.actors('IRN')).some((a) => a.code === 'IRN'));
    });

    it('lists articles a page at a time and answers one with its annotations', async () => {
      const all = await store.articles();
      assert.deepEqual(all.map((a) => a.date), [...all.map((a) => a.date)].sort().reverse());
      const paged = [...(await store.articles({ limit: 2 })), ...(await store.articles({ limit: 2, offset: 2 }))];
      assert.deepEqual(paged.map((a) => a.id), all.map((a) => a.id));
      assert.deepEqual((await store.articles({ since: '2019-05-20' })).map((a) => a.id), ['fx:sanctions']);
      assert.ok((await store.articles({ source: 'paper' })).every((a) => /paper/i.test(a.source!)));
      assert.equal(all.find((a) => a.id === 'fx:meeting-reprint')?.dupOf, 'fx:meeting-agency');
      const one = await store.article('fx:meeting-agency');
      assert.equal(one?.title, 'Lavrov and Zarif meet in Moscow');
      const entities = one!.annotations['entities'] as Array<{ mentions: Array<{ start: number; end: number; text: string }> }>;
      assert.ok(entities.length > 0);
      for (const m of entities.flatMap((e) => e.mentions)) assert.equal(one!.text.slice(m.start, m.end), m.text);
      assert.equal(await store.article('fx:none'), null);
      assert.equal((await store.search('Lavrov', 1, 1)).length, 1, 'search pages too');
    });

    it('answers an actor, the articles that name it and the actors it has events with', async () => {
      const lavrov = (await store.actors('Lavrov'))[0]!;
      assert.deepEqual(await store.actor(lavrov.id), lavrov);
      assert.equal(await store.actor('person:nobody'), null);
      const arts = await store.actorArticles(lavrov.id, 2);
      assert.equal(arts.length, 2);
      assert.ok(arts[0]!.date! >= arts[1]!.date!);
      assert.ok(arts.every((a) => (a.annotations['entities'] as Array<{ name: string }>).some((e) => /lavrov/i.test(e.name))));
      const own = await store.quotes({ speakerId: lavrov.id });
      assert.ok(own.length > 0 && own.every((q) => q.speakerId === lavrov.id));
      const neighbours = await store.actorNeighbours(lavrov.id, 10);
      const zarif = neighbours.find((n) => n.code === 'IRNGOV');
      assert.ok(zarif && zarif.outgoing >= 1, JSON.stringify(neighbours));
      assert.ok(neighbours.every((n) => n.actorId !== lavrov.id));
      const out = await store.events({ sourceActorId: lavrov.id });
      assert.ok(out.length > 0 && out.every((e) => e.sourceCode === 'RUSGOV'), JSON.stringify(out));
      assert.ok((await store.events({ targetActorId: lavrov.id })).every((e) => e.targetCode === 'RUSGOV'));
    });

    it('filters events by quad class, root, place, ids and both directions, and gives their mentions', async () => {
      const all = await store.events();
      assert.ok((await store.events({ quad: 4 })).every((e) => e.quad === 4));
      assert.ok((await store.events({ root: '04' })).every((e) => e.root === '04'));
      assert.ok((await store.events({ place: 'MOSCOW' })).every((e) => e.place === 'Moscow'));
      assert.deepEqual((await store.events({ ids: [all[1]!.id, all[0]!.id] })).map((e) => e.id), [all[0]!.id, all[1]!.id]);
      assert.deepEqual(await store.events({ ids: [] }), []);
      assert.deepEqual((await store.events({ limit: 1, offset: 1 }))[0]?.id, all[1]!.id);
      const forward = await store.events({ dyad: { source: 'RUS', target: 'IRN' } });
      const both = await store.events({ dyad: { source: 'RUS', target: 'IRN', both: true } });
      const backward = await store.events({ dyad: { source: 'IRN', target: 'RUS' } });
      assert.equal(both.length, forward.length + backward.length);
      const meeting = forward.find((e) => e.root === '04')!;
      const mentions = await store.eventMentions([meeting.id]);
      assert.equal(mentions.length, meeting.numMentions);
      assert.ok(mentions.every((m) => m.eventId === meeting.id && m.evidence && m.rule && m.title));
      assert.deepEqual(await store.eventMentions([]), []);
    });

    it('keeps HTTP validators', async () => {
      assert.equal(await store.httpCache('https://x.example/feed'), null);
      await store.setHttpCache({ url: 'https://x.example/feed', etag: '"abc"', lastModified: null, fetchedAt: '2024-01-01T00:00:00Z' });
      await store.setHttpCache({ url: 'https://x.example/feed', etag: '"def"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT', fetchedAt: '2024-01-02T00:00:00Z' });
      assert.deepEqual(await store.httpCache('https://x.example/feed'), {
        url: 'https://x.example/feed',
        etag: '"def"',
        lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT',
        fetchedAt: '2024-01-02T00:00:00Z',
      });
    });
  });
}

storeSuite('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-sqlite-'));
  return { store: await openStore(join(dir, 'test.db')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});

const pgUrl = testPgUrl();
if (pgUrl) {
  storeSuite('PostgreSQL', async () => {
    const schema = await createTestSchema(pgUrl);
    return { store: await openStore(schema.url), cleanup: schema.drop };
  });
} else if (process.env['CI']) {
  it('PostgreSQL store tests need TIDINGS_TEST_PG in CI', () => assert.fail('TIDINGS_TEST_PG is not set: .ci/run must start PostgreSQL and set it'));
} else {
  it('PostgreSQL store tests', { skip: PG_SKIP_MESSAGE }, () => {});
  process.stderr.write(`${PG_SKIP_MESSAGE}\n`);
}

describe('postgres placeholders', () => {
  it('numbers ? outside string literals only', () => {
    assert.equal(numbered("SELECT ? , '?' , ?"), "SELECT $1 , '?' , $2");
  });
});
