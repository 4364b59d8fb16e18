import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runUntil } from '../../testing/run-until.js';
import type { Mention } from '../../doc/schema.js';
import { mergeRecognized } from './recognized.js';

const names = (text: string) =>
  runUntil(text, 'entities')
    .mentions.filter((m) => m.kind !== 'pronoun' && m.kind !== 'title')
    .map((m) => `${m.text}/${m.type}`);

test('an organization named "Centre for …", "Institute of … and …" is one name, not split at its connector', () => {
  const out = names('The report came from the Harwick Centre for Coastal Flood Analysis on Friday.');
  assert.ok(out.includes('Harwick Centre for Coastal Flood Analysis/ORGANIZATION'), out.join(', '));
  const and = names('Officials of the Tarrow Institute of Volcanology and Seismology gave a warning.');
  assert.ok(and.includes('Tarrow Institute of Volcanology and Seismology/ORGANIZATION'), and.join(', '));
  const plural = names('The Centers for Soil Control and Prevention issued guidance.');
  assert.ok(plural.includes('Centers for Soil Control and Prevention/ORGANIZATION'), plural.join(', '));
});

test('"and" after a connector does not join a second organization, a place or a person', () => {
  const two = names('The Ministry of Health and the Ministry of Defence agreed.');
  assert.ok(two.includes('Ministry of Health/ORGANIZATION') && two.includes('Ministry of Defence/ORGANIZATION'), two.join(', '));
  const place = names('Scientists from the University of Kelso and Marwick Shark Expeditions took part.');
  assert.ok(!place.some((x) => x.startsWith('University of Kelso and')), place.join(', '));
  const person = names('The Department of Agriculture and Chris Holloway reviewed the plan.');
  assert.ok(!person.some((x) => x.includes('and Chris')), person.join(', '));
});

test('a title word that heads a name joined by a connector is no title: "Party for Socialism and Liberation"', () => {
  const out = names('He was the nominee of the Party for Socialism and Liberation in that year.');
  assert.ok(!out.some((x) => x.endsWith('/PERSON')), out.join(', '));
});

test('a journal after "published … in" is an outlet, not a place; a month there is a time', () => {
  const out = names('In findings published Tuesday in Marine Frontiers Letters, researchers described the reef.');
  assert.ok(out.includes('Marine Frontiers Letters/MEDIA'), out.join(', '));
  const the = names('The survey was published on Monday in The Quillon, a medical weekly.');
  assert.ok(out.length && the.includes('The Quillon/MEDIA'), the.join(', '));
  const month = names('The rules were published in October after a long review.');
  assert.ok(!month.some((x) => x.endsWith('/MEDIA')), month.join(', '));
  const cue = names('The paper in the journal Ocean Letters said so.');
  assert.ok(cue.includes('Ocean Letters/MEDIA'), cue.join(', '));
});

test('an outlet named with "Magazine" or "Reporter", or opened by a nationality, is an outlet', () => {
  const out = names('The biologist told Discover Magazine that the find was rare.');
  assert.ok(out.includes('Discover Magazine/MEDIA'), out.join(', '));
  const nat = names('The minister was quoted by Greek Reporter on Sunday.');
  assert.ok(nat.includes('Greek Reporter/MEDIA'), nat.join(', '));
  // A longer name after the nationality is not cut at the outlet word.
  const longer = names('The Iraqi News Agency reported the attack.');
  assert.ok(!longer.includes('Iraqi News/MEDIA'), longer.join(', '));
});

test('one word after a title\'s "of" is its domain, not its holder: "Governor of Colorado", "House of Commons"', () => {
  const gov = names('She ran for Governor of Nebraska in 2018 and lost.');
  assert.ok(!gov.some((x) => x.endsWith('/PERSON')), gov.join(', '));
  const house = names('Members of the House of Commons protested loudly.');
  assert.ok(!house.some((x) => x.endsWith('/PERSON')), house.join(', '));
  // The holder after a place, or named in full, is still a titled person.
  const holder = names('The Foreign Minister of Chad Anton Kessel arrived.');
  assert.ok(holder.includes('Anton Kessel/PERSON'), holder.join(', '));
});

