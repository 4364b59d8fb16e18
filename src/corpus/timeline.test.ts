import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fillPeriods, isoWeek, periodStart, timeline } from './timeline.js';
import { gdeltRow, GDELT_COLUMNS, splitActorCode, toCsv } from './export.js';

describe('timeline', () => {
  it('numbers ISO weeks across year ends', () => {
    assert.equal(isoWeek('2021-01-03'), '2020-W53');
    assert.equal(isoWeek('2021-01-04'), '2021-W01');
    assert.equal(isoWeek('2024-12-30'), '2025-W01');
  });

  it('counts events per quad class with Goldstein sum and mean', () => {
    const rows = timeline(
      [
        { id: 'a', date: '2020-01-05', quad: 1, goldstein: 2, numMentions: 3 },
        { id: 'b', date: '2020-01-20', quad: 4, goldstein: -10, numMentions: 1 },
        { id: 'c', date: '2020-02-01', quad: 3, goldstein: -4, numMentions: 2 },
        { id: 'd', date: null, quad: 1, goldstein: 1, numMentions: 1 },
      ],
      'month',
    );
    assert.deepEqual(rows, [
      { period: '2020-01', events: 2, mentions: 4, quad: { 1: 1, 2: 0, 3: 0, 4: 1 }, goldsteinSum: -8, goldsteinMean: -4, eventIds: ['a', 'b'] },
      { period: '2020-02', events: 1, mentions: 2, quad: { 1: 0, 2: 0, 3: 1, 4: 0 }, goldsteinSum: -4, goldsteinMean: -4, eventIds: ['c'] },
    ]);
  });
});

describe('export', () => {
  it('quotes CSV fields that need it', () => {
    assert.equal(toCsv(['a', 'b'], [{ a: 'x,y', b: 'say "hi"' }, { a: null, b: 3 }]), 'a,b\n"x,y","say ""hi"""\n,3\n');
  });

  it('splits actor codes into GDELT fields', () => {
    assert.deepEqual(splitActorCode('RUSGOV'), { country: 'RUS', group: '', types: ['GOV'] });
    assert.deepEqual(splitActorCode('IGOUNO'), { country: '', group: 'UNO', types: ['IGO'] });
    assert.deepEqual(splitActorCode('GOV'), { country: '', group: '', types: ['GOV'] });
  });

  it('writes 61 GDELT columns per event', () => {
    const line = gdeltRow({
      id: 'ev:1', date: '2019-05-13', place: 'Moscow', sourceCode: 'RUSGOV', sourceName: 'Sergei Lavrov', targetCode: 'IRN', targetName: 'Iran',
      cameo: '042', root: '04', plover: 'CONSULT', quad: 1, goldstein: 1.9, numMentions: 3, numArticles: 2, numSources: 2, numIndependentSources: 1,
      firstArticleId: 'a', sourceUrl: 'https://x.example/a', version: 'v',
    });
    const cells = line.split('\t');
    assert.equal(GDELT_COLUMNS.length, 61);
    assert.equal(cells.length, 61);
    const col = (name: string) => cells[GDELT_COLUMNS.indexOf(name as never)];
    assert.equal(col('SQLDATE'), '20190513');
    assert.equal(col('Actor1CountryCode'), 'RUS');
    assert.equal(col('Actor1Type1Code'), 'GOV');
    assert.equal(col('EventRootCode'), '04');
    assert.equal(col('NumArticles'), '2');
    assert.equal(col('ActionGeo_FullName'), 'Moscow');
    assert.equal(col('SOURCEURL'), 'https://x.example/a');
  });
});

describe('fillPeriods', () => {
  const row = (period: string) => ({ period, events: 1, mentions: 1, quad: { 1: 1, 2: 0, 3: 0, 4: 0 }, goldsteinSum: 1, goldsteinMean: 1, eventIds: ['x'] });
  it('adds the empty months, weeks and days between the first and the last', () => {
    assert.deepEqual(fillPeriods([row('2019-11'), row('2020-02')], 'month').map((r) => [r.period, r.events]), [['2019-11', 1], ['2019-12', 0], ['2020-01', 0], ['2020-02', 1]]);
    assert.deepEqual(fillPeriods([row('2020-W52'), row('2021-W02')], 'week').map((r) => r.period), ['2020-W52', '2020-W53', '2021-W01', '2021-W02']);
    assert.deepEqual(fillPeriods([row('2020-02-28'), row('2020-03-01')], 'day').map((r) => r.period), ['2020-02-28', '2020-02-29', '2020-03-01']);
  });
  it('finds the Monday of an ISO week', () => {
    assert.equal(periodStart('2021-W01'), '2021-01-04');
    assert.equal(periodStart('2020-W53'), '2020-12-28');
  });
  it('leaves a range too long to draw as it is', () => {
    assert.equal(fillPeriods([row('1900-01-01'), row('2020-01-01')], 'day').length, 2);
  });
});
