import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoWeek, timeline } from './timeline.js';
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
        { date: '2020-01-05', quad: 1, goldstein: 2, numMentions: 3 },
        { date: '2020-01-20', quad: 4, goldstein: -10, numMentions: 1 },
        { date: '2020-02-01', quad: 3, goldstein: -4, numMentions: 2 },
        { date: null, quad: 1, goldstein: 1, numMentions: 1 },
      ],
      'month',
    );
    assert.deepEqual(rows, [
      { period: '2020-01', events: 2, mentions: 4, quad: { 1: 1, 2: 0, 3: 0, 4: 1 }, goldsteinSum: -8, goldsteinMean: -4 },
      { period: '2020-02', events: 1, mentions: 2, quad: { 1: 0, 2: 0, 3: 1, 4: 0 }, goldsteinSum: -4, goldsteinMean: -4 },
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
