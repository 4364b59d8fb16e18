import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { openStore, type Store } from '../store/index.js';
import { FIXTURE_ARTICLES, fixtureJsonl } from '../testing/corpus-fixtures.js';
import { Fetcher } from './http.js';
import { ingest } from './ingest.js';

const PARAS = [
  'Officials in Nairobi said the new rail line would open to passengers next spring after years of delays.',
  'The Kenyan transport minister told reporters that the final section had passed its safety inspection.',
  'Engineers from the contractor worked through the rainy season to finish the bridges over the valley.',
  'Residents of the towns along the route welcomed the news but asked for lower ticket prices than planned.',
  'The project was financed by loans that opposition politicians have criticised as too expensive.',
];

function page(title: string, paras: readonly string[], head: string): string {
  return `<!doctype html><html><head><title>${title} | Example News</title>${head}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1><p class="byline">By Jane Roe</p>${paras.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>Copyright Example News</footer></body></html>`;
}

interface Served {
  server: Server;
  base: string;
  hits: Map<string, number>;
  feedItems: number;
}

function rss(base: string, n: number): string {
  const items = [];
  for (let i = 1; i <= n; i++) {
    items.push(`<item><title>Story ${i}</title><link>${base}/story/${i}</link><guid>${base}/story/${i}</guid><pubDate>Tue, 0${i} Oct 2024 10:00:00 GMT</pubDate><description>Short summary ${i}.</description></item>`);
  }
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title><link>${base}</link>${items.join('')}</channel></rss>`;
}

async function serve(): Promise<Served> {
  const s: Served = { server: null as never, base: '', hits: new Map(), feedItems: 2 };
  s.server = createServer((req, res) => {
    const path = req.url ?? '/';
    s.hits.set(path, (s.hits.get(path) ?? 0) + 1);
    if (path === '/feed.xml') {
      const etag = `"feed-${s.feedItems}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(rss(s.base, s.feedItems));
      return;
    }
    const story = /^\/story\/(\d+)$/.exec(path);
    if (story) {
      const i = Number(story[1]);
      const paras = PARAS.map((p) => `${p} (Report ${i}, paragraph about item ${i * 7}.)`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(`Story ${i} headline`, paras, `<meta property="article:published_time" content="2024-10-0${i}T09:00:00Z">`));
      return;
    }
    if (path === '/jsonld.html') {
      const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', datePublished: '2023-03-04T12:00:00+01:00' }] });
      res.writeHead(200, { 'content-type': 'text/html' }).end(page('Rail line opens', PARAS, `<script type="application/ld+json">${ld}</script>`));
      return;
    }
    if (path === '/plain.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end(PARAS.join('\n'));
      return;
    }
    if (path === '/big.html') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>' + 'x'.repeat(300_000) + '</p>');
      return;
    }
    if (path === '/slow') {
      setTimeout(() => res.writeHead(200).end('late'), 3000).unref();
      return;
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((r) => s.server.listen(0, '127.0.0.1', r));
  s.base = `http://127.0.0.1:${(s.server.address() as AddressInfo).port}`;
  return s;
}