test('a word that only modifies a title ("Foreign", "House") is no title before a name', () => {
  const out = names('The chair of the House Oversight panel and the Foreign Affairs committee met.');
  assert.ok(!out.some((x) => x === 'Oversight/PERSON' || x === 'Affairs/PERSON'), out.join(', '));
  const vp = names('Former Vice-President Halbrook won ten states.');
  assert.ok(vp.some((x) => x.includes('Halbrook') && x.endsWith('/PERSON')), vp.join(', '));
  const speaker = names('The Speaker of the House Nora Pellin spoke.');
  assert.ok(speaker.includes('Nora Pellin/PERSON'), speaker.join(', '));
});

const resolved = (text: string) => runUntil(text, 'resolve');

test('a given name outside the English lists, alone after the full name a title gave, is that person', () => {
  const doc = resolved('Transport Minister Gurpal Singh Bedi said ten people died. Gurpal also stated that the recorders were found.');
  const alone = doc.mentions.find((m) => m.text === 'Gurpal');
  assert.equal(alone?.type, 'PERSON', JSON.stringify(doc.mentions.map((m) => `${m.text}/${m.type}/${m.rule}`)));
});

test('a short title in capitals before a name the article gives in full is no organization; a ship named after someone stays', () => {
  const doc = resolved('Veska Ardalani is a chess player. IM Veska Ardalani grew up in Tehran. Veska Ardalani said she trains online.');
  const titled = doc.mentions.filter((m) => m.text.includes('Ardalani'));
  assert.ok(titled.every((m) => m.type === 'PERSON'), titled.map((m) => `${m.text}/${m.type}`).join(', '));
  const ship = resolved('Sailors rescued them. Olav Brekke said the MV Olav Brekke docked. Olav Brekke waved.');
  assert.ok(!ship.mentions.some((m) => m.text === 'Olav Brekke' && m.start === ship.text.indexOf('MV Olav') + 3 && m.rule === 'ner:person-name'));
});

test('a storm is named like a person, and its name alone later is the storm, not someone', () => {
  const doc = runUntil('Hurricane Odalys reached the islands on Monday. Odalys was moving north, and forecasters said Odalys would weaken.', 'entities');
  const odalys = doc.mentions.filter((m) => m.text.includes('Odalys'));
  assert.ok(odalys.length >= 2 && odalys.every((m) => m.type === 'MISC'), odalys.map((m) => `${m.text}/${m.type}`).join(', '));
  // "Storm Area 51" storms a place: a word the article writes in lowercase is no storm's name.
  const area = runUntil('Fans planned to Storm Area 51 in July. The area is guarded.', 'entities');
  assert.ok(!area.mentions.some((m) => m.text === 'Area' && m.rule === 'name:storm'));
});

test('the same surroundings repeated count once when a name is typed two ways (an interview\'s speaker labels)', async () => {
  const { retypeNameParts } = await import('../resolve/persons.js');
  const { loadKb } = await import('../../kb/kb.js');
  const text = 'Teodora Vasquel won, and Teodora Vasquel said so. Teodora Vasquel smiled. ((Teodora Vasquel)) Fine. ((Teodora Vasquel)) Rest. ((Teodora Vasquel)) Tired. ((Teodora Vasquel)) Yes.';
  const mentions: Mention[] = [];
  for (let at = text.indexOf('Teodora'); at >= 0; at = text.indexOf('Teodora', at + 1)) {
    const label = text[at - 1] === '(';
    mentions.push({ start: at, end: at + 15, text: 'Teodora Vasquel', entity: null, type: label ? 'ORGANIZATION' : 'PERSON', kind: 'name', rule: label ? 'ner:organization' : 'ner:person' } as Mention);
  }
  retypeNameParts({ text, mentions } as unknown as Parameters<typeof retypeNameParts>[0], loadKb());
  assert.ok(mentions.every((m) => m.type === 'PERSON'), mentions.map((m) => m.type).join(', '));
  // Without the repeated labels counted once, four organization mentions would outvote three person ones.
});

