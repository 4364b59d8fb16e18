import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_READABLE_DEPTH, readHtml } from './html.js';

const nested = (depth: number, inner: string) => `<html><head><title>Talks &amp; votes</title></head><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`;

test('html: a page nested deeper than Readability can read in time keeps its text (a hang guard, not a timing)', { timeout: 30_000 }, () => {
  for (const depth of [MAX_READABLE_DEPTH + 50, 5_000, 100_000]) {
    const page = readHtml(nested(depth, '<p>The minister said on Monday that talks would resume &amp; continue.</p><p>Second paragraph.</p>'), `depth ${depth}`);
    assert.equal(page.text, 'The minister said on Monday that talks would resume & continue.\nSecond paragraph.', `depth ${depth}`);
    assert.equal(page.title, 'Talks & votes');
  }
});

test('html: in a page too deep to parse, scripts and styles are no text, and one left open runs to the end', () => {
  const page = readHtml(nested(3_000, 'Before<script>var a = "<div>";</script> middle<style>p { color: red }</style> after<script>never closed'), 'deep');
  assert.equal(page.text, 'Before middle after');
});
