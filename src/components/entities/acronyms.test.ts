import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runUntil } from '../../testing/run-until.js';

const text =
  'Scientists at the Coastal Institute for Research in Marine Sciences (CIRMS) and the Veloran Union of Weavers (VUW) spoke. ' +
  'Later CIRMS said the VUW would strike. The Automatic Tracking System (ATS) failed, a Member of Parliament (MP) said.';

test('an acronym defined in the text: its long form is one mention, and the short form is that actor', () => {
  const doc = runUntil(text, 'resolve');
  const long = doc.mentions.find((m) => m.text === 'Coastal Institute for Research in Marine Sciences');
  assert.equal(long?.type, 'ORGANIZATION');
  assert.ok(!doc.mentions.some((m) => m.start > long!.start && m.end <= long!.end), 'no piece of the long form is left');
  const cirms = doc.mentions.filter((m) => m.text === 'CIRMS');
  assert.equal(cirms.length, 2);
  for (const m of cirms) assert.equal(m.entity, long!.entity);
  const entity = doc.entities.find((e) => e.id === long!.entity)!;
  assert.equal(entity.name, 'Coastal Institute for Research in Marine Sciences');
});

test('the letters must spell the long form from a word start; titles are left alone', () => {
  const doc = runUntil(text, 'resolve');
  const weavers = doc.mentions.find((m) => m.text === 'Veloran Union of Weavers');
  assert.ok(weavers);
  for (const m of doc.mentions.filter((x) => x.text === 'VUW')) assert.equal(m.entity, weavers.entity);
  assert.ok(!doc.mentions.some((m) => m.text === 'Member of Parliament' && m.type === 'ORGANIZATION'));
  assert.ok(!doc.mentions.some((m) => m.text === 'MP' && m.canonical === 'Member of Parliament'));
});

test('a long form never starts with a person\'s name', () => {
  const doc = runUntil('Our reporter Ann Lee (AL) met the mayor.', 'entities');
  assert.equal(doc.mentions.find((m) => m.text === 'Ann Lee')?.type, 'PERSON');
  assert.ok(!doc.mentions.some((m) => m.rule === 'name:acronym-definition'));
});

test('a long form may list its words with commas, and pieces that ran into the parenthesis or took the article are cut', async () => {
  const { defineAcronyms } = await import('./acronyms.js');
  const { loadKb } = await import('../../kb/kb.js');
  const listed = runUntil('Inspectors of the Office of Roads, Harbours and Lighthouses (ORHL) left. The ORHL said nothing.', 'resolve');
  const long = listed.mentions.find((m) => m.text === 'Office of Roads, Harbours and Lighthouses');
  assert.equal(long?.type, 'ORGANIZATION');
  for (const m of listed.mentions.filter((x) => x.text === 'ORHL')) assert.equal(m.entity, long!.entity);
  // Pieces as a recognizer may cut them: one opens with "The", one runs on into "(".
  const text2 = 'The Tarvel Board of Canal, Dyke and Sluice Works (TBCDSW) met. TBCDSW agreed.';
  const doc = runUntil(text2, 'tag');
  const piece = (s: string, type: 'ORGANIZATION' | 'LOCATION') => {
    const start = text2.indexOf(s);
    return { start, end: start + s.length, text: s, entity: null, type, kind: 'name' as const, rule: 'ner:x' };
  };
  const out = defineAcronyms(doc, loadKb(), [piece('The Tarvel Board of Canal', 'ORGANIZATION'), piece('Sluice Works (TBCDSW', 'LOCATION')]);
  const whole = out.find((m) => m.rule === 'name:acronym-definition');
  assert.equal(whole?.text, 'Tarvel Board of Canal, Dyke and Sluice Works');
  assert.equal(out.filter((m) => m.text === 'TBCDSW' && m.canonical === whole!.text).length, 2);
  assert.ok(!out.some((m) => m.text.includes('(')));
});

test('a short form the knowledge base knows names the long form the text gives', () => {
  const doc = runUntil('Delegates of the Institute for Atomic Energy Affairs (IAEA) came; the IAEA said so.', 'resolve');
  const long = doc.mentions.find((m) => m.text === 'Institute for Atomic Energy Affairs');
  assert.equal(long?.code, 'IGOUNO');
  assert.equal(doc.entities.find((e) => e.id === long!.entity)?.actor, 'IGOUNO');
});

test('a short form may skip the head of its name and a word of a list: the whole name is the long form', () => {
  const doc = runUntil(
    'The Office of Salt, Grain, Timber and Dyes (SGT) fined the traders. The Ministry of Fisheries and Coastal Affairs (FCA) agreed. ' +
      'Later the SGT and the FCA met.',
    'resolve',
  );
  const office = doc.mentions.find((m) => m.text === 'Office of Salt, Grain, Timber and Dyes');
  assert.equal(office?.type, 'ORGANIZATION');
  for (const m of doc.mentions.filter((x) => x.text === 'SGT')) assert.equal(m.entity, office!.entity);
  const ministry = doc.mentions.find((m) => m.text === 'Ministry of Fisheries and Coastal Affairs');
  assert.ok(ministry, 'the head and "of" before the letters belong to the name');
  for (const m of doc.mentions.filter((x) => x.text === 'FCA')) assert.equal(m.entity, ministry.entity);
});

test('one word gives the short form\'s first letter once: "Human Services" is no HHS', () => {
  const doc = runUntil('The unit of Human Services (HHS) opened.', 'entities');
  assert.notEqual(doc.mentions.find((m) => m.text === 'HHS')?.canonical, 'Human Services');
});