test('an organization whose head alone the recognizer keeps is named by the whole run: "Constitutional Court"', () => {
  const out = names("In 2017, the country's Constitutional Court ruled on the matter.");
  assert.ok(out.includes('Constitutional Court/ORGANIZATION'), out.join(', '));
  const storm = runUntil('The National Hurricane Center said the storm would weaken.', 'entities');
  assert.ok(!storm.mentions.some((m) => m.rule === 'name:storm'), storm.mentions.map((m) => `${m.text}/${m.rule}`).join(', '));
});

test('a lone word taken for a person that opens a company\'s name, or that things are posted on, is the organization', async () => {
  const { retypeLonePersons } = await import('../resolve/persons.js');
  const { loadKb } = await import('../../kb/kb.js');
  const text = 'Kestrel Motor Company recalled cars. Kestrel said the fault was rare. The mayor wrote on Chirpnet that she agreed. Talks were held on Crete. Ana Kestrel smiled.';
  const m = (s: string, from = 0): Mention => {
    const at = text.indexOf(s, from);
    return { start: at, end: at + s.length, text: s, entity: null, type: 'PERSON', kind: 'name', rule: 'ner:person' } as Mention;
  };
  const company = { ...m('Kestrel Motor Company'), type: 'ORGANIZATION' as const, rule: 'ner:organization' };
  const kestrel = m('Kestrel', 30);
  const chirpnet = m('Chirpnet');
  const crete = m('Crete');
  retypeLonePersons({ text, mentions: [company, kestrel, chirpnet, crete] } as unknown as Parameters<typeof retypeLonePersons>[0], loadKb());
  assert.equal(kestrel.type, 'ORGANIZATION');
  assert.equal(chirpnet.type, 'ORGANIZATION');
  assert.equal(crete.type, 'PERSON', 'a place after "on" is left to the recognizer');
  // The word of a person's full name in the article stays a person.
  const ana = { ...m('Ana Kestrel'), rule: 'ner:person' };
  const again = m('Kestrel', 30);
  retypeLonePersons({ text, mentions: [company, again, ana] } as unknown as Parameters<typeof retypeLonePersons>[0], loadKb());
  assert.equal(again.type, 'PERSON');
});

test('a platform things are posted on, taken for a place, is an organization; life on a planet is not posted', async () => {
  const { retypeLonePersons } = await import('../resolve/persons.js');
  const { loadKb } = await import('../../kb/kb.js');
  const text = 'The minister wrote on Chirpnet that talks failed. Life may exist on Ossara, they said.';
  const loc = (s: string): Mention => {
    const at = text.indexOf(s);
    return { start: at, end: at + s.length, text: s, entity: null, type: 'LOCATION', kind: 'name', rule: 'ner:location' } as Mention;
  };
  const chirpnet = loc('Chirpnet');
  const ossara = loc('Ossara');
  retypeLonePersons({ text, mentions: [chirpnet, ossara] } as unknown as Parameters<typeof retypeLonePersons>[0], loadKb());
  assert.equal(chirpnet.type, 'ORGANIZATION');
  assert.equal(ossara.type, 'LOCATION');
});

test('a place named "New …" after a country is not in that country', () => {
  const text = 'Voters in New Jersey went to the polls.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const jersey = { ...at('Jersey'), text: 'Jersey', entity: null, type: 'COUNTRY' as const, kind: 'name' as const, rule: 'gazetteer:country', country: 'JEY' };
  const out = mergeRecognized({ text } as Parameters<typeof mergeRecognized>[0], [jersey as Mention], [{ ...at('New Jersey'), type: 'LOCATION' }]);
  assert.deepEqual(out.map((m) => `${m.text}/${m.type}/${m.country ?? '-'}`), ['New Jersey/LOCATION/-']);
});

