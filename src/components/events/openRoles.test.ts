import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, code, world } from './testing/code.js';

const run = (text: string, more?: (b: ReturnType<typeof world>) => void) => {
  const b = world(text);
  more?.(b);
  return code(b.doc);
};

test('an unresolved pronoun right after a speech verb is its subject', () => {
  const [e] = run('Syria says it is willing to withdraw from Ukraine.');
  assert.equal(e?.source?.actor, 'SYR');
  assert.match(e!.rule, /reporter-pronoun/);
});

test('an actor known only by its sector takes the one country of its sentence', () => {
  const events = run('In Ukraine, the opposition demanded new elections.', (b) => {
    b.entity('opp', 'The opposition', 'ORGANIZATION', 'OPP', null).mention('opposition', 'opp', { kind: 'title', sectors: ['OPP'] });
  });
  assert.deepEqual(brief(events), ['UKROPP→undefined 100']);
  assert.match(events[0]!.rule, /sentence-country/);
  // Two countries named: no guess.
  const two = run('In Ukraine, the opposition demanded that Russia leave.', (b) => {
    b.entity('opp', 'The opposition', 'ORGANIZATION', 'OPP', null).mention('opposition', 'opp', { kind: 'title', sectors: ['OPP'] });
  });
  assert.ok(two.every((e) => e.source?.actor === 'OPP'));
});

test('a call to a named partner codes both sides', () => {
  assert.deepEqual(brief(run('Russia telephoned Iran.')), ['RUS→IRN 041', 'IRN→RUS 041']);
  // A visit has its own code for the host: no mirror.
  assert.deepEqual(brief(run('Putin visited Iran.')), ['RUSGOV→IRN 042']);
});

test('a promise spelled out by any verb codes without a target; a bare one does not', () => {
  const [e] = run('Iran promised to democratize.');
  assert.equal(e?.cameo, '030');
  assert.equal(e?.target, null);
  assert.deepEqual(run('Iran promised.'), []);
});

test('force reported by a verb of claiming is the claimant\'s charge, or its claim of responsibility, not a fact', () => {
  const charged = run('Iran claimed that Israel attacked Syria.');
  assert.deepEqual(brief(charged), ['IRN→ISR 112']);
  assert.match(charged[0]!.rule, /allegation:claim/);
  const owned = run('Iran claimed that it attacked Syria.');
  assert.deepEqual(brief(owned), ['IRN→SYR 015']);
  // Reported by a plain speech verb, the attack stands.
  assert.deepEqual(brief(run('Iran said that Israel attacked Syria.')), ['ISR→SYR 190']);
});

test('a bare participle of a verb that names its victim, with no object, is passive', () => {
  // With no attacker named, news coders code the force to the country where it happened (lower confidence).
  const [placed] = run('There were ten Russian soldiers killed in Ukraine.');
  assert.equal(placed && brief([placed])[0], 'UKR→RUSMIL 190');
  assert.match(placed!.rule, /place-agent/);
  assert.deepEqual(run('Ten Russian soldiers were killed in a car crash in Ukraine.'), []);
  assert.deepEqual(brief(run('Ten Russian soldiers killed in Ukraine by Ukraine.')), ['UKR→RUSMIL 190']);
  assert.deepEqual(brief(run('Russian soldiers killed Syrians.')).map((e) => e.slice(0, 3)), ['RUS']);
});

test('a passive act of force with no "by" names its attacker through the attack it happened in', () => {
  assert.deepEqual(brief(run('Ten people were killed in Israeli shelling.')), ['ISR→undefined 190']);
  assert.deepEqual(brief(run('Ten people were killed in an air strike by Russia.')), ['RUS→undefined 190']);
  assert.deepEqual(run('Ten people were killed in a car bomb explosion.'), []);
});

test('a sector-only subject takes the country of the adjective before it; an official the organization before it', () => {
  const events = run('Syrian military police arrested Israel.', (b) => {
    b.entity('police', 'police', 'ORGANIZATION', 'COP', null).mention('police', 'police', { kind: 'title', sectors: ['COP'] });
  });
  assert.deepEqual(brief(events), ['SYRCOP→ISR 173']);
});

