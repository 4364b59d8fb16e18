import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityOf, runUntil } from '../../testing/run-until.js';

test('full name, surname and a transliteration variant are one person', () => {
  const doc = runUntil('Turkish envoy Mehmet Karadeniz met officials. Karadeniz said little. Later Karadenis left.', 'resolve');
  const e = entityOf(doc, 'Mehmet Karadeniz');
  assert.ok(e);
  assert.equal(entityOf(doc, 'Karadeniz')?.id, e.id);
  assert.equal(entityOf(doc, 'Karadenis')?.id, e.id);
  assert.equal(e.actor, 'TURGOV');
});

test('capitals and seats of government stand for their country', () => {
  const doc = runUntil('Beijing protested. The Kremlin said nothing, but Moscow and Russia agreed.', 'resolve');
  assert.equal(entityOf(doc, 'Kremlin')?.id, entityOf(doc, 'Russia')?.id);
  assert.equal(entityOf(doc, 'Moscow')?.actor, 'RUS');
  assert.equal(entityOf(doc, 'Beijing')?.actor, 'CHN');
});

test('a role in apposition gives country and sector', () => {
  const doc = runUntil('Jonas Varga, Hungary’s ambassador to Kenya, arrived in Nairobi. Varga said the visit went well.', 'resolve');
  const e = entityOf(doc, 'Jonas Varga');
  assert.equal(e?.actor, 'HUNGOV');
});

test('who holds a role for a known organization is of its country and sectors, not those of the role\'s words', () => {
  const doc = runUntil('Taliban military spokesman Karim Daudzai said the road was closed. Hamas leader Omar Zidan left Cairo.', 'resolve');
  assert.equal(entityOf(doc, 'Karim Daudzai')?.actor, 'AFGINS');
  assert.equal(entityOf(doc, 'Omar Zidan')?.actor, 'PSEREB');
});

test('a pronoun goes to the person just named, a title to the person who holds it', () => {
  const doc = runUntil('Greek Foreign Minister Eleni Pappas met reporters. She said the talks failed. The foreign minister left early.', 'resolve');
  const e = entityOf(doc, 'Eleni Pappas')!;
  assert.equal(entityOf(doc, 'She')?.id, e.id);
  assert.equal(entityOf(doc, 'foreign minister')?.id, e.id);
  assert.equal(e.actor, 'GRCGOV');
});

test('a title named only in the next sentence joins that person', () => {
  const doc = runUntil('The deputy interior minister of Peru said on Monday that the border is closed. Rosa Quispe made the remarks in Lima.', 'resolve');
  assert.equal(entityOf(doc, 'deputy interior minister')?.id, entityOf(doc, 'Rosa Quispe')?.id);
  assert.equal(entityOf(doc, 'Rosa Quispe')?.actor, 'PERGOV');
});

test('groups and outlets are actors with sector codes', () => {
  const doc = runUntil('Several human rights groups accused the army. Kenyan news outlets reported the clash.', 'resolve');
  assert.match(entityOf(doc, 'human rights groups')?.actor ?? '', /^NGO/);
  assert.equal(entityOf(doc, 'Kenyan news outlets')?.actor, 'KENMED');
});

test('an institution named by its sector word alone is that sector', () => {
  const doc = runUntil('Congress is asking the president to act.', 'resolve');
  assert.equal(entityOf(doc, 'Congress')?.actor, 'LEG');
});

test('a first name used alone is the one person of the article with that first name', () => {
  const doc = runUntil('Journalist Tomasz Wrobel was detained in Minsk. His wife said Tomasz had done nothing wrong.', 'resolve');
  assert.equal(entityOf(doc, 'Tomasz')?.id, entityOf(doc, 'Tomasz Wrobel')?.id);
});

test('a first name shared by two people of the article stays apart', () => {
  const doc = runUntil('Tomasz Wrobel met Tomasz Nowak in Minsk. Tomasz said the talks went well.', 'resolve');
  const alone = entityOf(doc, 'Tomasz');
  assert.notEqual(alone?.id, entityOf(doc, 'Tomasz Wrobel')?.id);
  assert.notEqual(alone?.id, entityOf(doc, 'Tomasz Nowak')?.id);
});

test('a pronoun opening a sentence goes to the subject before it, not to a name after a preposition', () => {
  const doc = runUntil('In his meeting with Pope Leo, President Tomas Ruiz thanked the pontiff. He praised the work of the church.', 'resolve');
  const he = doc.mentions.find((m) => m.text === 'He');
  assert.equal(he?.entity, entityOf(doc, 'Tomas Ruiz')?.id);
  // A time before the subject is no preposition of it.
  const dated = runUntil('On Tuesday Anna Weber met with President Tomas Ruiz. She said the talks went well.', 'resolve');
  assert.equal(dated.mentions.find((m) => m.text === 'She')?.entity, entityOf(dated, 'Anna Weber')?.id);
});

test('a pronoun passes over a person of the other sex', () => {
  const doc = runUntil('Rosa Quispe met Carlos Mendoza in Lima. She said the border is closed.', 'resolve');
  assert.equal(entityOf(doc, 'She')?.id, entityOf(doc, 'Rosa Quispe')?.id);
  const doc2 = runUntil('Rosa Quispe met Carlos Mendoza in Lima. He said the border is closed.', 'resolve');
  assert.equal(entityOf(doc2, 'He')?.id, entityOf(doc2, 'Carlos Mendoza')?.id);
});