test('a name particle after a title is part of the name: "Mr. van Leeuwen"', () => {
  const out = names('Mr. Sullivan and Mr. van Rensvoort discussed cooperation.');
  assert.ok(out.includes('van Rensvoort/PERSON'), out.join(', '));
});

test('a name opening a sentence with a role or a noun for a person in apposition is that person, given name and all', () => {
  const goel = names('The vote ended late.\nVijay Tandel, a member of the Rajya Sabha, said, "He was an excellent speaker."');
  assert.ok(goel.includes('Vijay Tandel/PERSON'), goel.join(', '));
  const sinha = names('Vijay Sinha, a member of the state assembly, said the plan was sound.');
  assert.ok(sinha.includes('Vijay Sinha/PERSON'), sinha.join(', '));
  // The apposition counts though the surname comes back later (which alone says less).
  const again = names('The vote ended late. Vijay Tandel, a member of the Rajya Sabha, said it was fair. Tandel left.');
  assert.ok(again.includes('Vijay Tandel/PERSON'), again.join(', '));
  // A word that opens the sentence before a name is not part of it for a speech verb alone.
  const broker = names('Broker Khalil Ahmed said the market would rise.');
  assert.ok(!broker.some((x) => x.startsWith('Broker')), broker.join(', '));
});

test('"New Jersey" is the state, whatever cuts "New" off, and a compound adjective of it is left alone', () => {
  const doc = runUntil('New Jersey had the lowest rate. The then-New Jersey Governor spoke, and the Jersey ferry left.', 'resolve');
  const states = doc.mentions.filter((m) => m.text === 'New Jersey');
  assert.equal(states.length, 2, doc.mentions.map((m) => m.text).join(', '));
  for (const m of states) assert.equal(m.country, 'USA');
  assert.ok(!doc.mentions.some((m) => m.text === 'Jersey' && m.start < doc.text.indexOf('ferry') - 10));
});

test('police and military ranks are titles, not part of the name they stand before', () => {
  const out = names('Detective Constable Marek Dubé of the Harlow Police said the suspect fled.');
  assert.ok(out.includes('Marek Dubé/PERSON'), out.join(', '));
  const rank = names('Lieutenant Odell Varga led his men up the hill.');
  assert.ok(rank.includes('Odell Varga/PERSON'), rank.join(', '));
});

test('a name after a personal honorific is a person, and a role ends at its sentence', () => {
  const doc = runUntil('The court has found that Mme Ortalle did not lie. Emily Ortalle was relieved.', 'resolve');
  assert.deepEqual(doc.entities.map((e) => `${e.name}/${e.type}`), ['Emily Ortalle/PERSON']);
  const call = runUntil('Security Advisor Dan Welker spoke today with Dr. Arvo Tamm, National Security Advisor of Estonia. Mr. Welker welcomed the strong ties.', 'resolve');
  assert.equal(call.entities.find((e) => e.name === 'Arvo Tamm')?.actor, 'ESTGOV');
  assert.notEqual(call.entities.find((e) => e.name === 'Dan Welker')?.country, 'EST');
});

test('a nationality spoken or written in is a language, no country acting', () => {
  const said = runUntil('She told the clerk, in Spanish and English, that the car was hers.', 'entities');
  assert.deepEqual(said.mentions.filter((m) => m.text === 'Spanish' || m.text === 'English').map((m) => `${m.text}/${m.type}/${m.country ?? ''}`), ['Spanish/MISC/', 'English/MISC/']);
  const waters = runUntil('Ships sailed in Spanish and British waters.', 'entities');
  assert.equal(waters.mentions.find((m) => m.text === 'Spanish')?.country, 'ESP');
});