test('a pattern spelled out with its object words is complete without a target', () => {
  const [e] = run('Iran accepted a formula for peace.');
  assert.equal(e?.cameo, '030');
  assert.equal(e?.target, null);
});

test('an obligation in a reported clause is the reporter\'s demand on its subject', () => {
  assert.deepEqual(brief(run('Russia said that Iran must leave Syria.')), ['RUS→IRN 100']);
  assert.deepEqual(brief(run('Russia said Iran must leave Syria.')), ['RUS→IRN 100']);
  assert.deepEqual(run('Iran must leave Syria.'), []);
});

test('"received X from Y": the giver is the source', () => {
  assert.deepEqual(brief(run('Syria received weapons from Russia.')), ['RUS→SYR 072']);
  assert.deepEqual(run('Syria received weapons.'), []);
});

test('a head noun that names no actor takes the actor of its "from"/"in" phrase', () => {
  const [e] = run('Doctors from Iranian groups attacked Israel.');
  // The head noun gives the side's sector.
  assert.equal(e?.source?.actor, 'IRNHLH');
  assert.equal(e?.target?.actor, 'ISR');
});

test('people named by a common noun who protest belong to the one country of the sentence', () => {
  const [e] = run('Angry students protested in Ukraine.');
  assert.equal(e?.source?.actor, 'UKR');
  assert.equal(e?.cameo.slice(0, 2), '14');
  assert.match(e!.rule, /crowd-of-country/);
  assert.deepEqual(run('Angry students protested.'), []);
});

test('a protest that is the purpose of a real act is made by it; planned, negated or other purposes are not', () => {
  assert.deepEqual(brief(run('Iranian students gathered outside the embassy to protest against Israel.')), ['IRNEDU→ISR 140']);
  assert.deepEqual(run('Iranian students plan to gather to protest against Israel.'), []);
  assert.deepEqual(run('Iranian students did not gather to protest against Israel.'), []);
  assert.deepEqual(run('Russia paid bounties to attack Israel.'), []);
});

test('peoples\' adjectives coordinated before one head noun are a compound side', () => {
  assert.deepEqual(brief(run('Russian and Syrian helicopters attacked Israel.')), ['RUSMIL→ISR 190', 'SYRMIL→ISR 190']);
});

test('a parenthesis inside the subject is skipped; a coordinated verb takes the main subject, not a participle\'s', () => {
  assert.deepEqual(brief(run('The Russian forces (RF) attacked Israel.')), ['RUSMIL→ISR 190']);
  assert.deepEqual(brief(run('Russia opened talks with Iranians expelled from Syria, but attacked Israel.')).filter((e) => e.endsWith('190')), ['RUS→ISR 190']);
});

test('"be engaged in" is no passive; an order with an actor object and an infinitive is a demand', () => {
  assert.deepEqual(brief(run('Russian forces were engaged in ethnic cleansing against Israel.')), ['RUSMIL→ISR 203']);
  assert.deepEqual(brief(run('Russia ordered Putin to appear.')), ['RUS→RUSGOV 100']);
});

test('"as" tagged a preposition opens a clause when a subject and a verb follow it', () => {
  assert.deepEqual(brief(run('The talks ended as Israel attacked Syria.')), ['ISR→SYR 190']);
});

test('a partner known only by its sector takes the one other country named from it on', () => {
  const events = run('Iran held talks with the president during a visit to Syria.', (b) => {
    b.entity('pres', 'the president', 'PERSON', 'GOV', null).mention('president', 'pres', { kind: 'title', sectors: ['GOV'] });
  });
  assert.deepEqual(brief(events).filter((e) => e.startsWith('IRN→') && e.endsWith('040')), ['IRN→SYRGOV 040']);
});

test('harm suffered in a mishap is no force', () => {
  assert.deepEqual(run('Ten people were killed by the crash of a plane in Ukraine.'), []);
});

test('"shot" the tagger reads as a noun after its subject is the verb; "the shot" stays a noun', async () => {
  const { runUntil } = await import('../../testing/run-until.js');
  const shot = runUntil('Russia shot a Ukrainian soldier near Kyiv.', 'events');
  assert.deepEqual(brief(shot.events), ['RUS→UKRMIL 193']);
  assert.deepEqual(runUntil('The shot was heard in Kyiv, Ukraine.', 'events').events, []);
});
