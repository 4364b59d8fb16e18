import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runUntil } from '../../testing/run-until.js';
import { isSpellingVariant } from './names.js';
import { nameBounds } from './recognized.js';
import { sectorsOf } from './roles.js';
import { loadKb } from '../../kb/kb.js';

const mention = (doc: ReturnType<typeof runUntil>, text: string) => doc.mentions.find((m) => m.text === text);

test('known phrases: countries, demonyms, capitals, seats of government, organizations, outlets', () => {
  const doc = runUntil('French troops left Bamako as the Elysee and NATO met. Reuters and the Daily Sentinel reported it.', 'entities');
  assert.equal(mention(doc, 'French')?.kind, 'demonym');
  assert.equal(mention(doc, 'French')?.country, 'FRA');
  assert.equal(mention(doc, 'Bamako')?.country, 'MLI');
  assert.equal(mention(doc, 'Elysee')?.kind, 'metonym');
  assert.equal(mention(doc, 'NATO')?.code, 'IGOWSTNAT');
  assert.equal(mention(doc, 'Reuters')?.type, 'MEDIA');
  assert.equal(mention(doc, 'Daily Sentinel')?.type, 'MEDIA');
});

test('people: titles are stripped from the name and kept as the role', () => {
  const doc = runUntil('Prime Minister Kofi Mensah of Ghana spoke with Mayor Lina Ortiz.', 'entities');
  const kofi = mention(doc, 'Kofi Mensah');
  assert.equal(kofi?.type, 'PERSON');
  assert.equal(kofi?.role?.text, 'Prime Minister');
  assert.deepEqual(kofi?.sectors, ['GOV']);
  assert.equal(mention(doc, 'Lina Ortiz')?.type, 'PERSON');
});

test('organizations and people the knowledge base does not know; a capitalized common word is no name', () => {
  const doc = runUntil('The Patriotic Workers Party met. Later Amaka Okafor said the vote was fair, and Okafor left. Analysts say the deal is fragile. Tensions remain high.', 'entities');
  assert.equal(mention(doc, 'Patriotic Workers Party')?.type, 'ORGANIZATION');
  assert.equal(mention(doc, 'Amaka Okafor')?.type, 'PERSON');
  assert.equal(mention(doc, 'Okafor')?.type, 'PERSON');
  assert.equal(mention(doc, 'Later Amaka Okafor'), undefined);
  // "Analysts" is a group that speaks (a group noun), never a name.
  assert.notEqual(mention(doc, 'Analysts')?.kind, 'name');
  assert.equal(mention(doc, 'Tensions'), undefined);
});

test('all-caps acronyms must match case: "us" is not the United States', () => {
  const doc = runUntil('He told us the US would act.', 'entities');
  assert.equal(mention(doc, 'us'), undefined);
  assert.equal(mention(doc, 'US')?.country, 'USA');
});

test('a short acronym of the knowledge base matches only in capitals: "Who" and "Is" are words, "WHO" the organization', () => {
  const doc = runUntil('Who would do that? Is it true? The WHO and the IS were named.', 'entities');
  assert.equal(mention(doc, 'Who'), undefined);
  assert.equal(mention(doc, 'Is'), undefined);
  assert.equal(mention(doc, 'WHO')?.type, 'ORGANIZATION');
  assert.equal(mention(doc, 'IS')?.type, 'ORGANIZATION');
});

test('a role in apposition attaches to the person; a role alone is a title mention', () => {
  const doc = runUntil('Ivan Petrov, Bulgaria’s ambassador to Chile, met the minister.', 'entities');
  assert.equal(mention(doc, 'Ivan Petrov')?.role?.text, 'Bulgaria’s ambassador to Chile');
  assert.equal(mention(doc, 'minister')?.kind, 'title');
});

