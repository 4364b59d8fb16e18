/** The time component in the pipeline: contract, schema, and the layer it writes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../doc/doc.js';
import { TimexSchema } from '../../doc/schema.js';
import { checkPipeline, type Component } from '../../pipeline/pipeline.js';
import { time } from './index.js';
import { chronoParserNames } from './detect-chrono.js';

const TEXT =
  'While the envoy arrived in Tehran on Wednesday, officials at last Monday’s summit said little. ' +
  'The meeting, which took more than two hours, was the first since the 1990s. Talks resume every week.';

test('declares its name and layers', () => {
  assert.equal(time.name, 'time');
  assert.deepEqual(time.requires, ['sentences']);
  assert.deepEqual(time.produces, ['timexes']);
  const segmenter: Component = { name: 'segment', requires: [], produces: ['sentences'], run() {} };
  assert.doesNotThrow(() => checkPipeline([segmenter, time]));
  assert.throws(() => checkPipeline([time]));
});

test('fills doc.timexes with schema-valid, sorted, non-overlapping timexes', () => {
  const doc = createDoc(TEXT, { date: '2018-07-20' });
  doc.sentences.push({ start: 0, end: 95 }, { start: 96, end: 170 }, { start: 171, end: TEXT.length });
  time.run(doc, {} as never);
  assert.deepEqual(doc.timexes.map((t) => [t.text, t.value]), [
    ['Wednesday', '2018-07-18'],
    ['last Monday', '2018-07-16'],
    ['more than two hours', 'PT2H'],
    ['the 1990s', '199'],
    ['every week', 'P1W'],
  ]);
  for (const t of doc.timexes) {
    assert.doesNotThrow(() => TimexSchema.parse(t));
    assert.equal(TEXT.slice(t.start, t.end), t.text);
    assert.ok(t.rule.length > 0);
  }
});

test('without a document date nothing is invented', () => {
  const doc = createDoc(TEXT);
  time.run(doc, {} as never);
  const wednesday = doc.timexes.find((t) => t.text === 'Wednesday')!;
  assert.equal(wednesday.value, 'XXXX-WXX-3');
  assert.equal(wednesday.anchor, 'unknown');
});

test('chrono still has the parsers this component relies on', () => {
  const names = chronoParserNames();
  for (const n of ['ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENTimeExpressionParser', 'ISOFormatParser']) assert.ok(names.includes(n), n);
  assert.ok(!names.includes('ENRelativeDateFormatParser'));
});
