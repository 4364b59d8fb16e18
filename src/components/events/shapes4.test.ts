import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, code, world } from './testing/code.js';

const run = (text: string) => code(world(text).doc);

test('"is about to" is the act itself under way (prospective aspect), as "begins to" is', () => {
  assert.deepEqual(brief(run('Russia is about to restore diplomatic ties with Syria.')), brief(run('Russia restored diplomatic ties with Syria.')));
  assert.equal(run('Russia is about to restore diplomatic ties with Syria.').length, 1);
  assert.deepEqual(brief(run('Russia was about to attack Ukraine.')), brief(run('Russia attacked Ukraine.')));
  // Negated or conditional stays no event.
  assert.deepEqual(run('Russia is not about to attack Ukraine.'), []);
});

test('adjectives inside an object noun phrase do not keep its complement out of reach', () => {
  assert.deepEqual(brief(run('Russia welcomed a resumption of formal diplomatic ties with Syria.')), ['RUS→SYR 051']);
  assert.deepEqual(brief(run('Russia welcomed the resumption of ties with Syria.')), ['RUS→SYR 051']);
});

test('adjectives before a later conjunct keep the list together', () => {
  assert.deepEqual(brief(run('France and the powerful Russia warned Iran.')).sort(), ['FRA→IRN 130', 'RUS→IRN 130']);
  assert.deepEqual(brief(run('Syria, France and the evil awful Russia warned Iran.')).sort(), ['FRA→IRN 130', 'RUS→IRN 130', 'SYR→IRN 130']);
});

test('an actor known only by its sector takes the country of its "of" complement', () => {
  const b = world('The government of Syria warned Israel.');
  b.entity('gov', 'government', 'ORGANIZATION', 'GOV', null).mention('government', 'gov', { kind: 'title', sectors: ['GOV'] });
  assert.deepEqual(brief(code(b.doc)), ['SYRGOV→ISR 130']);
  // Without a sector actor in front, the country itself acts.
  const c = world('The government of Syria warned Israel.');
  assert.deepEqual(brief(code(c.doc)), ['SYR→ISR 130']);
});

test('a people’s adjective before the first of two coordinated nouns qualifies the bare second one too', () => {
  const b = world('Syrian media and government warned Israel.');
  b.entity('sm', 'Syrian media', 'ORGANIZATION', 'SYRMED', 'SYR').mention('Syrian media', 'sm');
  b.entity('gov', 'government', 'ORGANIZATION', 'GOV', null).mention('government', 'gov', { kind: 'title', sectors: ['GOV'] });
  assert.deepEqual(brief(code(b.doc)).sort(), ['SYRGOV→ISR 130', 'SYRMED→ISR 130']);
  // With its own determiner the second noun is a phrase of its own.
  const c = world('Syrian media and the government warned Israel.');
  c.entity('sm', 'Syrian media', 'ORGANIZATION', 'SYRMED', 'SYR').mention('Syrian media', 'sm');
  c.entity('gov', 'government', 'ORGANIZATION', 'GOV', null).mention('government', 'gov', { kind: 'title', sectors: ['GOV'] });
  assert.ok(!brief(code(c.doc)).includes('SYRGOV→ISR 130'));
});

test('the place country standing in for an unnamed attacker is not the reporter’s own country acting', () => {
  const text = 'Three Syrian civilians were killed in northern Syria, Syrian police said.';
  const b = world(text);
  b.entity('sp', 'Syrian police', 'ORGANIZATION', 'SYRCOP', 'SYR').mention('Syrian police', 'sp');
  b.quote('Three Syrian civilians were killed in northern Syria', 'sp', 'indirect');
  const events = code(b.doc);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.source?.actor, 'SYR');
  assert.match(events[0]!.rule, /place-agent/);
});

