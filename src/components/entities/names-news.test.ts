import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runUntil } from '../../testing/run-until.js';

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