test('a title brought in by "one", "a" or a number is someone new, not the holder named before', () => {
  const doc = runUntil('Labour MP Tom Raines spoke at the rally. One MP told reporters it was over. The MP later left.', 'resolve');
  const raines = doc.entities.find((e) => e.name === 'Tom Raines')!;
  const ones = doc.mentions.filter((m) => m.text === 'One MP' || (m.text === 'MP' && doc.text.slice(m.start - 4, m.start) === 'One '));
  assert.equal(ones.length, 1);
  assert.notEqual(ones[0]!.entity, raines.id);
  const later = doc.mentions.find((m) => m.kind === 'title' && doc.text.slice(m.start - 4, m.start) === 'The ');
  assert.equal(later?.entity, raines.id);
});

test('a name of several words written twice is one entity, though the mentions were typed differently', () => {
  const doc = runUntil('The plane came down between Fath Airport, where it was to land, and the city. Fath Airport is owned by the Guards.', 'resolve');
  const withName = doc.entities.filter((e) => e.name === 'Fath Airport');
  assert.equal(withName.length, 1);
  assert.equal(withName[0]!.mentions.length, 2);
});

test('a bare surname two people share goes to the one named most, the first named of equals', () => {
  const doc = runUntil(
    'Former mayor Tomas Lindqvist died on Monday, his son Erik Lindqvist said. Lindqvist served two terms. ' +
      'Lindqvist was admired across the city.',
    'resolve',
  );
  const father = entityOf(doc, 'Tomas Lindqvist');
  assert.ok(father);
  const bare = doc.mentions.filter((m) => m.text === 'Lindqvist');
  assert.equal(bare.length, 2);
  for (const m of bare) assert.equal(m.entity, father.id);
});

test('a title no name holds, used again, is the same person; an indefinite one is someone new', () => {
  const doc = runUntil(
    'The Governor is announcing a new plan for the harbour. The Governor has proposed a budget for schools. A governor from the north said little.',
    'resolve',
  );
  const titles = doc.mentions.filter((m) => m.kind === 'title' && /governor/i.test(m.text));
  assert.equal(titles.length, 3);
  assert.equal(titles[0]!.entity, titles[1]!.entity);
  assert.notEqual(titles[2]!.entity, titles[0]!.entity);
});

test('the first person of a signed statement is its signer, named in the title and maybe nowhere else', async () => {
  const { extract } = await import('../../index.js');
  const doc = extract('The harbour reopened today. I know the work is not done, and I am calling on the council to act. "I was wrong," one critic said.', {
    date: '2024-05-02',
    title: 'Statement from Harbour Commissioner Marta Ruiz on the Reopening',
  });
  const signer = doc.entities.find((e) => e.name === 'Marta Ruiz');
  assert.ok(signer, 'the signer is an actor');
  assert.equal(signer.mentions.filter((m) => m.text === 'I').length, 2, 'the quoted "I" is the critic’s');
  assert.ok(doc.quotes.some((q) => q.speaker === signer.id && q.content.text.startsWith('the work is not done')));
  const unsigned = extract('I know the work is not done.', { date: '2024-05-02', title: 'Remarks by Harbour Commissioner Marta Ruiz' });
  assert.ok(!unsigned.entities.some((e) => e.name === 'Marta Ruiz'), 'remarks are not signed: their "I" is whoever speaks');
});

test('a surname the recognizer took for an organization is the person named in full before', () => {
  const doc = runUntil('"We wanted to know more," said lead author Professor David Livermore of the university. Livermore added that the data were clear.', 'resolve');
  const person = entityOf(doc, 'David Livermore');
  assert.ok(person);
  for (const m of doc.mentions.filter((x) => x.text === 'Livermore')) assert.equal(m.entity, person.id);
});

test('researchers, scientists, experts and analysts are a group that speaks, not the place they work in', () => {
  const doc = runUntil('Researchers in Portugal established that the harbour was silting up. Analysts said prices would fall.', 'quotes');
  const q = doc.quotes.find((x) => x.content.text.includes('silting'));
  assert.equal(doc.entities.find((e) => e.id === q?.speaker)?.name.toLowerCase(), 'researchers');
});

test('a "title" longer than a headline names no signer (and is not searched)', async () => {
  const { authorOfTitle } = await import('./author.js');
  const { loadKb } = await import('../../kb/kb.js');
  const kb = loadKb();
  assert.equal(authorOfTitle('Statement from Harbour Commissioner Marta Ruiz on the Reopening', kb, null)?.name, 'Marta Ruiz');
  assert.equal(authorOfTitle(`Statement from ${'a on '.repeat(2000)}\n`, kb, null), null);
});

test('a compound adjective made of a name is no actor: "a SARS-like illness", "the Oslo-based fund"', () => {
  const doc = runUntil('Doctors saw a SARS-like illness. The Oslo-based fund and a Kenya-style plan were named, and Oslo agreed.', 'resolve');
  for (const w of ['SARS-like', 'Oslo-based', 'Kenya-style']) assert.equal(entityOf(doc, w), undefined, w);
  assert.equal(entityOf(doc, 'Oslo')?.actor, 'NOR');
});

test('inside a quotation, "he" is not the person who speaks it', () => {
  const doc = runUntil('Former governor Tomas Varga died on Monday. Senator Ivan Kos said, "He was a kind man. He won every heart."', 'resolve');
  const he = doc.mentions.filter((m) => m.kind === 'pronoun' && m.text === 'He');
  assert.equal(he.length, 2);
  for (const m of he) assert.equal(m.entity, entityOf(doc, 'Tomas Varga')?.id);
});

test('the Houthis are a Yemeni armed group of the knowledge base, under their other names too', () => {
  const doc = runUntil('The Houthi movement, also called Ansar Allah, fired missiles at Riyadh. The Houthis said more would follow.', 'resolve');
  assert.equal(entityOf(doc, 'Houthis')?.actor, 'YEMREB');
  assert.equal(entityOf(doc, 'Ansar Allah')?.id, entityOf(doc, 'Houthis')?.id);
});