test('force whose subject is only its means is coded to the country where it happened; a mishap is no force', () => {
  assert.deepEqual(brief(run('A roadside bomb near Aleppo killed Israel’s envoy.')), ['SYR→ISR 183']);
  assert.deepEqual(brief(run('A roadside bomb killed Israel’s envoy in Aleppo.')), ['SYR→ISR 183']);
  assert.deepEqual(run('A car crash near Aleppo killed Israel’s envoy.'), []);
  // A fire or an explosion alone as subject is as often an accident.
  assert.deepEqual(run('A fire near Aleppo killed Israel’s envoy.'), []);
  assert.deepEqual(brief(run('A bomb blast near Aleppo killed Israel’s envoy.')), ['SYR→ISR 183']);
  // A subject that is an actor keeps its own code.
  assert.deepEqual(brief(run('Russian jets near Aleppo killed Israel’s envoy.')), brief(run('Russian jets killed Israel’s envoy.')));
});

test('an act that is denied is no event, whether as a gerund or in a "that"-clause', () => {
  assert.deepEqual(run('Iran denied attacking Israel.'), []);
  assert.deepEqual(run('Iran denied that it attacked Israel.'), []);
  assert.deepEqual(run('Iran denied that Syria had attacked Israel.'), []);
  // The same act stated is coded.
  assert.deepEqual(brief(run('Iran said that Syria had attacked Israel.')), ['SYR→ISR 190']);
});

test('the subject of a main verb after a relative clause without commas is the noun the clause describes', () => {
  const b = world('The Russian envoy who visited Tehran last week criticized Israel.');
  b.entity('env', 'Russian envoy', 'PERSON', 'RUSGOV', 'RUS').mention('Russian envoy', 'env');
  assert.deepEqual(brief(code(b.doc)), ['RUSGOV→IRN 042', 'RUSGOV→ISR 111']);
});

test('an object actor followed by a noun naming its people or means takes that noun’s sector', () => {
  assert.deepEqual(brief(run('Putin met his Iranian counterpart in Moscow.')), ['RUSGOV→IRNGOV 040']);
  assert.deepEqual(brief(run('Israel attacked Syrian helicopters.')), ['ISR→SYRMIL 190']);
  // A noun that names no people still keeps a consultation from taking a modifier as partner.
  assert.deepEqual(run('Putin met his Iranian commitments.'), []);
});

test('a consultation does not take as partner the people an object noun is of', () => {
  assert.deepEqual(run('Putin visited a cemetery of Iranian soldiers.'), []);
});

test('"X and his Y counterpart": the possessive opens the second conjunct, whose head gives it a sector', () => {
  assert.deepEqual(brief(run('Putin and his Iranian counterpart met in Moscow.')).sort(), ['IRNGOV→RUSGOV 040', 'RUSGOV→IRNGOV 040']);
});

test('a clause after a verb of fearing or hoping, with or without "that", is no event', () => {
  assert.deepEqual(run('Ukraine fears Russia will attack Kyiv.'), []);
  assert.deepEqual(run('Ukraine fears that Russia will attack Kyiv.'), []);
  assert.deepEqual(run('Israel hopes Russia will withdraw from Syria.'), []);
  // Said, it is coded.
  assert.notDeepEqual(run('Ukraine said Russia will attack Kyiv.'), []);
});

test('a noun event under "any", or as the subject of a hypothetical clause, is no event', () => {
  assert.deepEqual(run('Any attack by Russia on Ukraine would be met with sanctions.'), []);
  assert.deepEqual(run('An attack by Russia on Ukraine would be met with sanctions.'), []);
  assert.deepEqual(brief(run('The attack by Russia on Ukraine killed three people.')), ['RUS→UKR 190']);
});

test('a place inside an "of" phrase after a locative preposition still places an unnamed attacker', () => {
  assert.deepEqual(brief(run('Israel’s envoy was killed in a residential sector of eastern Aleppo.')), ['SYR→ISRGOV 190']);
  assert.deepEqual(brief(run('Israel’s envoy was killed in the east of Aleppo.')), ['SYR→ISRGOV 190']);
});

