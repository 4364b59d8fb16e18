import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { ingest } from '../ingest/ingest.js';
import { openStore, type Store } from '../store/index.js';
import { browserSkipReason, launchBrowser } from '../testing/browser.js';
import { WEB_ROOT } from './app.js';
import { startServer, type RunningServer } from './serve.js';

/** The web app, served by `tidings serve` over a store holding the seed article, driven in chromium. */
const SEED = new URL('../../../examples/seed-article.txt', import.meta.url);
const TOKEN = 'browser-test-token';
const skip = browserSkipReason();
if (skip) process.stderr.write(`${skip}\n`);

describe('web app in a browser', { skip: skip ?? false }, () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    assert.ok(existsSync(join(WEB_ROOT, 'index.html')), `the web app is not built at ${WEB_ROOT}: run npm run build`);
    dir = mkdtempSync(join(tmpdir(), 'tidings-web-'));
    store = await openStore(join(dir, 'web.db'));
    const s = await ingest(store, [SEED.pathname], { date: '2018-07-20' });
    assert.equal(s.added, 1);
    server = await startServer({ store, port: 0, token: TOKEN });
    browser = await launchBrowser();
    context = browser.context;
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // The app's own inline code must be admitted by the CSP (the server lists its hashes); anything refused is a fault.
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) problems.push(`CSP: ${m.text()}`);
    });
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Loads the app at a route, afresh (going to the URL it shows already would not reload it). */
  const open = async (hash: string) => {
    await page.goto('about:blank');
    await page.goto(`${server.url}${hash}`);
  };

  it('shows the seed article with Lavrentiev’s quotation attributed to him', async () => {
    await open('#/');
    await page.locator('[data-testid=articles] a').first().click();
    await page.locator('[data-testid=doc-text]').waitFor();
    const item = page.locator('[data-testid=quote]').filter({ hasText: 'Russian government will continue to cooperate' });
    assert.equal(await item.count(), 1);
    assert.match((await item.innerText()).trim(), /^Alexander Lavrentiev:/);
    // In the text, the quotation carries its speaker; selecting it explains the attribution.
    assert.ok((await page.locator('[data-testid=quote-speaker]').allTextContents()).some((t) => t.includes('Alexander Lavrentiev')));
    await item.locator('button').click();
    const explain = page.locator('[data-testid=explain]');
    await explain.waitFor();
    const why = await explain.innerText();
    assert.match(why, /speaker\s+Alexander Lavrentiev/);
    assert.match(why, /rule\s+\S+/);
    assert.deepEqual(problems, []);
  });

  it('explains an annotation chosen with the keyboard', async () => {
    await page.locator('.doc-text [role=button]').first().focus();
    await page.keyboard.press('Enter');
    assert.match(await page.locator('[data-testid=explain]').innerText(), /rule/);
  });

  it('annotates a pasted article in Analyze without storing it', async () => {
    const before = await store.stats();
    await open('#/analyze');
    await page.fill('#analyze-text', 'German Chancellor Angela Merkel met French President Emmanuel Macron in Aachen on Tuesday.\nThe two leaders signed a treaty on cooperation, officials said.');
    await page.fill('input[type=date]', '2019-01-22');
    await page.click('button[type=submit]');
    const actors = page.locator('[data-testid=actors]');
    await actors.waitFor();
    const names = await actors.innerText();
    assert.match(names, /Angela Merkel/);
    assert.match(names, /Emmanuel Macron/);
    assert.match(await page.locator('.seg.timex').first().getAttribute('title') ?? '', /2019-01-22/);
    assert.deepEqual(await store.stats(), before);
    assert.deepEqual(problems, []);
  });

  it('opens the IRN–ISR dyad and clicks through to an event’s evidence and its article', async () => {
    await open('#/dyad?a=IRN&b=ISR');
    const bar = page.locator('.chart .period[role=button]').first();
    await bar.click();
    const event = page.locator('[data-testid=event-evidence]').first();
    await event.waitFor();
    const line = await event.locator('p').first().innerText();
    assert.match(line, /ISR/);
    assert.match(line, /IRN/);
    const sentence = await event.locator('blockquote').first().innerText();
    assert.ok(sentence.length > 20 && readFileSync(SEED, 'utf8').includes(sentence), `the evidence sentence, from the article: ${sentence}`);
    await event.locator('a[href^="#/article/"]').first().click();
    await page.locator('[data-testid=doc-text]').waitFor();
    assert.deepEqual(problems, []);
  });

  it('asks for each page\'s data once, as the page opens: the boot script\'s requests are the ones the page uses', async () => {
    const [article] = await store.articles({ limit: 1 });
    const [actor] = await store.actors(undefined, 1);
    for (const hash of ['#/', `#/article/${encodeURIComponent(article!.id)}`, `#/actor/${encodeURIComponent(actor!.id)}`, '#/dyad?a=IRN&b=ISR', '#/search?kind=quotes', '#/search?q=Tehran']) {
      await open(hash);
      await page.locator('main > :not(.loading)').first().waitFor();
      await page.waitForFunction(() => document.querySelectorAll('.state.loading').length === 0);
      const asked = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/api/')));
      assert.ok(asked.length > 0, hash);
      assert.equal(new Set(asked).size, asked.length, `${hash}: ${asked.join(' ')}`);
      assert.equal(await page.evaluate(() => (window as unknown as { __tidingsEarly?: Map<string, unknown> }).__tidingsEarly?.size), 0, `${hash}: a request of the boot script was left untaken`);
    }
    assert.deepEqual(problems, []);
  });

  it('refuses a write request without the token', async () => {
    await open('#/');
    const status = await page.evaluate(async () => {
      const res = await fetch('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Officials met on Monday.' }) });
      return res.status;
    });
    assert.equal(status, 401);
    assert.equal((await store.stats()).articles, 1);
  });

  it('renders hostile article text and titles as text: no script runs, no element is made', async () => {
    const text = [
      'Officials said <script>window.__xss = 1; alert(1)</script> the talks in Geneva went well.',
      'Iranian Foreign Minister Mohammad Javad Zarif said "<img src=x onerror="window.__xss = 2; alert(2)"> we are <b>pleased</b>".',
    ].join('\n');
    const title = '<img src=x onerror="window.__xss = 3; alert(3)">Geneva talks';
    const res = await fetch(`${server.url}api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text, title, date: '2019-02-01', source: '<script>alert(4)</script>' }),
    });
    assert.equal(res.status, 200);
    const { id } = (await res.json()) as { id: string };

    const clean = async () => {
      assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
      assert.equal(await page.locator('main img, main script, main b').count(), 0);
      assert.deepEqual(problems, []);
    };
    await open('#/');
    await page.locator('[data-testid=articles]').waitFor();
    assert.ok((await page.locator('[data-testid=articles]').innerText()).includes(title), await page.locator('[data-testid=articles]').innerText());
    await clean();
    await open(`#/article/${encodeURIComponent(id)}`);
    // The element is made before its text is filled in: wait for the text (read empty, the test failed once).
    await page.locator('[data-testid=doc-text]', { hasText: 'went well' }).waitFor();
    assert.equal((await page.locator('h1').innerText()).trim(), title);
    const shown = await page.locator('[data-testid=doc-text]').innerText();
    for (const hostile of ['<script>window.__xss = 1; alert(1)</script>', '<img src=x onerror="window.__xss = 2; alert(2)">', '<b>pleased</b>']) assert.ok(shown.includes(hostile), shown);
    await page.locator('[data-testid=quote] button').first().click();
    await clean();
    await open('#/search?kind=articles&q=Geneva');
    await page.locator('[data-testid=results]').waitFor();
    assert.ok((await page.locator('[data-testid=results]').innerText()).includes('<img src=x'), await page.locator('[data-testid=results]').innerText());
    await clean();
    await open('#/analyze');
    await page.fill('#analyze-text', text);
    await page.click('button[type=submit]');
    await page.locator('[data-testid=doc-text]').waitFor();
    await clean();
  });
});