test('a role in apposition after an adverb, or before a name with an honorific, is that person\'s; hyphenated titles stay whole', () => {
  const doc = runUntil('Dr. Lena Marsh, formerly the director of the Kenya Wildlife Service, spoke first. The agency\'s director, Dr. Omar Haddad, spoke next. ' +
    'Pia Lund, the Director-General of the agency, and the state attorneys general disagreed.', 'resolve');
  assert.equal(mention(doc, 'Lena Marsh')?.role?.text, 'the director of the Kenya Wildlife Service');
  assert.equal(mention(doc, 'Omar Haddad')?.role?.text, 'The agency\'s director');
  assert.equal(doc.mentions.some((m) => m.kind === 'title' && m.roleHead === 'director'), false);
  assert.equal(mention(doc, 'Pia Lund')?.role?.text, 'the Director-General of the agency');
  assert.equal(doc.entities.some((e) => e.name === 'General'), false);
  const ags = doc.entities.find((e) => e.name.endsWith('attorneys general'));
  assert.equal(ags?.type, 'ORGANIZATION');
  assert.deepEqual(ags?.sectors, ['JUD']);
});

test('a role runs on through a name the tagger read a verb or "and" in', () => {
  const doc = runUntil('The executive director of the Ask Wellness Society, Bo Hughes, spoke. Lee Park, the mayor of South Bend, and the chair of the House Oversight and Reform Committee agreed.', 'entities');
  assert.equal(mention(doc, 'Bo Hughes')?.role?.text, 'The executive director of the Ask Wellness Society');
  assert.equal(mention(doc, 'Lee Park')?.role?.text, 'the mayor of South Bend');
  assert.ok(doc.mentions.some((m) => m.role?.text === 'the chair of the House Oversight and Reform Committee'));
});

test('two roles joined by "and" are one person\'s role; a bare role after a preposition is what someone runs for', () => {
  const doc = runUntil('The post was about Vera Lind, the then chair and spokesperson for the Greens. After Deputy Prime Minister for Finance and Minister of Economy Karol Hanus resigned, the party nominated activist Jon Myers for president and professor Maria Lopez for vice president.', 'entities');
  assert.equal(mention(doc, 'Vera Lind')?.role?.text, 'the then chair and spokesperson for the Greens');
  assert.equal(mention(doc, 'Karol Hanus')?.role?.text, 'Deputy Prime Minister for Finance and Minister of Economy');
  assert.equal(mention(doc, 'Karol Hanus')?.roleHead, 'minister');
  assert.equal(mention(doc, 'Maria Lopez')?.role?.text, 'professor');
});

test('a romanized given name keeps its lowercase syllable after the hyphen; a compound modifier does not join a name', () => {
  const doc = runUntil('Superintendent Mei Chan Wai-kit said the Tam-led unit was ready. Wen Li Jun-era rules stood.', 'entities');
  assert.ok(doc.mentions.some((m) => m.text === 'Mei Chan Wai-kit' && m.type === 'PERSON'));
  assert.equal(doc.mentions.some((m) => m.text.endsWith('Jun-era') && m.type === 'PERSON'), false);
});

test('a role word that modifies the noun after it names nobody; one before a name or a noun for a person still does', () => {
  const doc = runUntil('The rules changed before official publication. An official said the general election was close. The general manager, Tomas Reyes, quit.', 'entities');
  const officials = doc.mentions.filter((m) => m.text === 'official');
  assert.equal(officials.length, 1);
  assert.equal(officials[0]!.type, 'PERSON');
  assert.ok(officials[0]!.start > doc.text.indexOf('publication'));
  assert.equal(doc.mentions.find((m) => m.text === 'general' && m.start < doc.text.indexOf('election')), undefined);
  assert.equal(mention(doc, 'Tomas Reyes')?.type, 'PERSON');
});

test('spelling variants of names', () => {
  assert.ok(isSpellingVariant('Gaddafi', 'Qadhafi'));
  assert.ok(isSpellingVariant('Dzhugashvili', 'Djugashvili'));
  assert.ok(isSpellingVariant('Mohammadi', 'Mohamadi'));
  assert.ok(!isSpellingVariant('Johnson', 'Jackson'));
  // i and y for one vowel are one name spelled two ways, as in transliterations (Yuri, Iuri).
  assert.ok(isSpellingVariant('Smith', 'Smyth'));
  assert.ok(!isSpellingVariant('Smith', 'Smart'));
});