describe('ingest over HTTP (local server)', () => {
  let srv: Served;
  let dir: string;
  let store: Store;
  let dbPath: string;
  const fetcher = () => new Fetcher({ perHostRate: 1000, timeoutMs: 1000, maxBytes: 100_000 });

  before(async () => {
    srv = await serve();
    dir = mkdtempSync(join(tmpdir(), 'tidings-http-'));
    dbPath = join(dir, 'http.db');
    store = await openStore(dbPath);
  });
  after(async () => {
    await store.close();
    srv.server.closeAllConnections();
    srv.server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a feed and the pages it links to: main text, title, date', async () => {
    const s = await ingest(store, [`${srv.base}/feed.xml`], { fetcher: fetcher() });
    assert.equal(s.failed, 0, JSON.stringify(s.failures));
    assert.equal(s.added, 2);
    const db = new Database(dbPath, { readonly: true });
    const rows = db.prepare('SELECT id, title, date, source, text FROM articles ORDER BY id').all() as Array<Record<string, string>>;
    db.close();
    assert.equal(rows[0]!.id, `${srv.base}/story/1`);
    assert.equal(rows[0]!.title, 'Story 1');
    assert.equal(rows[0]!.date, '2024-10-01');
    assert.equal(rows[0]!.source, 'Example News');
    assert.match(rows[0]!.text, /^Officials in Nairobi/m);
    assert.doesNotMatch(rows[0]!.text, /Home|Copyright/);
    assert.equal(rows[0]!.text.split('\n').filter((l) => l.startsWith('The Kenyan')).length, 1, 'one paragraph per line');
  });

  it('re-polls with conditional requests: 304 fetches nothing, a changed feed fetches only new items', async () => {
    const pagesBefore = srv.hits.get('/story/1');
    const again = await ingest(store, [`${srv.base}/feed.xml`], { fetcher: fetcher() });
    assert.deepEqual(again.unchanged, [`${srv.base}/feed.xml`]);
    assert.equal(again.added, 0);
    assert.equal(srv.hits.get('/story/1'), pagesBefore);

    srv.feedItems = 3;
    const changed = await ingest(store, [`${srv.base}/feed.xml`], { fetcher: fetcher() });
    assert.equal(changed.added, 1);
    assert.equal(changed.alreadyStored, 2);
    assert.equal(srv.hits.get('/story/1'), pagesBefore, 'stored items are not fetched again');
    assert.equal(srv.hits.get('/story/3'), 1);
  });

  it('reads pages: JSON-LD date, plain text; reports size, timeout and HTTP errors', async () => {
    const s = await ingest(store, [`${srv.base}/jsonld.html`, `${srv.base}/plain.txt`, `${srv.base}/big.html`, `${srv.base}/slow`, `${srv.base}/missing`], {
      fetcher: fetcher(),
      date: '2024-01-02',
    });
    assert.equal(s.added, 1, JSON.stringify(s));
    assert.equal(s.duplicates, 1, 'the plain text is the JSON-LD page text');
    const reasons = s.failures.map((f) => f.reason).sort();
    assert.equal(reasons.length, 3);
    assert.match(reasons.join('|'), /HTTP 404/);
    assert.match(reasons.join('|'), /larger than 100000 bytes/);
    assert.match(reasons.join('|'), /timed out after 1000 ms/);
    const hits = await store.search('Nairobi rail');
    assert.ok(hits.some((h) => h.id === `${srv.base}/jsonld.html` && h.date === '2023-03-04'));
  });

  it('keeps to the per-host rate', async () => {
    const f = new Fetcher({ perHostRate: 10 });
    const t0 = Date.now();
    for (let i = 0; i < 4; i++) await f.get(`${srv.base}/plain.txt`);
    assert.ok(Date.now() - t0 >= 280, `4 requests at 10/s take at least 300 ms, took ${Date.now() - t0}`);
  });

  it('sends a user agent', async () => {
    let ua = '';
    const server = createServer((req, res) => {
      ua = req.headers['user-agent'] ?? '';
      res.end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    await new Fetcher().get(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    server.close();
    assert.match(ua, /^tidings\//);
  });
});

describe('ingest from files', () => {
  let dir: string;
  let store: Store;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tidings-files-'));
    store = await openStore(join(dir, 'files.db'));
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a directory of text, HTML, JSON Lines (.gz), feeds; reports what it cannot read', async () => {
    const input = join(dir, 'in');
    mkdirSync(join(input, 'sub'), { recursive: true });
    writeFileSync(join(input, 'a.txt'), PARAS.join('\n'));
    writeFileSync(join(input, 'b.html'), page('Ministers meet', PARAS.slice(0, 3).map((p) => p.replace('rail', 'road')), '<meta name="date" content="2022-02-03">'));
    writeFileSync(join(input, 'sub', 'c.jsonl.gz'), gzipSync(fixtureJsonl(FIXTURE_ARTICLES.slice(0, 2)) + 'not json\n{"id":"x"}\n'));
    writeFileSync(
      join(input, 'feed.atom'),
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><entry><id>urn:1</id><title>Atom story</title><updated>2021-06-07T00:00:00Z</updated><content type="html">&lt;p&gt;${PARAS[3]}&lt;/p&gt;&lt;p&gt;${PARAS[4]}&lt;/p&gt;</content></entry></feed>`,
    );
    writeFileSync(join(input, 'bin.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
    writeFileSync(join(input, 'empty.txt'), '   \n');
    const s = await ingest(store, [input, join(dir, 'nope')], { date: '2020-05-05' });
    assert.equal(s.added, 5, JSON.stringify(s, null, 1));
    const reasons = s.failures.map((f) => `${f.origin.replace(dir, '')}: ${f.reason}`).join('\n');
    assert.match(reasons, /bin\.txt.*binary/);
    assert.match(reasons, /empty\.txt.*whitespace/);
    assert.match(reasons, /c\.jsonl\.gz:3: not a JSON line/);
    assert.match(reasons, /c\.jsonl\.gz:4: no "text" string/);
    assert.match(reasons, /nope: no such file/);
    const db = new Database(join(dir, 'files.db'), { readonly: true });
    const dates = Object.fromEntries((db.prepare('SELECT title, date FROM articles').all() as Array<{ title: string | null; date: string }>).map((r) => [r.title ?? 'untitled', r.date]));
    db.close();
    assert.equal(dates['untitled'], '2020-05-05', 'text without a date takes --date');
    assert.equal(dates['Ministers meet'], '2022-02-03');
    assert.equal(dates['Atom story'], '2021-06-07');
  });
});

describe('ingest with an actor book', () => {
  it('codes a bare surname in a later batch with the role an earlier article wrote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidings-learn-'));
    try {
      const { ActorBook } = await import('../kb/actors/book.js');
      const file = join(dir, 'in.jsonl');
      writeFileSync(
        file,
        [
          { id: 'a1', title: 'Rail', date: '2018-07-16', text: 'Kenyan Interior Minister Jonas Mwangi said the police would act. Mwangi spoke in Nairobi.' },
          { id: 'a2', title: 'Curfew', date: '2018-08-01', text: 'Mwangi told reporters on Monday that curfews would end.' },
        ]
          .map((a) => JSON.stringify(a))
          .join('\n') + '\n',
      );
      const store = await openStore(join(dir, 't.db'));
      try {
        const book = new ActorBook();
        await ingest(store, [file], { batchSize: 1, actorBook: book });
        const [mwangi] = await store.actors('Mwangi', 5);
        assert.equal(mwangi?.id, 'person:jonas-mwangi');
        assert.equal(mwangi?.code, 'KENGOV');
        assert.equal(mwangi?.numArticles, 2);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
