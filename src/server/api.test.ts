import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { ingest } from '../ingest/ingest.js';
import { openStore, type Store } from '../store/index.js';
import { fixtureJsonl } from '../testing/corpus-fixtures.js';
import type { ActorResponse, ArticleResponse, EventResponse, EventWithEvidence, IngestResponse, Page, TimelineResponse } from './api-types.js';
import { createApp } from './app.js';
import { routes } from './routes.js';

const TOKEN = 'test-token-123';
const MAX_BODY = 64 * 1024;

describe('HTTP API', () => {
  let store: Store;
  let app: Hono;
  let dir: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tidings-api-'));
    writeFileSync(join(dir, 'fixtures.jsonl'), fixtureJsonl());
    store = await openStore(':memory:');
    await ingest(store, [join(dir, 'fixtures.jsonl')]);
    app = createApp({ store, token: TOKEN, maxBodyBytes: MAX_BODY, webRoot: null });
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = async <T>(path: string, status = 200): Promise<T> => {
    const res = await app.request(path);
    const body = (await res.json()) as T;
    assert.equal(res.status, status, `${path}: ${JSON.stringify(body)}`);
    return body;
  };
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const errorOf = async (res: Response) => ((await res.json()) as { error: { status: number; code: string; message: string } }).error;

  it('describes every route in /openapi.json', async () => {
    const doc = await get<{ openapi: string; paths: Record<string, Record<string, { parameters?: Array<{ name: string }> }>> }>('/openapi.json');
    assert.equal(doc.openapi, '3.1.0');
    for (const r of routes) assert.ok(doc.paths[r.path.replace(/:(\w+)/g, '{$1}')]?.[r.method], `${r.method} ${r.path}`);
    assert.ok(doc.paths['/api/events']!['get']!.parameters!.some((p) => p.name === 'dyad'));
  });

  it('counts what the store holds', async () => {
    const s = await get<{ articles: number; events: number }>('/api/stats');
    assert.equal(s.articles, 4);
    assert.ok(s.events > 0);
  });

  it('lists articles newest first, a page at a time', async () => {
    const all = await get<Page<{ id: string; date: string }>>('/api/articles');
    assert.equal(all.items.length, 4);
    assert.equal(all.next, null);
    assert.deepEqual(all.items.map((a) => a.date), [...all.items.map((a) => a.date)].sort().reverse());
    const first = await get<Page<{ id: string }>>('/api/articles?limit=3');
    assert.equal(first.next, 3);
    const rest = await get<Page<{ id: string }>>('/api/articles?limit=3&offset=3');
    assert.equal(rest.next, null);
    assert.deepEqual([...first.items, ...rest.items].map((a) => a.id), all.items.map((a) => a.id));
    assert.deepEqual((await get<Page<{ id: string }>>('/api/articles?since=2019-05-20')).items.map((a) => a.id), ['fx:sanctions']);
    assert.equal((await get<Page<unknown>>('/api/articles?source=paper')).items.length, 2);
  });

  it('refuses bad list parameters with a 400 that names them', async () => {
    for (const q of ['limit=0', 'limit=501', 'limit=ten', 'offset=-1', 'since=2019-02-30', 'since=yesterday', 'colour=red']) {
      const res = await app.request(`/api/articles?${q}`);
      assert.equal(res.status, 400, q);
      const e = await errorOf(res);
      assert.equal(e.code, 'bad_request');
      assert.match(e.message, new RegExp(q.split('=')[0]!), q);
    }
  });

  it('searches the full text, with a snippet', async () => {
    const hits = await get<Page<{ id: string; snippet: string }>>('/api/articles/search?q=Mnuchin');
    assert.deepEqual(hits.items.map((h) => h.id), ['fx:sanctions']);
    assert.match(hits.items[0]!.snippet, /\[Mnuchin\]/);
    assert.equal((await get<Page<unknown>>('/api/articles/search?q=zzzzqqq')).items.length, 0);
    assert.equal((await app.request('/api/articles/search')).status, 400);
    assert.equal((await app.request(`/api/articles/search?q=${'a'.repeat(501)}`)).status, 400);
  });

  it('answers one article with its text and annotations, offsets into the text', async () => {
    const { article, doc } = await get<ArticleResponse>('/api/articles/fx%3Ameeting-agency');
    assert.equal(article.title, 'Lavrov and Zarif meet in Moscow');
    assert.ok(doc.entities.length > 0 && doc.quotes.length > 0 && doc.events.length > 0);
    for (const e of doc.entities) for (const m of e.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
    for (const q of doc.quotes) assert.equal(doc.text.slice(q.content.start, q.content.end), q.content.text);
    const missing = await app.request('/api/articles/nope');
    assert.equal(missing.status, 404);
    assert.equal((await errorOf(missing)).code, 'not_found');
  });

  it('lists actors and answers one actor with roles, quotations, events and neighbours', async () => {
    const actors = await get<Array<{ id: string; name: string }>>('/api/actors?q=lavrov');
    assert.equal(actors.length, 1);
    const id = actors[0]!.id;
    const a = await get<ActorResponse>(`/api/actors/${encodeURIComponent(id)}`);
    assert.equal(a.actor.id, id);
    assert.ok(a.roles.some((r) => r.kind === 'code' && r.value === 'RUSGOV' && r.first === '2019-05-13'), JSON.stringify(a.roles));
    assert.ok(a.roles.some((r) => r.kind === 'role' && /foreign minister/i.test(r.value)), JSON.stringify(a.roles));
    assert.ok(a.quotes.length > 0 && a.quotes.every((q) => q.speakerId === id));
    assert.ok(a.eventsOut.some((e) => e.targetCode === 'IRNGOV'), 'Lavrov met Zarif');
    assert.ok(a.neighbours.some((n) => n.code === 'IRNGOV' && n.outgoing > 0), JSON.stringify(a.neighbours));
    assert.equal((await app.request('/api/actors/person%3Anobody')).status, 404);
    assert.equal((await app.request('/api/actors?limit=9999')).status, 400);
  });

  it('filters events by dyad, direction, code, root, quad class, place and dates, a page at a time', async () => {
    const ev = (q: string) => get<Page<EventWithEvidence>>(`/api/events?${q}`);
    const all = (await ev('')).items;
    const rusIrn = (await ev('dyad=RUS:IRN')).items;
    assert.ok(rusIrn.length > 0 && rusIrn.every((e) => e.sourceCode!.startsWith('RUS') && e.targetCode!.startsWith('IRN')));
    const both = (await ev('dyad=RUS:IRN&both=true')).items;
    assert.ok(both.length > rusIrn.length, 'the Iranian side met the Russian one too');
    assert.ok(both.some((e) => e.sourceCode!.startsWith('IRN')));
    assert.ok((await ev('root=04')).items.every((e) => e.root === '04'));
    assert.ok((await ev('code=16')).items.every((e) => e.cameo.startsWith('16')));
    const q4 = (await ev('quad=4')).items;
    assert.ok(q4.length > 0 && q4.every((e) => e.quad === 4));
    assert.ok((await ev('place=moscow')).items.every((e) => e.place === 'Moscow'));
    assert.ok((await ev('since=2019-05-20&until=2019-05-31')).items.every((e) => e.date! >= '2019-05-20'));
    assert.ok((await ev('actor=united states')).items.length > 0);
    const page1 = await ev('limit=2');
    assert.equal(page1.next, 2);
    assert.deepEqual([...page1.items, ...(await ev('limit=2&offset=2')).items].map((e) => e.id), all.slice(0, 4).map((e) => e.id));
    for (const bad of ['dyad=RUS', 'dyad=:IRN', 'quad=5', 'code=4x', 'root=123', 'both=maybe', `ids=${Array(501).fill('ev:1').join(',')}`]) {
      assert.equal((await app.request(`/api/events?${bad}`)).status, 400, bad);
    }
  });

  it('attaches the evidence of each event, and answers one event with its mentions', async () => {
    const meeting = (await get<Page<EventWithEvidence>>('/api/events?dyad=RUS:IRN&root=04')).items[0]!;
    const withEvidence = await get<Page<EventWithEvidence>>(`/api/events?ids=${meeting.id}&evidence=true`);
    assert.equal(withEvidence.items.length, 1);
    const mentions = withEvidence.items[0]!.mentions!;
    assert.equal(mentions.length, meeting.numMentions);
    assert.ok(mentions.every((m) => m.evidence.length > 0 && m.rule && m.articleId));
    // Each with the sentence it was coded from, which holds its evidence words.
    assert.ok(mentions.every((m) => m.sentence && m.evidence.split(' … ').every((w) => m.sentence!.includes(w))), JSON.stringify(mentions));
    const one = await get<EventResponse>(`/api/events/${meeting.id}`);
    assert.equal(one.event.id, meeting.id);
    assert.deepEqual(one.mentions, mentions);
    assert.equal((await app.request('/api/events/ev%3A0000')).status, 404);
  });

  it('finds quotations by speaker and words', async () => {
    const q = await get<Page<{ speakerName: string; text: string }>>('/api/quotes?speaker=lavrov');
    assert.ok(q.items.length > 0 && q.items.every((x) => /lavrov/i.test(x.speakerName)));
    const t = await get<Page<{ text: string }>>('/api/quotes?text=defend');
    assert.ok(t.items.length > 0 && t.items.every((x) => /defend/i.test(x.text)));
    assert.equal((await app.request('/api/quotes?speaker=')).status, 400);
  });

  it('counts a dyad per period with the event ids behind each point', async () => {
    const t = await get<TimelineResponse>('/api/timeline?dyad=RUS:IRN&by=day');
    assert.equal(t.by, 'day');
    assert.ok(t.periods.length > 0);
    const total = t.periods.reduce((n, p) => n + p.events, 0);
    assert.equal(total, t.periods.reduce((n, p) => n + p.eventIds.length, 0));
    assert.equal(total, (await get<Page<unknown>>('/api/events?dyad=RUS:IRN')).items.length);
    const week = await get<TimelineResponse>('/api/timeline?dyad=RUS:IRN&by=week&both=1');
    assert.match(week.periods[0]!.period, /^\d{4}-W\d{2}$/);
    assert.equal((await app.request('/api/timeline')).status, 400);
    assert.equal((await app.request('/api/timeline?dyad=RUS:IRN&by=year')).status, 400);
  });

  it('exports a selection as CSV or JSON Lines, with the list filters', async () => {
    const csv = await app.request('/api/export/events?format=csv&dyad=RUS:IRN');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type')!, /text\/csv/);
    assert.match(csv.headers.get('content-disposition')!, /attachment; filename="tidings-events.csv"/);
    const lines = (await csv.text()).trim().split('\n');
    assert.match(lines[0]!, /^id,date,sourceCode/);
    assert.equal(lines.length - 1, (await get<Page<unknown>>('/api/events?dyad=RUS:IRN')).items.length);
    const jsonl = await (await app.request('/api/export/quotes?speaker=lavrov')).text();
    assert.ok(jsonl.trim().split('\n').every((l) => /lavrov/i.test((JSON.parse(l) as { speakerName: string }).speakerName)));
    const articles = await (await app.request('/api/export/articles?q=Mnuchin&format=csv')).text();
    assert.equal(articles.trim().split('\n').length, 2);
    assert.equal((await app.request('/api/export/actors?format=jsonl')).status, 200);
    assert.equal((await app.request('/api/export/secrets')).status, 400);
    assert.equal((await app.request('/api/export/events?format=xml')).status, 400);
    assert.equal((await app.request('/api/export/events?max=100001')).status, 400);
  });

  it('extracts a posted text without storing it', async () => {
    const before = await get<{ articles: number }>('/api/stats');
    const res = await post('/api/extract', { text: 'German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Tuesday.', date: '2019-03-05' });
    assert.equal(res.status, 200);
    const doc = (await res.json()) as ArticleResponse['doc'];
    assert.ok(doc.entities.some((e) => e.name === 'Angela Merkel'));
    assert.equal(doc.meta.date, '2019-03-05');
    assert.ok(doc.timexes.some((t) => t.value === '2019-03-05'));
    assert.deepEqual(await get<{ articles: number }>('/api/stats'), before);
  });

  it('refuses bodies that are no article, not JSON, or too large', async () => {
    const cases: Array<[unknown, number, string]> = [
      [{ text: '' }, 400, 'bad_request'],
      [{}, 400, 'bad_request'],
      [{ text: 'Hello.', date: '2019-13-01' }, 400, 'bad_request'],
      [{ text: 'Hello.', extra: 1 }, 400, 'bad_request'],
      [{ text: 'a\u0000b' }, 400, 'bad_input'],
      ['{"text": ', 400, 'bad_request'],
      [{ text: 'x'.repeat(MAX_BODY) }, 413, 'payload_too_large'],
    ];
    for (const [body, status, code] of cases) {
      const res = await post('/api/extract', body);
      assert.equal(res.status, status, JSON.stringify(body).slice(0, 60));
      assert.equal((await errorOf(res)).code, code);
    }
    const plain = await app.request('/api/extract', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'Hello.' });
    assert.equal(plain.status, 415);
    // A body that lies about its length is cut off at the limit all the same.
    const chunked = await app.request('/api/extract', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        start(c) {
          for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode(i === 0 ? '{"text":"' : 'y'.repeat(16 * 1024)));
          c.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    assert.equal(chunked.status, 413);
  });

  it('stores a posted text only with the token', async () => {
    const text = 'Israeli Prime Minister Benjamin Netanyahu met Egyptian President Abdel Fattah el-Sisi in Cairo on Monday to discuss the ceasefire.';
    const none = await post('/api/ingest', { text, date: '2019-06-03' });
    assert.equal(none.status, 401);
    assert.equal((await errorOf(none)).code, 'unauthorized');
    const wrong = await post('/api/ingest', { text, date: '2019-06-03' }, { authorization: 'Bearer nope' });
    assert.equal(wrong.status, 403);
    assert.equal((await get<{ articles: number }>('/api/stats')).articles, 4);
    const ok = await post('/api/ingest', { text, date: '2019-06-03', title: 'Netanyahu in Cairo' }, { authorization: `Bearer ${TOKEN}` });
    assert.equal(ok.status, 200);
    const r = (await ok.json()) as IngestResponse;
    assert.equal(r.added, 1);
    assert.ok(r.id);
    const stored = await get<ArticleResponse>(`/api/articles/${encodeURIComponent(r.id!)}`);
    assert.equal(stored.article.title, 'Netanyahu in Cairo');
    assert.equal(stored.doc.text, text);
    const again = (await (await post('/api/ingest', { text }, { authorization: `Bearer ${TOKEN}` })).json()) as IngestResponse;
    assert.equal(again.added, 0);
    assert.equal(again.alreadyStored, 1);
    for (const body of [{ text, url: 'https://example.org/' }, { url: 'file:///etc/passwd' }, { url: '/etc/passwd' }, {}]) {
      assert.equal((await post('/api/ingest', body, { authorization: `Bearer ${TOKEN}` })).status, 400, JSON.stringify(body));
    }
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await app.request('/api/nothing-here');
    assert.equal(res.status, 404);
    assert.equal((await errorOf(res)).code, 'not_found');
    assert.equal((await app.request('/api/stats', { method: 'DELETE' })).status, 404);
  });
});