test('a role phrase gives the sector of its longest phrase: an opposition leader is no government leader', () => {
  const kb = loadKb();
  assert.deepEqual(sectorsOf('russian opposition leader', kb), ['OPP']);
  assert.deepEqual(sectorsOf('the leader', kb), ['GOV']);
});

test('outlets by their words: a head that is a common word or a surname too needs a place or a qualifier before it', () => {
  const doc = runUntil('Tom Ruiz told the Baltimore Sun and the Evening Standard about the Bronze Star he won. Jennifer Sun joined the Review Commission, Daily Hive said.', 'entities');
  assert.equal(mention(doc, 'Baltimore Sun')?.type, 'MEDIA');
  assert.equal(mention(doc, 'Evening Standard')?.type, 'MEDIA');
  assert.equal(mention(doc, 'Daily Hive')?.type, 'MEDIA');
  assert.notEqual(mention(doc, 'Bronze Star')?.type, 'MEDIA');
  assert.notEqual(mention(doc, 'Jennifer Sun')?.type, 'MEDIA');
  assert.notEqual(mention(doc, 'Review Commission')?.type, 'MEDIA');
});

test('a title inside a capitalized run ends the role part: "National Security Adviser Tom Brandt" is a person', () => {
  const doc = runUntil('National Security Adviser Tom Brandt met the delegation.', 'resolve');
  const tom = mention(doc, 'Tom Brandt');
  assert.equal(tom?.type, 'PERSON');
  assert.equal(doc.entities.find((e) => e.id === tom?.entity)?.roles[0], 'National Security Adviser');
});

test('"Title of Place Name": the place ends the title, and the name after it is the title holder', () => {
  const doc = runUntil('Foreign Minister of Estonia Anton Braid met Governor of Ohio Lisa Kemp. Chief Minister of Kerala Ravi Nair spoke.', 'resolve');
  for (const name of ['Anton Braid', 'Lisa Kemp', 'Ravi Nair']) assert.equal(mention(doc, name)?.type, 'PERSON', name);
  const braid = doc.entities.find((e) => e.name === 'Anton Braid');
  assert.equal(braid?.roles[0], 'Foreign Minister of Estonia');
  assert.equal(braid?.actor, 'ESTGOV');
  assert.equal(doc.entities.find((e) => e.name === 'Lisa Kemp')?.roles[0], 'Governor of Ohio');
  assert.equal(mention(doc, 'Kerala')?.type, 'LOCATION');
});

test('a capitalized title in apposition is the person\'s role, and says more than a bare title before the name', () => {
  const doc = runUntil('Sullivan called Ambassador Paul Verne, Diplomatic Advisor to the French President, and Dr. Ina Kopp, Foreign and Security Policy Advisor to the German Chancellor.', 'resolve');
  const verne = doc.entities.find((e) => e.name === 'Paul Verne');
  assert.equal(verne?.roles[0], 'Diplomatic Advisor to the French President');
  assert.equal(verne?.actor, 'FRAGOV');
  const kopp = doc.entities.find((e) => e.name === 'Ina Kopp');
  assert.equal(kopp?.roles[0], 'Foreign and Security Policy Advisor to the German Chancellor');
  assert.equal(kopp?.actor, 'DEUGOV');
  assert.ok(!doc.entities.some((e) => e.type === 'ORGANIZATION' && /Advisor$/.test(e.name)));
});

test('a leader\'s name before a government noun is its possessor: "the Assad regime" is the Syrian government', () => {
  const doc = runUntil('Bashar al-Assad spoke. The Assad regime shelled the town, and the Putin government said nothing.', 'resolve');
  assert.equal(doc.entities.find((e) => e.name === 'Assad regime')?.actor, 'SYRGOV');
  assert.equal(doc.entities.find((e) => e.name === 'Putin government')?.actor, 'RUSGOV');
});

