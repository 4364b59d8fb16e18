import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, code, world } from './testing/code.js';

const run = (text: string, more?: (b: ReturnType<typeof world>) => void) => {
  const b = world(text);
  more?.(b);
  return code(b.doc);
};

test('a country before a head noun that names people or means gives the head sector', () => {
  assert.deepEqual(brief(run('Israeli helicopters attacked Syria.')), ['ISRMIL→SYR 190']);
  assert.deepEqual(brief(run('Radical Syrian farmers attacked Israel.')), ['SYRAGR→ISR 190']);
  // A head that names no people keeps the bare country.
  assert.deepEqual(brief(run('Israeli policy attacked Syria.')), ['ISR→SYR 190']);
});

test('coordinated head nouns stay one subject', () => {
  assert.deepEqual(brief(run('Israeli helicopters and tanks attacked Syria.')), ['ISRMIL→SYR 190']);
});

test('a sector-only head takes the country it comes from', () => {
  const events = run('Rebels from Syria attacked Israel.', (b) => {
    b.entity('reb', 'Rebels', 'ORGANIZATION', 'REB', null).mention('Rebels', 'reb', { kind: 'title', sectors: ['REB'] });
  });
  assert.deepEqual(brief(events), ['SYRREB→ISR 190']);
  // "throughout" names an origin too.
  assert.deepEqual(brief(run('Students throughout Syria attacked Israel.')), ['SYREDU→ISR 190']);
});

test('"X-led forces" are X’s forces', () => {
  const events = run('Russian-led forces attacked Ukraine.', (b) => {
    b.entity('f', 'forces', 'ORGANIZATION', 'MIL', null).mention('forces', 'f', { kind: 'title', sectors: ['MIL'] });
  });
  assert.deepEqual(brief(events), ['RUSMIL→UKR 190']);
});

test('a nominative pronoun before its verb is the subject even after a time phrase', () => {
  const events = run('Russia said on Friday it would attack Ukraine.', (b) => {
    b.timex('Friday', '2018-07-13');
  });
  assert.deepEqual(brief(events), ['RUS→UKR 1384']);
});

test('a side acting through its own sector on its own country is an event', () => {
  // "Lyon" stands for France here, as a city resolved to its country would.
  const events = run('French farmers attacked Lyon.', (b) => {
    b.entity('france', 'France', 'COUNTRY', 'FRA').mentions('French', 'france', { kind: 'demonym', country: 'FRA' }).mentions('Lyon', 'france');
  });
  assert.deepEqual(brief(events), ['FRAAGR→FRA 190']);
  // The same side on both ends is none.
  const same = run('The French attacked Lyon.', (b) => {
    b.entity('france', 'France', 'COUNTRY', 'FRA').mentions('French', 'france').mentions('Lyon', 'france');
  });
  assert.deepEqual(brief(same), []);
});
