import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runUntil } from '../../testing/run-until.js';
import type { Doc } from '../../doc/schema.js';

const placeOf = (doc: Doc, text: string) => doc.places.find((p) => p.text === text);

test('capitals, countries and cities become places with country and coordinates; demonyms do not', () => {
  const doc = runUntil('Kenyan officials flew from Nairobi to Aleppo, in Syria.', 'places');
  assert.equal(placeOf(doc, 'Nairobi')?.country, 'KEN');
  assert.ok(Math.abs((placeOf(doc, 'Nairobi')?.lat ?? 0) - -1.29) < 0.1);
  assert.equal(placeOf(doc, 'Aleppo')?.country, 'SYR');
  assert.equal(placeOf(doc, 'Syria')?.feature, 'country');
  assert.equal(placeOf(doc, 'Kenyan'), undefined);
  assert.deepEqual(doc.focusCountries?.slice(0, 2).sort(), ['KEN', 'SYR']);
});

test('"City, Region" picks the town in that region over the famous one, and gives the region', () => {
  const doc = runUntil('A storm hit Paris, Texas, on Monday.', 'places');
  const paris = placeOf(doc, 'Paris')!;
  assert.equal(paris.country, 'USA');
  assert.equal(paris.regionCode, 'US-TX');
  assert.match(paris.reason ?? '', /Paris, Texas/);
  assert.equal(placeOf(doc, 'Texas')?.feature, 'region');
  // Without the region the largest Paris stands.
  assert.equal(placeOf(runUntil('A storm hit Paris on Monday.', 'places'), 'Paris')?.country, 'FRA');
});

test('the countries a text is about decide between places of one name', () => {
  assert.equal(placeOf(runUntil('Lebanese soldiers patrolled Tripoli after the clashes.', 'places'), 'Tripoli')?.country, 'LBN');
  assert.equal(placeOf(runUntil('Libyan militias fought in Tripoli overnight.', 'places'), 'Tripoli')?.country, 'LBY');
  const punjab = runUntil('Floods in Punjab reached the outskirts of Lahore.', 'places');
  assert.equal(placeOf(punjab, 'Punjab')?.country, 'PAK');
  assert.equal(placeOf(punjab, 'Punjab')?.feature, 'region');
});

test('a region named as a state is not the country of that name', () => {
  const doc = runUntil('Voters lined up across Georgia state, from Savannah to Atlanta.', 'places');
  assert.equal(placeOf(doc, 'Georgia')?.country, 'USA');
  assert.equal(placeOf(runUntil('Russian tanks entered Georgia near Tbilisi.', 'places'), 'Georgia')?.country, 'GEO');
});

test('a capital that acts is marked metonymic; one where something happens is not', () => {
  const acting = placeOf(runUntil('Washington imposed new tariffs on steel.', 'places'), 'Washington')!;
  assert.equal(acting.country, 'USA');
  assert.equal(acting.metonymic, true);
  assert.equal(placeOf(runUntil("Seoul's ambassador protested.", 'places'), 'Seoul')?.metonymic, true);
  assert.equal(placeOf(runUntil('Protesters marched in Seoul.', 'places'), 'Seoul')?.metonymic, false);
});

test('names that are not places here: a person named in full, an outlet, an acronym', () => {
  const doc = runUntil('Michael Jordan scored 30 points. Jordan smiled. The Washington Post reported it, the UN said.', 'places');
  assert.deepEqual(doc.places.map((p) => p.text), []);
});

test('seas, landmarks and names the packages lack come from the reviewed file', () => {
  const doc = runUntil('The tanker left the Strait of Hormuz for Baghdad International Airport, then Bombay.', 'places');
  assert.equal(placeOf(doc, 'Strait of Hormuz')?.country, null);
  assert.equal(placeOf(doc, 'Strait of Hormuz')?.feature, 'water');
  assert.equal(placeOf(doc, 'Baghdad International Airport')?.feature, 'landmark');
  assert.equal(placeOf(doc, 'Bombay')?.name, 'Mumbai');
});