test('a known leader\'s capitalized "Administration" or "Regime" is that country\'s government', () => {
  const doc = runUntil('The Biden Administration agreed, the Putin Regime objected and the Dawes Government fell.', 'resolve');
  assert.equal(doc.entities.find((e) => e.name === 'Biden Administration')?.actor, 'USAGOV');
  assert.equal(doc.entities.find((e) => e.name === 'Putin Regime')?.actor, 'RUSGOV');
  assert.notEqual(doc.entities.find((e) => e.name === 'Dawes Government')?.actor, 'USAGOV');
});

test('"USA" is the United States, "USA Today" an outlet', () => {
  const doc = runUntil('The USA condemned the strike, USA Today reported.', 'entities');
  assert.equal(mention(doc, 'USA')?.country, 'USA');
  assert.equal(mention(doc, 'USA Today')?.type, 'MEDIA');
});

test('the words between a title\'s "of" and a known person finish the title: "Minister of Foreign Affairs Sergei Lavrov"', () => {
  const doc = runUntil('Minister of Foreign Affairs Sergei Lavrov arrived.', 'resolve');
  assert.equal(mention(doc, 'Affairs'), undefined);
  assert.equal(doc.entities.find((e) => e.type === 'PERSON')?.actor, 'RUSGOV');
});

test('an endless run of capitalized words is read in one pass, not tried at every length (a hang guard, not a timing)', { timeout: 30_000 }, () => {
  // 40,000 capitalized words without a sentence end: each run length was tried as a title, in time squared.
  const doc = runUntil('John Smith '.repeat(20_000) + 'said it.', 'entities');
  assert.ok(doc.mentions.length > 0);
  assert.ok(doc.mentions.every((m) => doc.text.slice(m.start, m.end) === m.text));
});

test('famous landmarks and religious sites are places of their country, and their other names are one place', () => {
  const doc = runUntil('Pilgrims left the Kaaba for Masjid al-Aqsa. Ayasofya, which visitors call Hagia Sofia, reopened while the Taj Mahal closed.', 'resolve');
  for (const [text, country] of [['Kaaba', 'SAU'], ['Masjid al-Aqsa', 'ISR'], ['Ayasofya', 'TUR'], ['Hagia Sofia', 'TUR'], ['Taj Mahal', 'IND']] as const) {
    assert.equal(mention(doc, text)?.type, 'LOCATION', text);
    assert.equal(mention(doc, text)?.country, country, text);
  }
  assert.equal(mention(doc, 'Ayasofya')?.entity, mention(doc, 'Hagia Sofia')?.entity);
});

test('peoples and ethnic or religious groups are MISC (the CoNLL convention for nationalities and peoples), not organizations or places', () => {
  const doc = runUntil('Uyghurs and Rohingya refugees met Yazidis, Sikhs and Druze elders.', 'entities');
  for (const text of ['Uyghurs', 'Rohingya', 'Yazidis', 'Sikhs', 'Druze']) assert.equal(mention(doc, text)?.type, 'MISC', text);
});

test('the people named by a plural demonym is that country, as the adjective is', () => {
  const doc = runUntil('Armenians and Bangladeshis voted while Chileans waited.', 'entities');
  assert.equal(mention(doc, 'Armenians')?.country, 'ARM');
  assert.equal(mention(doc, 'Bangladeshis')?.country, 'BGD');
  assert.equal(mention(doc, 'Chileans')?.kind, 'demonym');
});

test('outlets: a head word alone is no outlet, a known outlet or a town takes the head word after it, "The Times" keeps its article', () => {
  const doc = runUntil('Sputnik News and the Lagos Herald quoted him. News 12 said little. He told The Tribune.', 'entities');
  assert.equal(mention(doc, 'Sputnik News')?.type, 'MEDIA');
  assert.equal(mention(doc, 'Sputnik News')?.canonical, 'Sputnik');
  assert.equal(mention(doc, 'Lagos Herald')?.type, 'MEDIA');
  assert.equal(mention(doc, 'Lagos Herald')?.country, 'NGA');
  assert.notEqual(mention(doc, 'News')?.type, 'MEDIA');
  assert.equal(mention(doc, 'The Tribune')?.type, 'MEDIA');
});

