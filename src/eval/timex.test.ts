import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GoldError } from './gold.js';
import { granularity, matchDocument, scoreTimex, valueErrorLabel, type SystemTimex } from './timex.js';
import { parseTimexGold, type TimexGoldDoc } from './timex-gold.js';
import { formatTimexReport } from './timex-report.js';

// "We met on Friday and will meet again next week, for three days."
const TEXT = 'We met on Friday and will meet again next week, for three days.';
const at = (s: string) => TEXT.indexOf(s);

const DOC: TimexGoldDoc = {
  doc_id: 'd1',
  corpus: 'A',
  dct: '2018-07-20',
  text: TEXT,
  timexes: [
    { start: at('Friday'), end: at('Friday') + 6, type: 'DATE', value: '2018-07-20' },
    { start: at('next week'), end: at('next week') + 9, type: 'DATE', value: '2018-W30' },
    { start: at('three days'), end: at('three days') + 10, type: 'DURATION', value: 'P3D' },
  ],
};

describe('timex scorer (TempEval-3 Task A)', () => {
  it('strict needs the same span, relaxed any overlap; value F1 counts relaxed matches with the gold value', () => {
    const system: SystemTimex[] = [
      { start: at('on Friday'), end: at('Friday') + 6, type: 'DATE', value: '2018-07-20' }, // relaxed only
      { start: at('next week'), end: at('next week') + 9, type: 'DATE', value: '2018-07-23' }, // strict, wrong value
      { start: at('We'), end: 2, type: 'DATE', value: 'PRESENT_REF' }, // spurious
    ];
    const r = scoreTimex([{ doc: DOC, system }]);
    assert.deepEqual(r.scores.strict, { precision: 0.3333, recall: 0.3333, f1: 0.3333 });
    assert.deepEqual(r.scores.relaxed, { precision: 0.6667, recall: 0.6667, f1: 0.6667 });
    assert.deepEqual(r.scores.value, { precision: 0.3333, recall: 0.3333, f1: 0.3333 });
    assert.equal(r.scores.type.f1, 0.6667);
    assert.equal(r.scores.byCorpus['A']!.documents, 1);
    assert.equal(r.scores.byType['DURATION']!.gold, 1);
    assert.equal(r.scores.byType['DURATION']!.relaxed.recall, 0);
    assert.deepEqual(r.valueErrors.map((c) => [c.label, c.count]), [['week → day', 1]]);
    assert.equal(r.missed[0]!.label, 'three days');
    assert.equal(r.spurious[0]!.label, 'we');
    assert.match(formatTimexReport(r), /value errors on matched timexes: 1/);
  });

  it('matches one to one: a system span over two gold spans counts once', () => {
    const system: SystemTimex[] = [{ start: at('Friday'), end: at('three days') + 10, type: 'DATE', value: '2018-07-20' }];
    const m = matchDocument(DOC, system);
    assert.deepEqual(m.goldToSystem, [0, -1, -1]);
    const r = scoreTimex([{ doc: DOC, system }]);
    assert.equal(r.scores.relaxed.precision, 1);
    assert.equal(r.scores.relaxed.recall, 0.3333);
  });

  it('prefers the identical span when a system timex could match two gold ones', () => {
    const doc: TimexGoldDoc = { ...DOC, timexes: [{ start: 0, end: 6, type: 'DATE', value: 'a' }, { start: 6, end: 12, type: 'DATE', value: 'b' }] };
    const m = matchDocument(doc, [{ start: 3, end: 9, type: 'DATE', value: 'a' }, { start: 6, end: 12, type: 'DATE', value: 'b' }]);
    assert.deepEqual(m.goldToSystem, [0, 1]);
  });

  it('counts per rule family what was extracted, matched and right, the rules most often not right first', () => {
    const system: SystemTimex[] = [
      { start: at('Friday'), end: at('Friday') + 6, type: 'DATE', value: '2018-07-20', rule: 'chrono:weekday/past' },
      { start: at('next week'), end: at('next week') + 9, type: 'DATE', value: '2018-07-23', rule: 'relative:next-unit' },
      { start: 0, end: 2, type: 'DATE', value: 'PRESENT_REF', rule: 'relative:next-unit+x' },
      { start: at('three days'), end: at('three days') + 10, type: 'DURATION', value: 'P3D' },
    ];
    const r = scoreTimex([{ doc: DOC, system }]);
    assert.deepEqual(r.byRule, [
      { rule: 'relative:next-unit', extracted: 2, matched: 1, valueCorrect: 0 },
      { rule: '(none)', extracted: 1, matched: 1, valueCorrect: 1 },
      { rule: 'chrono:weekday', extracted: 1, matched: 1, valueCorrect: 1 },
    ]);
    assert.match(formatTimexReport(r), /by rule[^\n]*\nrule +extracted +matched +value ok +val P\n[- ]+\nrelative:next-unit +2 +1 +0 +0\.0\n/);
  });

  it('names granularities and error classes', () => {
    assert.equal(granularity('1998-W08'), 'week');
    assert.equal(granularity('1998-Q3'), 'quarter');
    assert.equal(granularity('199'), 'decade');
    assert.equal(granularity('XXXX-WXX-3'), 'unanchored');
    assert.equal(granularity('1998-02-13TMO'), 'time');
    assert.equal(valueErrorLabel('1988-Q3', '1988'), 'quarter → year');
    assert.equal(valueErrorLabel('1998-02-13', '1998-02-14'), 'day: day differs');
    assert.equal(valueErrorLabel('P3D', 'P4D'), 'duration: value differs');
  });

  it('reads JSON Lines gold and says which line is wrong', () => {
    const line = JSON.stringify(DOC);
    assert.equal(parseTimexGold(`${line}\n\n${line}\n`, 'g.jsonl').length, 2);
    assert.throws(() => parseTimexGold(`${line}\n{`, 'g.jsonl'), (e: unknown) => e instanceof GoldError && /g\.jsonl:2 is not valid JSON/.test(e.message));
    assert.throws(() => parseTimexGold('{"doc_id": "x"}', 'g.jsonl'), /g\.jsonl:1 is not TempEval gold/);
    const outside = { ...DOC, timexes: [{ start: 0, end: 999, type: 'DATE', value: 'x' }] };
    assert.throws(() => parseTimexGold(JSON.stringify(outside), 'g.jsonl'), /outside the text/);
    assert.throws(() => parseTimexGold('\n', 'g.jsonl'), /no documents/);
  });
});