test('a subject the kb cannot code takes the actor of its apposition', () => {
  const b = world('John Smith, a senior Iranian diplomat, criticized Israel.');
  b.entity('js', 'John Smith', 'PERSON', null, null).mention('John Smith', 'js');
  assert.deepEqual(brief(code(b.doc)), ['IRNGOV→ISR 111']);
  // A participle after a possessive is attributive, so the apposition is read whole.
  const c = world('John Smith, Iran’s leading diplomat, criticized Israel.');
  c.entity('js', 'John Smith', 'PERSON', null, null).mention('John Smith', 'js');
  assert.deepEqual(brief(code(c.doc)), ['IRNGOV→ISR 111']);
  // An apposition that holds a clause says where the subject is, not who it is.
  const d = world('John Smith, a driver who lives in Tehran, criticized Israel.');
  d.entity('js', 'John Smith', 'PERSON', null, null).mention('John Smith', 'js');
  assert.deepEqual(code(d.doc), []);
});

test('a catenative the tagger reads as a noun after the comma closing an apposition is still the verb group', () => {
  assert.deepEqual(brief(run('Israel, like other states, plans to attack Syria.')), brief(run('Israel plans to attack Syria.')));
});

test('an object noun naming people gives the actor it is "of" or "from" its sector, past attributive participles', () => {
  assert.deepEqual(brief(run('Russia helped the two exiled dissidents from Syria.')), ['RUS→SYROPP 070']);
  assert.deepEqual(brief(run('Russia attacked the besieged soldiers of Syria.')), ['RUS→SYRMIL 190']);
  // A noun naming no people keeps force off its complement.
  assert.deepEqual(brief(run('Russia attacked the proclamation of Syria.')), ['RUS→undefined 190']);
});

test('a gerund after "for" names an activity even when the tagger reads "for" as a subordinator', () => {
  const b = world('Russia jailed a Syrian student for helping militants attack Israel.');
  const i = b.doc.tokens.findIndex((t) => t.text === 'for');
  b.doc.tokens[i]!.pos = 'SCONJ';
  assert.ok(!brief(code(b.doc)).some((e) => e.endsWith(' 070')));
});

test('coordinated peoples’ adjectives share the head noun of the last conjunct', () => {
  const b = world('Israel was attacked by Syrian and Iranian forces.');
  b.entity('if', 'Iranian forces', 'ORGANIZATION', 'IRNMIL', 'IRN').mention('Iranian forces', 'if', { kind: 'demonym', country: 'IRN', sectors: ['MIL'] });
  assert.deepEqual(brief(code(b.doc)).sort(), ['IRNMIL→ISR 190', 'SYRMIL→ISR 190']);
});

test('"called on X to V": a pattern that ends in its own target preposition finds the target after it', () => {
  assert.deepEqual(brief(run('Russia called on Syria to halt attacks.')), ['RUS→SYR 020']);
});

test('an intention spelled out by a verb without a pattern is aimed at that verb’s object or "to" phrase', () => {
  assert.deepEqual(brief(run('Iran threatened to punish Israel.')), ['IRN→ISR 130']);
  assert.deepEqual(brief(run('Iran threatened to deliver blows to Israel.')), ['IRN→ISR 130']);
  // Its own country is no partner.
  assert.deepEqual(brief(run('Syria’s president promised to democratize Syria.')).map((e) => e.split(' ')[0]!.split('→')[1]), ['undefined']);
});

test('an uncoded name after the role phrase that opens the sentence is coded by that phrase', () => {
  const b = world('Iran’s envoy, Sheikh Abu Karim criticized Israel.');
  b.entity('env', 'envoy', 'PERSON', 'IRNGOV', 'IRN').mention('envoy', 'env');
  b.entity('ak', 'Abu Karim', 'PERSON', null, null).mention('Abu Karim', 'ak');
  assert.deepEqual(brief(code(b.doc)), ['IRNGOV→ISR 111']);
});
