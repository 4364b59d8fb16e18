/** The time component in the pipeline: contract, schema, and the layer it writes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../doc/doc.js';
import { TimexSchema } from '../../doc/schema.js';
import { checkPipeline, type Component } from '../../pipeline/pipeline.js';
import { time } from './index.js';
import { checkChronoLite, chronoFingerprint, chronoLiteEnabled, chronoParserNames, chronoWindows, windowsAround } from './detect-chrono.js';
import { scanText } from './find-timexes.js';
import { compileScanner } from './cue-words.js';
import { CALENDAR_CUES } from './detect-calendar.js';
import { DURATION_CUES } from './detect-durations.js';
import { OFFSET_CUES } from './detect-offsets.js';
import { RELATIVE_CUES } from './detect-relative.js';
import { SET_CUES } from './detect-sets.js';
import { VAGUE_CUES } from './detect-vague.js';

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

test('the light chrono path is on and agrees with chrono', () => {
  // Off means chrono's parsers or regexes changed since the light path was checked: see
  // CHECKED_CHRONO in detect-chrono.ts.
  assert.equal(chronoLiteEnabled(), true, `chrono changed: fingerprint is now ${chronoFingerprint()}`);
  assert.deepEqual(checkChronoLite(), []);
});

test('the one-pass scan finds what the per-list regexes find', () => {
  const text =
    'On Monday, July 4, at 3 p.m. and 10:30, on 7/20/2018 and 2018-07-20, two o’clock, the daily met weekly; ' +
    'last Christmas Eve, New Year’s Day, St. Patrick’s Day, Mondays and Sundays, may, MAY, Sept. 5, mar-a-lago.';
  const scan = scanText(text);
  const cues = compileScanner([...OFFSET_CUES, ...RELATIVE_CUES, ...CALENDAR_CUES, ...SET_CUES, ...DURATION_CUES, ...VAGUE_CUES]);
  assert.deepEqual(scan.hits, cues(text));
  assert.deepEqual(windowsAround(text, scan.triggers), chronoWindows(text));
  assert.deepEqual(scan.holidayStarts.map((s) => text.slice(s, s + 3)), ['Chr', 'New', 'St.']);
});