test('an event gets the location the text gives, with coordinates; a metonymic capital gives none', () => {
  const doc = runUntil('The Russian envoy arrived in Tehran on Wednesday. Washington criticized Iran.', 'events', '2018-07-20');
  const arrival = doc.events.find((e) => e.place === 'Tehran');
  assert.ok(arrival, 'the arrival is located');
  assert.equal(arrival.location?.country, 'IRN');
  assert.ok(Math.abs((arrival.location?.lat ?? 0) - 35.69) < 0.1);
  for (const e of doc.events) assert.notEqual(e.place, 'Washington');
});

test('bad input: no text, no places; a place name alone is resolved', () => {
  assert.deepEqual(runUntil('...', 'places').places, []);
  assert.equal(runUntil('Kabul', 'places').places[0]?.country, 'AFG');
});

test('a word that names institutions is no town, even after a preposition', () => {
  const doc = runUntil('The bill passed in Congress on Tuesday, senators said.', 'places');
  assert.equal(placeOf(doc, 'Congress'), undefined);
});

test('an entity whose every mention is a located region becomes a location in its country', () => {
  const doc = runUntil('Voters in North Carolina went to the polls. North Carolina has 15 electoral votes.', 'places');
  const e = doc.entities.find((x) => x.name === 'North Carolina');
  assert.equal(e?.type, 'LOCATION');
  assert.equal(placeOf(doc, 'North Carolina')?.country, 'USA');
});

test('a location the entity layer found takes the country of the place it resolved to', () => {
  const doc = runUntil('The plane landed in Omsk after the pilot reported a medical emergency over Siberia.', 'places');
  const e = doc.entities.find((x) => x.name === 'Omsk');
  assert.equal(e?.type, 'LOCATION');
  assert.equal(e?.country, 'RUS');
  assert.equal(e?.actor, 'RUS');
});

test('state actors the text ties to no country belong to the one country the article is about', () => {
  const text = 'Protesters marched through Santiago on Monday. The police fired tear gas near the palace in Santiago, Chile. ' +
    'Later, the police said 40 people were arrested. The opposition called for calm.';
  const doc = runUntil(text, 'places');
  assert.deepEqual(doc.focusCountries, ['CHL']);
  assert.equal(doc.entities.find((x) => x.name === 'opposition')?.actor, 'CHLOPP');
  // Named in a sentence about another country: left for the events layer to place.
  const doc2 = runUntil(text + ' In Lima, Peru, the police watched the border.', 'places');
  assert.equal(doc2.entities.find((x) => x.name === 'police')?.country ?? null, null);
});

test('a small town matched only by dropping its diacritics is no place where the entity layer saw none', () => {
  const doc = runUntil('The governor tweeted: "Today I signed the act. Every life is a sacred gift from God." Then she flew from Sao Paulo to Malmo.', 'places');
  assert.equal(placeOf(doc, 'God'), undefined);
  assert.equal(placeOf(doc, 'Sao Paulo')?.country, 'BRA');
  assert.equal(placeOf(doc, 'Malmo')?.country, 'SWE');
});

test('a place a nationality names is no place of that country; a word going on a place\'s name is no second place', async () => {
  const doc = runUntil('A mother called the police in Kamloops, British Columbia, on Sunday.', 'places');
  assert.equal(doc.entities.find((e) => e.name === 'British Columbia')?.country, 'CAN');
  // The recognizer sometimes takes a town's police for a location: "Police" is then no town in Poland.
  const { places } = await import('./index.js');
  const { loadKb } = await import('../../kb/kb.js');
  const misread = runUntil('The drugs were found in the park, according to Kamloops Police.', 'resolve');
  const m = misread.mentions.find((x) => x.text === 'Kamloops Police');
  assert.ok(m);
  m.type = 'LOCATION';
  places.run(misread, loadKb());
  assert.equal(misread.places.some((p) => p.text === 'Police'), false);
});

