import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDateline, toIsoDay } from './dates.js';
import { readHtml } from './html.js';

describe('publication dates', () => {
  it('reads ISO, compact and RFC 2822 dates, and refuses impossible ones', () => {
    assert.equal(toIsoDay('2024-02-29T10:00:00Z'), '2024-02-29');
    assert.equal(toIsoDay('20240301'), '2024-03-01');
    assert.equal(toIsoDay('Tue, 01 Oct 2024 10:00:00 GMT'), '2024-10-01');
    assert.equal(toIsoDay('2023-02-30'), null);
    assert.equal(toIsoDay('yesterday'), null);
    assert.equal(toIsoDay(null), null);
  });

  it('finds a dateline near the start only', () => {
    assert.equal(findDateline('WASHINGTON, March 3, 2024 — The president said…'), '2024-03-03');
    assert.equal(findDateline('Monday 4 November 2019. Officials said…'), '2019-11-04');
    assert.equal(findDateline(`${'x '.repeat(150)} March 3, 2024`), null);
  });

  it('takes a page date from meta tags before the text', () => {
    const html = `<html><head><title>T</title><meta property="article:published_time" content="2020-06-01T08:00:00Z"></head><body><article><p>${'Words in a sentence. '.repeat(30)}</p><p>May 5, 2019 was mentioned.</p></article></body></html>`;
    assert.equal(readHtml(html, 'x').date, '2020-06-01');
  });

  it('survives pages that are no articles', () => {
    for (const html of ['', '<html></html>', '<<<>>>', '<script>while(true){}</script>']) {
      const page = readHtml(html, 'x');
      assert.equal(typeof page.text, 'string');
    }
  });
});
