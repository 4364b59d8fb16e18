import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openStore } from '../store/index.js';
import { inlineHashes } from './app-page.js';
import { createApp } from './app.js';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('the web app page and its CSP', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-page-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('hashes inline scripts and styles, not those loaded by src', () => {
    const html = '<script>a()</script><script type="module">b()</script><script src="/x.js"></script><style>p{}</style>';
    assert.deepEqual(inlineHashes(html, 'script'), [sha('a()'), sha('b()')]);
    assert.deepEqual(inlineHashes(html, 'style'), [sha('p{}')]);
  });

  it('serves the page uncached, with a CSP that admits its inline code and nothing else inline', async () => {
    const store = await openStore(':memory:');
    try {
      const page = join(dir, 'index.html');
      writeFileSync(page, '<!doctype html><style>p{}</style><script type="module">run()</script>');
      const app = createApp({ store, token: 't', webRoot: dir });
      const res = await app.request('/');
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('cache-control'), 'no-store');
      assert.match(await res.text(), /run\(\)/);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, new RegExp(`script-src 'self' ${sha('run()').replace(/[+/]/g, '\\$&')};`));
      assert.match(csp, new RegExp(`style-src 'self' ${sha('p{}').replace(/[+/]/g, '\\$&')};`));
      assert.doesNotMatch(csp, /unsafe-inline/);
      // A rebuild while the server runs: the new page comes with the new hashes.
      writeFileSync(page, '<!doctype html><script type="module">runAgain()</script>');
      utimesSync(page, new Date(), new Date(Date.now() + 5000));
      const again = await app.request('/index.html');
      assert.match(await again.text(), /runAgain\(\)/);
      assert.ok((again.headers.get('content-security-policy') ?? '').includes(sha('runAgain()')));
    } finally {
      await store.close();
    }
  });
});
