import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEvalQuotes } from './eval-quotes.js';
import { CliError } from './errors.js';

const TEXT = 'The port will stay closed until Friday, officials said.';

test('eval quotes prints a report and, with --json, the scores on the last line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-evalq-'));
  const gold = join(dir, 'gold.jsonl');
  const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });
  writeFileSync(gold, JSON.stringify({ doc_id: 'x', primary: true, publisher: 'test', publication_date: '2016-10-01', text: TEXT, attributions: [{ source: [span('officials')], cue: [span('said')], content: [span('The port will stay closed until Friday')] }] }) + '\n');
  let out = '';
  await runEvalQuotes({ gold, json: true }, { out: (s) => (out += s), warn: () => {} });
  const last = JSON.parse(out.trim().split('\n').pop()!);
  assert.deepEqual(Object.keys(last), ['attribution', 'source', 'cue', 'content']);
  assert.equal(last.attribution.f1, 1);
  assert.ok('exact' in last.cue && 'tokens' in last.cue);
  assert.match(out, /gold attributions by outcome/);
});

test('eval quotes --agreement scores the other annotators against the primary one, or says there are none', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-evalq-'));
  const gold = join(dir, 'gold.jsonl');
  const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });
  const rec = (primary: boolean, source: string) => JSON.stringify({ doc_id: 'x', primary, text: TEXT, attributions: [{ source: [span(source)], cue: [span('said')], content: [span('The port will stay closed')] }] });
  writeFileSync(gold, `${rec(true, 'officials')}\n${rec(false, 'The port')}\n`);
  let out = '';
  await runEvalQuotes({ gold, json: true, agreement: true }, { out: (s) => (out += s), warn: () => {} });
  const last = JSON.parse(out.trim().split('\n').pop()!);
  assert.equal(last.cue.f1, 1);
  assert.equal(last.attribution.f1, 0); // the sources differ
  assert.match(out, /annotator agreement: 1 other annotations of 1 articles/);
  assert.doesNotMatch(out, /precision by predicted rule/);
  writeFileSync(gold, `${rec(true, 'officials')}\n`);
  await assert.rejects(runEvalQuotes({ gold, agreement: true }, { out: () => {}, warn: () => {} }), (e: unknown) => e instanceof CliError && /no article annotated more than once/.test(e.message));
});

test('eval quotes: a bad option or a missing file is a one-line error', async () => {
  const io = { out: () => {}, warn: () => {} };
  await assert.rejects(runEvalQuotes({ gold: join(tmpdir(), 'no-such-gold.jsonl') }, io), (e: unknown) => e instanceof CliError && /not found/.test(e.message));
  await assert.rejects(runEvalQuotes({ gold: 'x', limit: 'ten' }, io), /--limit must be a whole number/);
});