test('holidays and greetings are MISC, not people or organizations', () => {
  const doc = runUntil('Families marked Nowruz and Hanukkah. Officials sent Eid Mubarak wishes before Yom Kippur.', 'entities');
  for (const text of ['Nowruz', 'Hanukkah', 'Eid Mubarak', 'Yom Kippur']) assert.equal(mention(doc, text)?.type, 'MISC', text);
});

test('an armed group or movement of a country is an actor of its own, not the country ("the Revolutionary Guards", "the Taliban")', () => {
  const doc = runUntil('Iran denied it. The Revolutionary Guards said the plane crashed. The Taliban attacked Kabul. The IRGC said more.', 'resolve');
  const entityOf = (text: string) => doc.entities.find((e) => e.mentions.some((m) => m.text === text));
  assert.equal(entityOf('Revolutionary Guards')?.actor, 'IRNMIL');
  assert.equal(entityOf('Revolutionary Guards')?.type, 'ORGANIZATION');
  assert.equal(entityOf('IRGC'), entityOf('Revolutionary Guards'));
  assert.equal(entityOf('Taliban')?.actor, 'AFGINS');
  assert.notEqual(entityOf('Taliban'), entityOf('Kabul'));
  assert.equal(entityOf('Iran')?.mentions.length, 1);
});

test('"Deputy Assistant to the President and … Coordinator" before a name is that person\'s role, not a name', () => {
  const doc = runUntil('He met Deputy Assistant to the President and Gulf Affairs Coordinator Dana Whitfield on Monday.', 'entities');
  assert.equal(mention(doc, 'Dana Whitfield')?.role?.text, 'Deputy Assistant to the President and Gulf Affairs Coordinator');
  assert.ok(!doc.mentions.some((m) => m.kind === 'name' && /Assistant|Coordinator/.test(m.text)), doc.mentions.map((m) => m.text).join(', '));
  // A title with an article is someone else's: two people meet here.
  const two = runUntil('The Minister of Health and Labor Minister Ana Ruiz met on Friday.', 'entities');
  assert.ok(!mention(two, 'Ana Ruiz')?.role?.text.includes('Health'), mention(two, 'Ana Ruiz')?.role?.text);
});

test('a title after "to" or "for" before a name is that name\'s title, not the role of the one it serves', () => {
  const doc = runUntil('Tom Reed served as Special Assistant to Secretary of State Nora Blake.', 'entities');
  assert.equal(mention(doc, 'Nora Blake')?.role?.text, 'Secretary of State');
  assert.equal(mention(doc, 'Special Assistant')?.kind, 'title');
});

test('titles after an organization\'s head are a role in it, not part of its name', () => {
  const kb = loadKb();
  assert.deepEqual(nameBounds(['State', 'Department', 'Deputy', 'Assistant', 'Secretary'], 0, 5, false, kb), [0, 2]);
  assert.deepEqual(nameBounds(['Alliance', 'Party'], 0, 2, false, kb), [0, 2]);
});

test('"in general", "the general public", "head-to-head" and a head that heads nothing name no one', () => {
  const doc = runUntil('In general, the general public should wear masks. He was shot in the head. The head-to-head race was close. Lena Ortiz, head of the agency, spoke, and Agency head Omar Diallo agreed. The head of state left.', 'entities');
  const titles = doc.mentions.filter((m) => m.kind === 'title').map((m) => m.text);
  assert.deepEqual(titles, ['head'], titles.join(', '));
  assert.equal(mention(doc, 'Lena Ortiz')?.role?.text, 'head of the agency');
  assert.equal(mention(doc, 'Omar Diallo')?.role?.text, 'head');
});

test('a court case named by its parties is one MISC name, not two actors; a sports fixture with a bare "v" is left alone', () => {
  const doc = runUntil('The ruling overturned Brown v. Board of Education, and Lena Marsh cited Roe v. Wade. England v Pakistan ended in a draw.', 'entities');
  assert.equal(mention(doc, 'Brown v. Board of Education')?.type, 'MISC');
  assert.equal(mention(doc, 'Roe v. Wade')?.type, 'MISC');
  assert.equal(mention(doc, 'Wade'), undefined);
  assert.equal(mention(doc, 'England')?.type, 'COUNTRY');
});
