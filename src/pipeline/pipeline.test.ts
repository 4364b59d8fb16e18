import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPipeline, createPipeline, PipelineError, type Component } from './pipeline.js';
import { loadKb } from '../kb/kb.js';
import { createDoc } from '../doc/doc.js';
import { DocSchema } from '../doc/schema.js';
import { defaultComponents, extract } from '../index.js';

const noop = (name: string, requires: Component['requires'], produces: Component['produces']): Component => ({ name, requires, produces, run() {} });

test('a component that needs a layer nobody produced before it is refused', () => {
  assert.throws(() => checkPipeline([noop('quotes', ['entities'], ['quotes']), noop('entities', ['tokens'], ['entities'])]), PipelineError);
});

test('a component may not appear twice', () => {
  assert.throws(() => checkPipeline([noop('a', [], ['tokens']), noop('a', [], ['tokens'])]), /twice/);
});

test('the default pipeline is in a valid order and records what ran', () => {
  checkPipeline([...defaultComponents]);
  const doc = createPipeline([...defaultComponents], loadKb()).run(createDoc('The minister spoke.', { date: '2020-01-01' }));
  assert.deepEqual(doc.pipeline, defaultComponents.map((c) => c.name));
});

test('extract output validates against the serialized schema', () => {
  const doc = extract('Foreign Minister Anna Berglund said on Monday that Norway will send aid to Chad.', { date: '2021-05-05' });
  assert.equal(DocSchema.safeParse(doc).success, true);
  for (const m of doc.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
});

test('extract refuses what is no article with a one-line InputError', async () => {
  const { InputError } = await import('../index.js');
  assert.throws(() => extract('   \n '), InputError);
  assert.throws(() => extract('abc\u0000def'), InputError);
  assert.throws(() => extract(42 as unknown as string), InputError);
  assert.throws(() => extract('Fine text.', { date: '2018-02-30' }), InputError);
});

test('hostile text finishes and keeps offsets consistent', () => {
  const nasty = [
    '“'.repeat(2000),
    'A'.repeat(20000),
    'Mr. President President President '.repeat(500),
    '"He said" '.repeat(1000),
    'The Kremlin said that that that '.repeat(500),
    '<div><p>broken <b>html</p>',
  ].join('\n');
  const doc = extract(nasty, { date: '2020-01-01' });
  for (const m of doc.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
  for (const q of doc.quotes) assert.ok(q.content.start <= q.content.end && q.content.end <= doc.text.length);
});

test('extractMany gives each article the document extract gives it, and an error in place of what is no article', async () => {
  const { extractMany, InputError } = await import('../index.js');
  const texts = [
    'Foreign Minister Anna Berglund said on Monday that Norway will send aid to Chad.',
    'Police in Lagos arrested two men on Tuesday, a spokesman told reporters.',
    'President Kim met the Japanese prime minister in Seoul last week.',
  ];
  const many = extractMany([{ text: texts[0]!, date: '2021-05-05' }, { text: '  ' }, { text: texts[1]!, date: '2019-03-01' }, { text: texts[2]!, date: 'yesterday' }, { text: texts[2]!, date: '2020-02-02' }]);
  assert.equal(many.length, 5);
  assert.deepEqual(many[0], extract(texts[0]!, { date: '2021-05-05' }));
  assert.ok(many[1] instanceof InputError);
  assert.deepEqual(many[2], extract(texts[1]!, { date: '2019-03-01' }));
  assert.ok(many[3] instanceof InputError);
  assert.deepEqual(many[4], extract(texts[2]!, { date: '2020-02-02' }));
});

test('runMany leaves a document a component fails on out of the later components, and runs the others', () => {
  const seen: string[] = [];
  const failing: Component = { name: 'picky', requires: [], produces: ['tokens'], run(doc) { if (doc.text.includes('bad')) throw new Error('picky: no'); } };
  const after: Component = { name: 'after', requires: ['tokens'], produces: ['entities'], run(doc) { seen.push(doc.text); } };
  const out = createPipeline([failing, after], loadKb()).runMany([createDoc('good one', {}), createDoc('bad one', {}), createDoc('good two', {})]);
  assert.equal((out[1] as Error).message, 'picky: no');
  assert.deepEqual(seen, ['good one', 'good two']);
  assert.deepEqual((out[0] as { pipeline: string[] }).pipeline, ['picky', 'after']);
});
