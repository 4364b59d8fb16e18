import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, code, world } from './testing/code.js';
import { extract } from '../../index.js';

const run = (text: string) => code(world(text).doc);

test('unspecified force with an improvised bomb in its clause is a bombing (183), a suicide one 1831', () => {
  assert.deepEqual(brief(run('Syrian militants killed Israel’s envoy in a bomb attack.')), ['SYRUAF→ISR 183']);
  assert.deepEqual(brief(run('Syrian suicide bombers killed Israel’s envoy.')), ['SYRUAF→ISR 1831']);
  // No weapon named: the codebook's residual 190.
  assert.deepEqual(brief(run('Syrian militants killed Israel’s envoy.')), ['SYRUAF→ISR 190']);
  // Bombs from aircraft or tanks stay conventional force.
  assert.deepEqual(brief(run('Israeli jets killed Syria’s envoy with bombs.')), ['ISRMIL→SYR 190']);
});

test('"be opposed / committed to" is a stance of the subject, not a passive', () => {
  const [e] = run('Israel is opposed to Russian mediation.');
  assert.equal(e?.source?.actor, 'ISR');
  assert.equal(e?.cameo, '126');
});

test('"staged" finds the patterns of "stage" even when the lemma is wrong', () => {
  const events = run('Iranian students staged demonstrations against Israel.');
  assert.deepEqual(brief(events), ['IRNEDU→ISR 141']);
});

test('a noun event between two sides held by the clause subject: the subject acts on both', () => {
  const events = run('Russia launched a mediation effort between Israel and Syria.');
  assert.deepEqual(brief(events).sort(), ['RUS→ISR 045', 'RUS→SYR 045']);
});

test('a name with no actor ending in a people’s plural stands for that country’s people', () => {
  const b = world('Young Syrians attacked Israel.');
  b.entity('ys', 'Young Syrians', 'PERSON', null, null).mention('Young Syrians', 'ys');
  assert.deepEqual(brief(code(b.doc)), ['SYR→ISR 190']);
});

test('a protest that blocks a thing is complete without an actor as target', () => {
  assert.deepEqual(brief(run('Iranian workers blocked the main road.')), ['IRNLAB→undefined 144']);
});

test('an actor known only by its sector that acts in a place belongs to that place’s country', () => {
  // Two countries in the sentence: only the place of the act tells whose government it is.
  const b = world('The government imposed a curfew in Syria, Russian media said.');
  b.entity('gov', 'government', 'ORGANIZATION', 'GOV', null).mention('government', 'gov', { kind: 'title', sectors: ['GOV'] });
  const [e] = code(b.doc);
  assert.equal(e?.source?.actor, 'SYRGOV');
  assert.match(e!.rule, /target-place-country/);
});

test('a pronoun resolved to a sector-only actor takes its speaker’s fuller code', () => {
  const b = world('Russian envoy Ivanov said he would attack Ukraine.');
  b.entity('ivanov', 'Ivanov', 'PERSON', 'GOV', null).mention('Ivanov', 'ivanov').mention('he', 'ivanov', { kind: 'pronoun' });
  const events = code(b.doc);
  assert.deepEqual(brief(events), ['RUSGOV→UKR 1384']);
});

test('war games held together are military cooperation; a bare word after a modal is a verb', () => {
  assert.deepEqual(brief(extract('France and Egypt launched war games on Monday.').events).sort(), ['EGY→FRA 062', 'FRA→EGY 062']);
  assert.deepEqual(brief(run('Israel said it would free Syria’s prisoners.')), ['ISR→SYR 0353']);
});
