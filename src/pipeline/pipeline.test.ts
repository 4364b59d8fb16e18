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
