import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregate, annotatorAgreement, scoreDocument, TokenGrid, type Attribution, type Fragment } from './quotes.js';
import { readQuotesGold } from './quotes-gold.js';
import { GoldError } from './gold.js';

const TEXT = 'The mayor said the bridge will reopen in May. Officials said nothing else.';
const at = (s: string, from = 0): Fragment => {
  const start = TEXT.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};
const attr = (source: string | null, cue: string, content: string): Attribution => ({ source: source ? [at(source)] : [], cue: [at(cue)], content: [at(content)] });

test('token grid: words and punctuation, fragments by overlap', () => {
  const grid = new TokenGrid('He said: “No.”');
  assert.deepEqual([...grid.tokens([{ start: 3, end: 8 }])], [1, 2]);
  assert.deepEqual([...grid.tokens([{ start: 9, end: 14 }])], [3, 4, 5, 6]);
});

test('an attribution matches by content overlap and source overlap', () => {
  const gold = [attr('The mayor', 'said', 'the bridge will reopen in May')];
  const predicted = [attr('mayor', 'said', 'the bridge will reopen')];
  const r = scoreDocument('d', 'p', TEXT, gold, predicted);
  assert.equal(r.goldClass[0]!.cls, 'correct');
  const s = aggregate([r]);
  assert.equal(s.attribution.f1, 1);
  assert.equal(s.source.f1, 1); // overlapping spans
  assert.equal(s.source.exact.f1, 0); // not identical
  assert.equal(s.cue.exact.f1, 1);
  assert.ok(s.content.tokens!.recall < 1 && s.content.tokens!.precision === 1);
});

test('error classes: wrong source, missing source, too little content, spurious', () => {
  const gold = [attr('The mayor', 'said', 'the bridge will reopen in May')];
  const classOf = (p: Attribution) => scoreDocument('d', 'p', TEXT, gold, [p]).goldClass[0]!.cls;
  assert.equal(classOf(attr('Officials', 'said', 'the bridge will reopen in May')), 'wrong-source');
  assert.equal(classOf(attr(null, 'said', 'the bridge will reopen in May')), 'missing-source');
  assert.equal(classOf(attr('The mayor', 'said', 'May')), 'correct'); // half of the shorter (1 token) overlaps
  const r = scoreDocument('d', 'p', TEXT, gold, [attr('Officials', 'said', 'nothing else')]);
  assert.equal(r.goldClass[0]!.cls, 'missed');
  assert.equal(r.predictedClass[0]!.cls, 'spurious');
  assert.equal(aggregate([r]).attribution.f1, 0);
});

test('one prediction matches one gold attribution only', () => {
  const gold = [attr('The mayor', 'said', 'the bridge will reopen in May'), attr('The mayor', 'said', 'the bridge will reopen in May')];
  const s = aggregate([scoreDocument('d', 'p', TEXT, gold, [attr('The mayor', 'said', 'the bridge will reopen in May')])]);
  assert.equal(s.attribution.precision, 1);
  assert.equal(s.attribution.recall, 0.5);
});

test('gold reader keeps primary annotations and names bad lines', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-quotes-'));
  const rec = (primary: boolean) => JSON.stringify({ doc_id: 'a', primary, text: TEXT, attributions: [{ source: [at('The mayor')], cue: [at('said')], content: [at('the bridge')] }] });
  const good = join(dir, 'good.jsonl');
  writeFileSync(good, `${rec(true)}\n${rec(false)}\n`);
  assert.equal((await readQuotesGold(good)).length, 1);
  const bad = join(dir, 'bad.jsonl');
  writeFileSync(bad, `${rec(true)}\n{"doc_id": 3}\n`);
  await assert.rejects(readQuotesGold(bad), (e: unknown) => e instanceof GoldError && /bad\.jsonl:2/.test(e.message));
  const outside = join(dir, 'outside.jsonl');
  writeFileSync(outside, JSON.stringify({ doc_id: 'a', text: 'short', attributions: [{ cue: [{ start: 2, end: 90 }] }] }) + '\n');
  await assert.rejects(readQuotesGold(outside), /outside the text/);
  await assert.rejects(readQuotesGold(join(dir, 'none.jsonl')), /gold file not found/);
});

test('annotator agreement scores each other annotation of an article against its primary one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-quotes-'));
  const rec = (doc_id: string, primary: boolean, attributions: Attribution[]) => JSON.stringify({ doc_id, primary, text: TEXT, attributions });
  const mayor = attr('The mayor', 'said', 'the bridge will reopen in May');
  const officials: Attribution = { source: [at('Officials')], cue: [at('said', TEXT.indexOf('Officials'))], content: [at('nothing else')] };
  const file = join(dir, 'multi.jsonl');
  // Article a: two others, one agreeing fully, one missing the officials; article b: annotated once.
  writeFileSync(file, [rec('a', true, [mayor, officials]), rec('a', false, [mayor, officials]), rec('a', false, [mayor]), rec('b', true, [mayor])].join('\n') + '\n');
  const records = await readQuotesGold(file, { all: true });
  assert.equal(records.length, 4);
  const results = annotatorAgreement(records);
  assert.deepEqual(results.map((r) => r.docId), ['a', 'a']);
  const s = aggregate(results);
  assert.equal(s.attribution.precision, 1);
  assert.equal(s.attribution.recall, 0.75);
  assert.equal(s.cue.recall, 0.75);
});