test('a name among several regions of one country is one more of them, not a town or a country of that name', () => {
  const doc = runUntil('The program now serves households in Alabama, Alaska, Arizona, Delaware, Maryland, Ohio, Nevada and Georgia.', 'places');
  for (const name of ['Delaware', 'Nevada', 'Georgia']) {
    assert.equal(placeOf(doc, name)?.feature, 'region', name);
    assert.equal(placeOf(doc, name)?.country, 'USA', name);
  }
  // Words that place a name inside a longer one leave it a place.
  const inside = runUntil('Troops moved into Northern Syria, and warnings went out for County Galway.', 'places');
  assert.equal(placeOf(inside, 'Syria')?.country, 'SYR');
  assert.equal(placeOf(inside, 'Galway')?.country, 'IRL');
});

test('a state actor with a second, private sector still belongs to the country the article is about', () => {
  const text = 'Voters in Ohio went to the polls on Tuesday. Senator Mara Quill won in Ohio again. ' +
    'Quill, formerly a professor at a law school, thanked the voters of Ohio.';
  const doc = runUntil(text, 'places');
  const quill = doc.entities.find((x) => x.name === 'Mara Quill');
  assert.deepEqual(quill?.sectors.slice().sort(), ['EDU', 'LEG']);
  assert.equal(quill?.actor, 'USALEG');
});

test('a knowledge base extended with actors shares the places gazetteer instead of loading it again', async () => {
  const { loadKb, extendKb } = await import('../../kb/kb.js');
  const { gazetteerFor } = await import('./model/gazetteer.js');
  const kb = loadKb();
  const extended = extendKb(kb, { actors: [{ name: 'Amara Okafor', country: 'NGA', roles: [] }], organizations: [] });
  assert.notEqual(extended, kb);
  assert.equal(gazetteerFor(extended), gazetteerFor(kb));
});

test('a seat of power standing for a government is no town of that name, nor is a word of it', () => {
  const doc = runUntil('The White House and Downing Street disagreed; Moscow stayed silent.', 'places');
  assert.equal(placeOf(doc, 'White House'), undefined); // a town in Tennessee
  assert.equal(placeOf(doc, 'Street'), undefined); // a town in England
  assert.equal(placeOf(doc, 'Moscow')?.country, 'RUS');
});

test('a country\'s other-language names that are English words or people\'s names name no country ("Island", "Mann", "Dominique")', () => {
  const doc = runUntil('Thomas Mann and Dominique Martin sailed from Rhode Island to Andros Island.', 'places');
  for (const e of doc.entities) assert.ok(!['ISL', 'IMN', 'DMA'].includes(e.country ?? ''), `${e.name}: ${e.country}`);
  for (const p of doc.places) assert.ok(!['ISL', 'IMN', 'DMA'].includes(p.country ?? ''), `${p.text}: ${p.country}`);
  assert.equal(placeOf(doc, 'Rhode Island')?.country, 'USA');
  // The reviewed names still stand: the country itself.
  assert.equal(runUntil('Iceland and Dominica voted.', 'places').places.find((p) => p.text === 'Iceland')?.country, 'ISL');
});

test('names joined by "and" are places of one kind, unless the list they close mixes kinds', () => {
  const border = runUntil('Smugglers crossed the border between New York State and Quebec at night.', 'places');
  assert.equal(placeOf(border, 'Quebec')?.feature, 'region');
  const states = runUntil('A bill in Texas joins Georgia and Florida in restricting the practice.', 'places');
  assert.equal(placeOf(states, 'Georgia')?.country, 'USA');
  const talks = runUntil('Talks between Georgia and Armenia resumed in Tbilisi.', 'places');
  assert.equal(placeOf(talks, 'Georgia')?.country, 'GEO');
});

test('a bare name listed after a place is one more place, though no preposition places it', () => {
  const doc = runUntil('The declaration covers Williamson, Wilson and Bedford counties.', 'places');
  const bedford = doc.entities.find((e) => e.name === 'Bedford');
  assert.equal(bedford?.type, 'LOCATION');
  assert.equal(bedford?.country, 'USA');
});

test('a region that acts is still a place when a list or its name places it', () => {
  const doc = runUntil('Texas held its primary. Ohio, Kansas, and Vermont made the same decision on Monday.', 'places');
  const vermont = doc.entities.find((e) => e.name === 'Vermont');
  assert.equal(vermont?.type, 'LOCATION');
  assert.equal(vermont?.country, 'USA');
});
