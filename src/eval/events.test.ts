import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EventGoldRecordSchema, parseEventGold, type EventGoldRecord } from './event-gold.js';
import { actorMatches, countryOf, goldCodes, scoreEvents, type PredictedEvent } from './events.js';
import { formatEventReport } from './events-report.js';
import { ploverIn, vocabularyOf } from './plover-vocabulary.js';

const CROSSWALK: Record<string, string> = { '04': 'CONSULT', '11': 'ACCUSE', '09': 'ACCUSE', '19': 'ASSAULT', '18': 'ASSAULT', '03': 'AGREE' };
const crosswalk = (code: string) => CROSSWALK[code.slice(0, 2)] ?? null;

function record(fields: Omit<Partial<EventGoldRecord>, 'expected'> & { expected?: unknown[] }): EventGoldRecord {
  return EventGoldRecordSchema.parse({ id: 'x', dataset: 'd', text: 'A sentence.', ...fields });
}

const ev = (cameo: string, source: string | null, target: string | null, plover: string | null = crosswalk(cameo)): PredictedEvent => ({ cameo, plover, source, target });

describe('event scoring helpers', () => {
  it('reads country blocks', () => {
    assert.equal(countryOf('USAGOV'), 'USA');
    assert.equal(countryOf('---GOV'), null);
    assert.equal(countryOf(null), null);
    assert.equal(countryOf('IGOUNO'), 'IGO');
  });
  it('matches actors by country, then the agent the gold names', () => {
    assert.ok(actorMatches('USA', 'USAGOV'));
    assert.ok(actorMatches('USAGOV', 'USAGOV'));
    assert.ok(!actorMatches('USAGOV', 'USA'));
    assert.ok(!actorMatches('USAGOV', 'USAMIL'));
    assert.ok(actorMatches('---GOV', 'RUSGOV'));
    assert.ok(actorMatches('IRQGOVMIL', 'IRQGOV'));
    assert.ok(!actorMatches('RUS', 'USA'));
  });
  it('expands alternative and range codes', () => {
    assert.deepEqual(goldCodes('18/19/20'), ['18', '19', '20']);
    assert.deepEqual(goldCodes('081-083'), ['081', '082', '083']);
    assert.deepEqual(goldCodes(null), []);
  });
  it('places CAMEO codes in the legacy PLOVER vocabulary', () => {
    assert.equal(vocabularyOf('PLOVER-0.5b1'), 'legacy');
    assert.equal(vocabularyOf('CAMEO (PETRARCH-2 dialect)'), 'current');
    assert.equal(ploverIn('legacy', '190', 'ASSAULT'), 'FIGHT');
    assert.equal(ploverIn('legacy', '180', 'ASSAULT'), 'ASSAULT');
    assert.equal(ploverIn('legacy', '091', 'ACCUSE'), 'INVESTIGATE');
    assert.equal(ploverIn('legacy', '111', 'ACCUSE'), 'DISAPPROVE');
    assert.equal(ploverIn('legacy', '100', 'REQUEST'), 'DEMAND');
    assert.equal(ploverIn('current', '190', 'ASSAULT'), 'ASSAULT');
  });
});

describe('parseEventGold', () => {
  const lines = [
    JSON.stringify({ id: 'a', dataset: 'one', text: 'x', expected: [] }),
    JSON.stringify({ id: 'b', dataset: 'one', text: 'y', evaluate: false }),
    '',
    JSON.stringify({ id: 'c', dataset: 'two', text: 'z' }),
  ].join('\n');
  it('keeps the dataset asked for and skips records not evaluated', () => {
    const g = parseEventGold(lines, 'f.jsonl', 'one');
    assert.deepEqual(g.records.map((r) => r.id), ['a']);
    assert.equal(g.skipped, 1);
    assert.equal(g.datasets.get('two'), 1);
  });
  it('names the line of a broken record', () => {
    assert.throws(() => parseEventGold('{"id": 1}\n', 'f.jsonl'), /f\.jsonl:1/);
    assert.throws(() => parseEventGold('{not json', 'f.jsonl'), /f\.jsonl:1 is not valid JSON/);
  });
});

describe('scoreEvents', () => {
  it('finds a gold event by category and source country, one prediction each', () => {
    const records = [
      record({ ontology: 'PLOVER-0.5b1', expected: [{ source: 'USA', target: 'IRQ', code: null, plover: 'FIGHT' }] }),
      record({ expected: [{ source: 'RUS', target: 'UKR', code: '040' }, { source: 'UKR', target: 'RUS', code: '040' }] }),
    ];
    const predictions = [[ev('190', 'USAMIL', 'IRQ'), ev('111', 'USAGOV', 'IRQ')], [ev('042', 'RUSGOV', 'UKR')]];
    const r = scoreEvents(records, predictions, crosswalk);
    assert.equal(r.scores.plover.correct, 2);
    assert.equal(r.scores.plover.gold, 3);
    assert.equal(r.scores.plover.predicted, 3);
    assert.equal(r.scores.cameoRoot.gold, 2);
    assert.equal(r.scores.cameoRoot.correct, 1);
    assert.equal(r.confusion.get('FIGHT')?.get('FIGHT'), 1);
    assert.equal(r.confusion.get('—')?.get('DISAPPROVE'), 1);
    assert.equal(r.confusion.get('CONSULT')?.get('—'), 1);
    assert.equal(r.scores.sourceActor.correct, 2); // USA and RUS; UKR missed
  });
  it('counts every event of a no-event sentence as false', () => {
    const r = scoreEvents([record({ expect_no_events: true })], [[ev('190', 'USA', 'IRQ')]], crosswalk);
    assert.equal(r.scores.plover.predicted, 1);
    assert.equal(r.scores.plover.correct, 0);
    assert.equal(r.scores.cameoRoot.predicted, 1);
    assert.equal(r.scores.sourceActor.predicted, 1);
  });
  it('leaves statements out of PLOVER scoring', () => {
    const r = scoreEvents([record({ expected: [{ source: 'USA', target: null, code: '010' }] })], [[ev('010', 'USA', null, null)]], crosswalk);
    assert.equal(r.scores.plover.gold, 0);
    assert.equal(r.scores.plover.predicted, 0);
    assert.equal(r.scores.cameoRoot.correct, 1);
  });
  it('reports in text', () => {
    const r = scoreEvents([record({ expected: [{ source: 'USA', target: null, code: '190' }] })], [[]], crosswalk);
    const text = formatEventReport(r);
    assert.match(text, /plover/);
    assert.match(text, /gold ✗ ASSAULT USA/);
  });
});
