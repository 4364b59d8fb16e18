import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityOf, runUntil } from '../../testing/run-until.js';
import { loadKb } from '../../kb/kb.js';
import { quotes as quotesComponent } from './index.js';

const speakerName = (doc: ReturnType<typeof runUntil>, starts: string) => {
  // Content keeps its quotation marks and a leading "that", as PolNeAR annotates it.
  const q = doc.quotes.find((x) => x.content.text.replace(/^(that\s+)?[“"]?/, '').startsWith(starts));
  return q ? { q, name: doc.entities.find((e) => e.id === q.speaker)?.name ?? null } : null;
};

test('direct quotation with the speaker after it', () => {
  const doc = runUntil('“We will not give up the harbour,” Marta Ruiz said on Tuesday.', 'quotes');
  const r = speakerName(doc, 'We will not give up');
  assert.equal(r?.name, 'Marta Ruiz');
  assert.equal(r?.q.kind, 'direct');
  assert.equal(r?.q.cue?.text, 'said');
});

test('direct quotation after a pronoun and a cue', () => {
  const doc = runUntil('Paolo Neri spoke to reporters. Asked about the vote, he said “the count is not over and we will wait for it.”', 'quotes');
  assert.equal(speakerName(doc, 'the count is not over')?.name, 'Paolo Neri');
});

test('indirect speech with a that-clause, and mixed speech with a quoted phrase', () => {
  const doc = runUntil('Egypt insists that the dam threatens its water supply. Sudan says that the project is “a blessing”.', 'quotes');
  const a = speakerName(doc, 'the dam threatens');
  assert.equal(a?.q.kind, 'indirect');
  assert.equal(a?.name, 'Egypt');
  const b = speakerName(doc, 'the project is');
  assert.equal(b?.q.kind, 'mixed');
  assert.equal(b?.name, 'Sudan');
});

test('scare quotes are not statements', () => {
  const doc = runUntil('The so-called “peace plan” was dropped.', 'quotes');
  assert.equal(doc.quotes.length, 0);
});

test('a cut-off quotation is kept and marked truncated', () => {
  const doc = runUntil('Laila Haddad said “the road is closed and nobody can pass before\nThe army declined to comment.', 'quotes');
  const r = speakerName(doc, 'the road is closed');
  assert.equal(r?.q.truncated, true);
  assert.equal(r?.name, 'Laila Haddad');
});

test('a media outlet citing a person: the person speaks, the outlet is the channel', () => {
  const doc = runUntil('“The borders stay open to trade and to people,” Kenyan news outlets quoted Amina Odhiambo as saying.', 'quotes');
  const r = speakerName(doc, 'The borders stay open');
  assert.equal(r?.name, 'Amina Odhiambo');
  assert.deepEqual(r?.q.via, [entityOf(doc, 'Kenyan news outlets')!.id]);
});

const attribution = (doc: ReturnType<typeof runUntil>, starts: string) => {
  const q = doc.quotes.find((x) => x.content.text.replace(/^(that\s+)?[“"']*/, '').startsWith(starts));
  return q ? { source: q.source?.text ?? null, cue: q.cue?.text ?? null, kind: q.kind, rule: q.rule, content: q.content.text } : null;
};

test('a vague source closing the sentence: "…, a source said."', () => {
  const doc = runUntil('The convoy turned back before the border, a source said.', 'quotes');
  assert.deepEqual(attribution(doc, 'The convoy turned back'), { source: 'a source', cue: 'said', kind: 'indirect', rule: 'indirect:preceding:subject', content: 'The convoy turned back before the border' });
});

test('according to, before and after the content', () => {
  const doc = runUntil('According to the ministry, the dam will open in May. The rains were late, according to farmers in the valley.', 'quotes');
  assert.equal(attribution(doc, 'the dam will open')?.source, 'the ministry');
  assert.equal(attribution(doc, 'The rains were late')?.cue, 'according to');
});

test('the verb group and the apposition belong to the cue and the source', () => {
  const doc = runUntil('Omar Farouk, the port director, has repeatedly said the cranes are too old.', 'quotes');
  const a = attribution(doc, 'the cranes are too old');
  assert.equal(a?.cue, 'has repeatedly said');
  assert.equal(a?.source, 'Omar Farouk, the port director,');
});

test('a quotation interrupted by its cue is one attribution in two parts', () => {
  const doc = runUntil('“We will rebuild the bridge,” the mayor said. “It will take two years at least.”', 'quotes');
  const parts = doc.quotes.filter((q) => q.cue?.text === 'said');
  assert.equal(parts.length, 2);
  assert.ok(parts.every((q) => q.source?.text === 'the mayor'));
});

test('two apostrophes as quotation marks, and an inverted cue', () => {
  const doc = runUntil("''The harvest is lost,'' said Ana Costa, a farmer from Braga.", 'quotes');
  const a = attribution(doc, 'The harvest is lost');
  assert.equal(a?.kind, 'direct');
  assert.equal(a?.source, 'Ana Costa, a farmer from Braga');
});

test('a transcript line names its speaker before a colon', () => {
  const doc = runUntil('HOST: Will you run again next year?\nMORALES: We have not decided anything yet.', 'quotes');
  assert.equal(attribution(doc, 'We have not decided')?.source, 'MORALES');
  assert.equal(attribution(doc, 'We have not decided')?.cue, ':');
});

test('intentions and beliefs: "plans to", "believes"', () => {
  const doc = runUntil('The union plans to strike next week. Mr. Lind believes the talks will fail.', 'quotes');
  assert.equal(attribution(doc, 'to strike next week')?.source, 'The union');
  assert.equal(attribution(doc, 'the talks will fail')?.cue, 'believes');
});

test('a nested attribution gives way to the outer one', () => {
  const doc = runUntil('The governor wants to close the mine, officials said.', 'quotes');
  assert.equal(doc.quotes.length, 1);
  assert.equal(doc.quotes[0]!.source?.text, 'officials');
});

test('a quotation introduced by a colon after any verb', () => {
  const doc = runUntil('The senator released a short statement: “I will not resign over this matter.”', 'quotes');
  assert.equal(attribution(doc, 'I will not resign')?.source, 'The senator');
});

test('a light verb with a noun of speech: "made the case that", "voiced concern over"', () => {
  const doc = runUntil('The minister made the case that tariffs protect jobs. Farmers voiced concern over the new rules.', 'quotes');
  assert.equal(attribution(doc, 'tariffs protect jobs')?.cue, 'made the case');
  assert.equal(attribution(doc, 'the new rules')?.source, 'Farmers');
});

test('a quantity is a source: "42% say", "One in five say"', () => {
  const doc = runUntil('Asked about the plan, 42% say the city should wait.', 'quotes');
  assert.equal(attribution(doc, 'the city should wait')?.source, '42%');
});

test('thousands of quotations or one run-on sentence stay fast', () => {
  const many = 'He said "the road is closed and the bridge too." '.repeat(1500);
  const runOn = 'officials said the claim that he believes the plan, and '.repeat(1500);
  for (const text of [many, runOn]) {
    const doc = runUntil(text, 'resolve');
    const t = Date.now();
    quotesComponent.run(doc, loadKb());
    assert.ok(Date.now() - t < 3000, `quotes took ${Date.now() - t} ms`);
  }
});

test('a coordinated clause with its own cue ends the content before it', () => {
  const doc = runUntil('Ines Vidal posted a photo of the flooded road and said the council had ignored her letters.', 'quotes');
  assert.equal(attribution(doc, 'the council had ignored')?.cue, 'said');
  assert.equal(attribution(doc, 'the council had ignored')?.source, 'Ines Vidal');
  const doc2 = runUntil('Six in 10 farmers said the price is fair, and a third said the opposite.', 'quotes');
  assert.equal(attribution(doc2, 'the price is fair')?.content, 'the price is fair');
  assert.equal(attribution(doc2, 'the price is fair')?.source, 'Six in 10 farmers');
});

test('the subject behind an aside or a post-nominal adjective', () => {
  const doc = runUntil('Petrov however said the pipeline would be finished by spring. A person familiar with the talks says the deal is close.', 'quotes');
  assert.equal(attribution(doc, 'the pipeline would be')?.source, 'Petrov');
  assert.equal(attribution(doc, 'the deal is close')?.source, 'A person familiar with the talks');
});

test('a relative clause inside the source does not swallow the main clause', () => {
  const doc = runUntil('Tomas Berg, who said he rarely votes, said the new mayor is doing well.', 'quotes');
  assert.equal(attribution(doc, 'the new mayor is doing well')?.cue, 'said');
});

test('adjuncts between the cue and its clause or quotation', () => {
  const doc = runUntil('The minister has said for months the reform is finished. Luisa Prado wrote on Facebook on Sunday, in a long post, “We are not leaving this town.”', 'quotes');
  assert.equal(attribution(doc, 'the reform is finished')?.cue, 'has said');
  assert.equal(attribution(doc, 'We are not leaving')?.source, 'Luisa Prado');
  const doc2 = runUntil('In the north, the farmer said, the wells have run dry.', 'quotes');
  assert.equal(attribution(doc2, 'the wells have run dry')?.source, 'the farmer');
});

test('seeming: an attribution with no source', () => {
  const doc = runUntil('The coalition seemed to be falling apart. It appears that the vote will be delayed.', 'quotes');
  const a = doc.quotes.find((q) => q.cue?.text === 'seemed');
  assert.ok(a && a.source === null && a.content.text.includes('to be falling apart'));
  assert.equal(attribution(doc, 'the vote will be delayed')?.source, null);
  // "appeared" without a complement is being seen, not seeming.
  assert.equal(runUntil('The minister appeared on television.', 'quotes').quotes.length, 0);
});

test('verbs with a particle and verbs of presenting: "apologized for", "portrayed … as"', () => {
  const doc = runUntil('The mayor apologized for the delays. Her rival portrayed the budget as a giveaway.', 'quotes');
  assert.equal(attribution(doc, 'the delays')?.cue, 'apologized for');
  assert.equal(attribution(doc, 'the budget as a giveaway')?.source, 'Her rival');
});

test('figures that show: "…, the records show."', () => {
  const doc = runUntil('The fund paid no taxes in 2014, the records show.', 'quotes');
  assert.equal(attribution(doc, 'The fund paid no taxes')?.source, 'the records');
});

test('a question put to an unnamed source: "Asked whether …, she said"', () => {
  const doc = runUntil('Asked whether the mine would reopen, the director said: “Not this year.”', 'quotes');
  const asked = doc.quotes.find((q) => q.cue?.text === 'Asked');
  assert.ok(asked && asked.source === null && asked.content.text.startsWith('whether the mine would reopen'));
  assert.equal(attribution(doc, 'Not this year')?.source, 'the director');
});

test('the next verb phrase of a list keeps the sentence subject', () => {
  const doc = runUntil('The senator urged the ministry to act, proposed that the tax be cut, and voted against the budget.', 'quotes');
  assert.equal(attribution(doc, 'to act')?.content, 'to act');
  assert.equal(attribution(doc, 'the tax be cut')?.source, 'The senator');
});

test('hearsay adverbs: "is reportedly spending" has no named source', () => {
  const doc = runUntil('The consortium is reportedly buying the harbour for two billion euros.', 'quotes');
  assert.equal(doc.quotes.length, 1);
  assert.equal(doc.quotes[0]!.cue?.text, 'reportedly');
  assert.equal(doc.quotes[0]!.source, null);
  // Where another cue attributes the sentence, the adverb adds nothing.
  const doc2 = runUntil('The consortium is reportedly buying the harbour, the mayor said.', 'quotes');
  assert.ok(doc2.quotes.every((q) => q.cue?.text !== 'reportedly'));
});

test('a noun of stance with its object: "his criticism of the deal"', () => {
  const doc = runUntil('Moreno’s praise for the governor surprised his allies.', 'quotes');
  const a = doc.quotes.find((q) => q.cue?.text === 'praise for');
  assert.equal(a?.content.text, 'the governor');
  assert.equal(a?.source?.text, 'Moreno’s');
});

test('an infinitive cue under a verb that is no cue: "went on to criticize", "declined at first to"', () => {
  const doc = runUntil('The mayor went on to criticize the letter. The minister declined at first to criticize the ruling.', 'quotes');
  const a = attribution(doc, 'the letter');
  assert.equal(a?.cue, 'went on to criticize');
  assert.equal(a?.source, 'The mayor');
  assert.equal(attribution(doc, 'to criticize the ruling')?.source, 'The minister');
});

test('a stance verb in the passive with its agent: the subject is what was judged', () => {
  const doc = runUntil('The governor has been criticized by some of his allies for the delay.', 'quotes');
  const a = doc.quotes.find((q) => q.cue?.text === 'has been criticized');
  assert.ok(a?.source?.text.startsWith('some of his allies'));
  assert.equal(a?.content.text, 'The governor');
});

test('a headline verb in title case after a name', () => {
  const doc = runUntil('Maria Lopez Praises Harbour Deal.', 'quotes');
  assert.equal(doc.quotes[0]?.cue?.text, 'Praises');
});

test('a quotation signed with a dash and a name: the dash is the cue', () => {
  const doc = runUntil('Readers wrote to us.\n“The harbour must stay open for the fishermen.” ― Marta Ruiz\n“We need the bridge more than ever.” — Paolo Neri.\n', 'quotes');
  assert.deepEqual(
    [attribution(doc, 'The harbour')?.source, attribution(doc, 'The harbour')?.cue],
    ['Marta Ruiz', '―'],
  );
  assert.equal(attribution(doc, 'We need the bridge')?.source, 'Paolo Neri');
});

test('a transcript turn quoted as a block, and a paragraph-final quotation that is no cue’s', () => {
  const doc = runUntil('"RUIZ: The harbour will stay open all winter.\n\nShe added, “The boats are ready for the season.”\n\nNeri says the bridge will be built next year.', 'quotes');
  assert.equal(attribution(doc, 'The harbour will stay')?.source, 'RUIZ');
  assert.equal(attribution(doc, 'the bridge will be built')?.source, 'Neri');
  assert.equal(attribution(doc, 'The boats are ready')?.source, 'She');
});

test("an ASCII quotation after a full stop ends the content before it: ''…,'' he said. ''…''", () => {
  const doc = runUntil("''The plan has no chance in the Senate,'' Mr. Neri said. ''It will fail again next year.''", 'quotes');
  assert.equal(attribution(doc, 'The plan has no chance')?.source, 'Mr. Neri');
});

test('a title-case word inside a name is no headline verb: "the United States"', () => {
  const doc = runUntil('On Friday, Ricardo Rosselló resigned as the governor of United States commonwealth of Puerto Rico and Pedro Pierluisi was sworn in.', 'quotes');
  assert.equal(doc.quotes.filter((q) => q.cue?.text === 'States').length, 0);
});

test('a cue after a coordinator opens a clause of its own: "…, though records indicate …"', () => {
  const doc = runUntil('Tax filings show the company paid nothing last year, though public records indicate it owns three buildings.', 'quotes');
  const shows = doc.quotes.find((q) => q.cue?.text === 'show');
  assert.equal(shows?.content.text, 'the company paid nothing last year');
  const indicate = attribution(doc, 'it owns three buildings');
  assert.equal(indicate?.cue, 'indicate');
  assert.equal(indicate?.source, 'public records');
});

test('a fronted object with a gap after the verb is the content: "what Liz Wahl said"', () => {
  const doc = runUntil('That was exactly what Liz Wahl said when she resigned.', 'quotes');
  const a = doc.quotes.find((q) => q.cue?.text === 'said');
  assert.equal(a?.content.text, 'what');
  assert.equal(a?.source?.text, 'Liz Wahl');
});

test('a quoted title is no content, and a quantifier is a subject', () => {
  const doc = runUntil('Johnson told “Morning Joe” that the inquiry goes on. To varying degrees, all agreed that the plan would raise taxes.', 'quotes');
  assert.equal(doc.quotes.find((q) => q.cue?.text === 'told')?.content.text, 'that the inquiry goes on');
  assert.equal(attribution(doc, 'the plan would raise taxes')?.source, 'all');
});

test('the speaker is the name a source phrase ends on, not a modifier before it', () => {
  const doc = runUntil('Democratic committee chairman Jerrold Nadler of New York said the inquiry was already under way.', 'quotes');
  const q = doc.quotes.find((x) => x.cue?.text === 'said');
  assert.equal(doc.entities.find((e) => e.id === q?.speaker)?.name, 'Jerrold Nadler');
});

test('a participle and its place after the source noun belong to the source ("the agency working in Chad said")', () => {
  const doc = runUntil('The Norwegian Refugee Council working in Chad said the camps need more water before the rains.', 'quotes');
  const q = doc.quotes.find((x) => x.content.text.includes('camps'));
  assert.equal(q?.source?.text, 'The Norwegian Refugee Council working in Chad');
});

test('a coordinated predicate with a cue of its own ends the first content: "criticized X and called for Y"', () => {
  const doc = runUntil('Senator Alma Reyes has sharply criticized the harbour treaty and called for new tariffs on imported steel.', 'quotes');
  const criticized = doc.quotes.find((q) => q.cue?.text.endsWith('criticized'));
  assert.equal(criticized?.content.text, 'the harbour treaty');
  const called = doc.quotes.find((q) => q.cue?.text === 'called for');
  assert.equal(called?.content.text, 'new tariffs on imported steel');
});

test("an object ends at a full stop the segmenter missed, before an ASCII quotation: ''…,'' X said", () => {
  const doc = runUntil("The town could go to court, pushing for new environmental reviews. ''We should slow the works down as much as we can,'' Mr. Ortega said.", 'quotes');
  assert.equal(attribution(doc, 'We should slow the works')?.source, 'Mr. Ortega');
});

test('a name the tagger reads as a verb after a closing quotation mark is the source: "…,” Lynch said', () => {
  for (const q of ['"', '“']) {
    const close = q === '"' ? '"' : '”';
    const doc = runUntil(`The hearing ended early. ${q}I take comfort in that fact, and we will go on,${close} Lynch said.`, 'quotes');
    assert.equal(attribution(doc, 'I take comfort')?.source, 'Lynch');
  }
});

test('a signature after no-break spaces, and a signed line whose opening mark is written as a closing one', () => {
  const doc = runUntil('Readers wrote to us.\n“The harbour must stay open for the fishermen.”\u00a0― Marta Ruiz\u00a0\n”Fear. I am truly afraid that the bridge will close for good.” ― Paolo Neri\n', 'quotes');
  assert.equal(attribution(doc, 'The harbour')?.source, 'Marta Ruiz');
  const fear = doc.quotes.find((q) => q.content.text.startsWith('”Fear.'));
  assert.equal(fear?.source?.text, 'Paolo Neri');
  assert.equal(fear?.cue?.text, '―');
  // The clause inside the signed line is part of its content, no attribution of its own.
  assert.equal(doc.quotes.filter((q) => q.cue?.text.includes('afraid')).length, 0);
});

test('a long apposition full of verbs between the opening noun phrase and "said" stays in the source', () => {
  const doc = runUntil('Tomas Varga, a water engineer who has helped inspect most of the dams built in the valley since the floods, said the new gates were never tested.', 'quotes');
  const a = attribution(doc, 'the new gates were never tested');
  assert.equal(a?.cue, 'said');
  assert.match(a?.source ?? '', /^Tomas Varga, a water engineer who has helped inspect/);
  // An aside with its own cue is no apposition: "The council, Varga said, rejected the plan."
  const aside = runUntil('The council, Varga said, rejected the plan for the northern dam.', 'quotes');
  assert.equal(aside.quotes.some((q) => q.source?.text.startsWith('The council, Varga said')), false);
});

test('a line label that names a speaker, or opens a long transcript turn, stays the speaker over an attribution inside', () => {
  const turn = runUntil('MORALES: Well, I think the whole region needs to work together on the harbour, and certainly the council has to listen to the fishermen before it decides anything about the new bridge.', 'quotes');
  assert.equal(turn.quotes.find((q) => q.cue?.text === ':')?.source?.text, 'MORALES');
  const named = runUntil('Marta Ruiz: The Council Knows It Wants a New Bridge.\nThe mayor spoke on Monday.', 'quotes');
  assert.equal(named.quotes.find((q) => q.cue?.text === ':')?.source?.text, 'Marta Ruiz');
  // A label that names no one gives way to the attribution after its colon.
  const latest = runUntil('The Latest: Marta Ruiz says the bridge will open in May.\nThe mayor spoke on Monday.', 'quotes');
  assert.equal(latest.quotes.some((q) => q.cue?.text === ':'), false);
});

test('a speech verb with only adjuncts after it reports the quotation opening the next sentence, unless that quotation has a cue of its own', () => {
  const doc = runUntil('Marta Ruiz spoke on Thursday during a visit to the harbour in Valdora. She said in an interview with the local radio.\n“We will not give up the harbour, whatever the council decides next year.”', 'quotes');
  const a = attribution(doc, 'We will not give up');
  assert.equal(a?.cue, 'said');
  assert.equal(a?.source, 'She');
  const own = runUntil('Marta Ruiz said in an interview on Thursday. “We will not give up the harbour this year,” Paolo Neri said.', 'quotes');
  assert.equal(attribution(own, 'We will not give up')?.source, 'Paolo Neri');
});

test('an adverb between a verb and its particle: "spoke emotionally of"', () => {
  const doc = runUntil('Marta Ruiz spoke emotionally of the fishermen who lost their boats in the storm.', 'quotes');
  const a = doc.quotes.find((q) => q.cue?.text === 'spoke emotionally of');
  assert.equal(a?.source?.text, 'Marta Ruiz');
  assert.match(a?.content.text ?? '', /^the fishermen/);
});

test('seeming with an adjective, a participle, "like" or a noun phrase: "appeared paralyzed", "it seems like …"', () => {
  const doc = runUntil('The harbour council appeared paralyzed by the vote. It seems like no bridge will be built this year. The plan seemed an insult to the fishermen.', 'quotes');
  const cues = doc.quotes.filter((q) => q.rule === 'indirect:seeming').map((q) => [q.cue?.text, q.source]);
  assert.deepEqual(cues, [['appeared', null], ['seems', null], ['seemed', null]]);
  assert.equal(runUntil('The minister appeared on television on Friday.', 'quotes').quotes.length, 0);
});

test('a cue verb’s -ing form read as an adjective or a noun: "is promising to", ", warning that"', () => {
  const doc = runUntil('Marta Ruiz is promising to rebuild the harbour. The mayor spoke for an hour, warning that the bridge could close. Paolo Neri is a promising candidate.', 'quotes');
  assert.equal(attribution(doc, 'to rebuild the harbour')?.cue, 'is promising');
  assert.equal(attribution(doc, 'the bridge could close')?.source, 'The mayor');
  assert.equal(doc.quotes.some((q) => q.source?.text === 'Paolo Neri'), false);
});

test('"respond to" takes what was responded to as its content', () => {
  const doc = runUntil('The harbour council did not immediately respond to a request for comment.', 'quotes');
  const a = doc.quotes.find((q) => q.cue?.text.endsWith('respond to'));
  assert.equal(a?.source?.text, 'The harbour council');
  assert.equal(a?.content.text, 'a request for comment');
});

test('a speech verb closing a quotation that the tagger read as a noun: "…,” Viguerie notes.', () => {
  const doc = runUntil('The mayor left. “We will rebuild the harbour before the winter,” Viguerie notes.', 'quotes');
  assert.equal(attribution(doc, 'We will rebuild')?.source, 'Viguerie');
  assert.equal(attribution(doc, 'We will rebuild')?.cue, 'notes');
});

test('words PolNeAR seldom reads as cues: "is ready to", "Illinois state Rep.", "his plans for"', () => {
  const doc = runUntil('Marta Ruiz is ready to move on. Illinois state Rep. Paolo Neri spoke at the harbour. The mayor changed his plans for the weekend.', 'quotes');
  assert.deepEqual(doc.quotes.map((q) => q.cue?.text).filter((c) => c === 'is ready' || c === 'state' || c === 'plans for'), []);
});

test('a participle joined by a hyphen belongs to the source: "the conservative-leaning newspaper wrote"', () => {
  const doc = runUntil('The council met on Monday.\n\n“The mayor needs to stop blaming everyone else for the closed harbour,” the conservative-leaning newspaper wrote.', 'quotes');
  assert.equal(attribution(doc, 'The mayor needs to stop')?.source, 'the conservative-leaning newspaper');
});

test("a quotation in two apostrophes after a speech verb and a comma: But he added, ''…''", () => {
  const doc = runUntil("The talks ended on Monday. But he added, ''We do not want the harbour to close before the winter.''", 'quotes');
  const a = doc.quotes.find((q) => q.content.text.startsWith("''We do not want"));
  assert.equal(a?.cue?.text, 'added');
  assert.equal(a?.source?.text, 'he');
  assert.equal(a?.kind, 'direct');
});

test('"according to" takes the words after it as the source even where the tagger read one as a verb', () => {
  const doc = runUntil('Ruiz won more than 60 percent of the vote in the harbour district, according to exit polls.', 'quotes');
  const a = attribution(doc, 'Ruiz won more than');
  assert.equal(a?.cue, 'according to');
  assert.equal(a?.source, 'exit polls');
});

test('"Asked about X," opening a sentence: X is what was asked, with no source', () => {
  const doc = runUntil('Asked about her own vote in the primary, Ruiz said she had not decided.', 'quotes');
  const a = doc.quotes.find((q) => q.cue?.text === 'Asked about');
  assert.equal(a?.source, null);
  assert.equal(a?.content.text, 'her own vote in the primary');
  assert.equal(attribution(doc, 'she had not decided')?.source, 'Ruiz');
});

test('a quantity with its approximator is a source: "About 4 in 10 say", "Nearly nine out of 10 say", "Those over 60 say"', () => {
  const doc = runUntil('About 4 in 10 say they want the harbour closed. Nearly nine out of 10 say they will need new skills. Those over 60 say they feel that way.', 'quotes');
  assert.equal(attribution(doc, 'they want the harbour')?.source, 'About 4 in 10');
  assert.equal(attribution(doc, 'they will need new skills')?.source, 'Nearly nine out of 10');
  assert.equal(attribution(doc, 'they feel that way')?.source, 'Those over 60');
});

test('a stance verb’s -ing form read as a noun after a comma takes its object: ", repeating a false claim"', () => {
  const doc = runUntil('“I was against the bridge from the start,” Ruiz said, repeating a false claim about her record.', 'quotes');
  const a = doc.quotes.find((q) => q.cue?.text === 'repeating');
  assert.equal(a?.source?.text, 'Ruiz');
  assert.match(a?.content.text ?? '', /^a false claim/);
});

test('a date right before the cue is no source: "A news report published Wednesday said …"', () => {
  const a = attribution(runUntil('A news report published Wednesday said the minister used a private email account.', 'quotes'), 'the minister used');
  assert.equal(a?.source, 'A news report');
  const b = attribution(runUntil('A court document filed Thursday says that the mayor will not be charged.', 'quotes'), 'the mayor will not');
  assert.equal(b?.source, 'A court document');
});

test('a participle after the preposition opening the sentence has the main clause’s subject: "After praising X, Lena Ortiz said …"', () => {
  const doc = runUntil('After praising the new harbour plan, Lena Ortiz said the city would build it by spring.', 'quotes');
  const a = attribution(doc, 'the new harbour plan');
  assert.equal(a?.cue, 'praising');
  assert.equal(a?.source, 'Lena Ortiz');
  const b = doc.quotes.filter((q) => q.source?.text === 'After');
  assert.equal(b.length, 0);
});

test('a floating quantifier stands for the subject before it: "Ortiz and Novak have both argued that …"', () => {
  const doc = runUntil('Lena Ortiz and Piet Novak have both argued that the harbour should stay open.', 'quotes');
  assert.equal(attribution(doc, 'the harbour should stay open')?.source, 'Lena Ortiz and Piet Novak');
});

test('an artifact speaks for its maker: "The council issued a statement saying …", "Ortiz released a video that said …"', () => {
  const doc = runUntil('The harbour council issued a statement saying the port would reopen in May. Lena Ortiz released a video that said the workers had been treated unfairly.', 'quotes');
  const a = attribution(doc, 'the port would reopen');
  assert.equal(a?.source, 'The harbour council');
  assert.equal(a?.cue, 'issued a statement saying');
  const b = attribution(doc, 'the workers had been');
  assert.equal(b?.source, 'Lena Ortiz');
  assert.equal(b?.cue, 'released a video that said');
});

test('an aside between dashes stands between the subject and its verb: "Ortiz — who runs the harbour board — told …"', () => {
  const doc = runUntil('Lena Ortiz — who runs the harbour board in Porto — told reporters that the port would reopen in May.', 'quotes');
  assert.equal(attribution(doc, 'the port would reopen')?.source, 'Lena Ortiz');
});

test('a participle after the cue reports what follows it, not the quotation before: "“…,” Ortiz said, citing …"', () => {
  const doc = runUntil('“The harbour will not close while I am mayor,” Lena Ortiz said, citing the new budget figures.', 'quotes');
  const a = attribution(doc, 'The harbour will not close');
  assert.equal(a?.cue, 'said');
  assert.equal(a?.source, 'Lena Ortiz');
  assert.ok(!doc.quotes.some((q) => q.cue?.text === 'citing' && q.content.text.includes('harbour')));
});

test('a coordinated cue skips a relative clause set off by commas: "Ortiz, who was speaking to the board, praised X and said …"', () => {
  const doc = runUntil('Lena Ortiz, who was speaking to the harbour board, praised the workers and said the port would reopen in May.', 'quotes');
  const a = attribution(doc, 'the port would reopen');
  assert.equal(a?.cue, 'said');
  assert.ok(a?.source?.startsWith('Lena Ortiz'), String(a?.source));
});

test('a chain of appositions before the cue keeps the name that heads it', () => {
  const doc = runUntil('Marta Olsen, 67, a retired nurse, in Duluth, Minn., said the clinic had closed. Meanwhile Edwin Park, speaking in Fargo, N.D., said the roads were open. After the vote, Paul Reyes, 52, said the count was fair.', 'quotes');
  assert.equal(attribution(doc, 'the clinic had closed')?.source, 'Marta Olsen, 67, a retired nurse, in Duluth, Minn.,');
  assert.equal(attribution(doc, 'the roads were open')?.source, 'Edwin Park, speaking in Fargo, N.D.,');
  assert.equal(attribution(doc, 'the count was fair')?.source, 'Paul Reyes, 52,');
});

test('a quotation with its own source and cue inside a longer content is an attribution too', () => {
  const doc = runUntil("Nadia Ferro said she thought of the plan as ''a small start,'' her aide told reporters, and she would expand it next year.", 'quotes');
  const inner = doc.quotes.find((q) => q.cue?.text === 'told');
  assert.equal(inner?.source?.text, 'her aide');
  assert.equal(inner?.content.text, "''a small start,''");
  assert.ok(doc.quotes.some((q) => q.cue?.text === 'said' && q.source?.text === 'Nadia Ferro'));
});

test('a verb of seeming before a cue verb frames the cue, whose source is the subject: "seemed to urge"', () => {
  const doc = runUntil('The harbour master seemed to urge a different course in a speech to the fishermen.', 'quotes');
  assert.equal(doc.quotes.filter((q) => q.rule === 'indirect:seeming').length, 0);
  const a = doc.quotes.find((q) => q.cue?.text === 'seemed to urge');
  assert.equal(a?.source?.text, 'The harbour master');
  assert.ok(a?.content.text.startsWith('a different course'));
});

test('a noun of deciding or promising with a to-infinitive after a possessor: "her refusal to debate"', () => {
  const doc = runUntil('Moreno’s refusal to debate the governor angered the council.', 'quotes');
  const a = doc.quotes.find((q) => q.cue?.text === 'refusal');
  assert.equal(a?.source?.text, 'Moreno’s');
  assert.equal(a?.content.text, 'to debate the governor');
  assert.equal(runUntil('Moreno’s efforts to repair the harbour stalled.', 'quotes').quotes.length, 0);
});

test('a poll of its own is the source of its finding, with the cue "in": "In a Harbour Gazette poll, …"', () => {
  const doc = runUntil('In a Harbour Gazette poll released Monday, Moreno had a ten-point lead. Moreno was at 40 percent in the latest Harbour Gazette poll. Moreno leads in the polls.', 'quotes');
  const polls = doc.quotes.filter((q) => q.rule === 'indirect:in-poll').map((q) => [q.source?.text, q.content.text]);
  assert.deepEqual(polls, [
    ['a Harbour Gazette poll released Monday', 'Moreno had a ten-point lead'],
    ['the latest Harbour Gazette poll', 'Moreno was at 40 percent'],
  ]);
});

test('a bracketed short form inside a subject is part of it, and no place inside it speaks: "researchers from the Harbour Institute (HI) in Lakeside reported"', () => {
  const doc = runUntil('Researchers from the Harbour Institute of Technology (HIT) in Ohio and the Dunmore College in Texas reported a new result.', 'quotes');
  const q = doc.quotes.find((x) => x.cue?.text === 'reported');
  assert.equal(q?.source?.text, 'Researchers from the Harbour Institute of Technology (HIT) in Ohio and the Dunmore College in Texas');
  const speaker = doc.entities.find((e) => e.id === q?.speaker);
  assert.notEqual(speaker?.type, 'LOCATION');
  assert.notEqual(speaker?.type, 'COUNTRY');
});

test('after an inverted cue, a role word or a given name the tagger reads as a verb stays in the subject', () => {
  const doc = runUntil(
    '"We wanted to know where the salt goes" said lead author Professor Mira Olsen of the Coastal Institute. ' +
      'The shelf is thinning, said study co-author Ted Larsen of the Polar Office.',
    'quotes',
  );
  const a = speakerName(doc, 'We wanted to know');
  assert.equal(a?.q.source?.text, 'lead author Professor Mira Olsen of the Coastal Institute');
  assert.equal(a?.name, 'Mira Olsen');
  const b = doc.quotes.find((q) => q.content.text.startsWith('The shelf is thinning'));
  assert.equal(b?.source?.text, 'study co-author Ted Larsen of the Polar Office');
});

test('a capitalized word after a name is the name\'s last word, not a cue, unless the line is in title case', () => {
  const doc = runUntil(
    'An Air Veloria Express flight landed late. Ms. Sung worked at the Harbour Board for a decade. Mayor Ruiz Refuses to Back the Harbour Plan',
    'quotes',
  );
  assert.ok(!doc.quotes.some((q) => q.cue?.text === 'Express' || q.cue?.text === 'Sung'));
  assert.equal(doc.quotes.find((q) => q.cue?.text === 'Refuses')?.content.text, 'to Back the Harbour Plan');
});

test('the one spoken to is no part of what was said', () => {
  const doc = runUntil(
    'Marta Ruiz told reporters on Tuesday the harbour would close. Paolo Neri told the council this week he would resign. ' +
      'Ana Costa asked Neri whether the vote was fair. Luis Mora asked a question he did not like.',
    'quotes',
  );
  assert.equal(doc.quotes.find((q) => q.source?.text === 'Marta Ruiz')?.content.text, 'the harbour would close');
  assert.equal(doc.quotes.find((q) => q.source?.text === 'Paolo Neri')?.content.text, 'he would resign');
  assert.equal(doc.quotes.find((q) => q.source?.text === 'Ana Costa')?.content.text, 'whether the vote was fair');
  assert.notEqual(doc.quotes.find((q) => q.source?.text === 'Luis Mora')?.content.text, 'he did not like');
});

test('a passive with an irregular participle has no source but its agent: "is seen as", "a plan criticized by"', () => {
  const doc = runUntil('The new tax is seen as a burden on farmers. The budget is a plan criticized by the unions as too timid.', 'quotes');
  assert.equal(doc.quotes.find((q) => q.cue?.text === 'is seen')?.source, null);
  assert.equal(doc.quotes.find((q) => q.cue?.text === 'criticized')?.source?.text, 'the unions');
});

test('a past tense before "by" is no passive: "said by telephone"', () => {
  const doc = runUntil('Ana Duarte said by telephone that the port will reopen.', 'quotes');
  assert.equal(attribution(doc, 'the port will reopen')?.source, 'Ana Duarte');
});

test('a verb of feeling: the one who feels is the source, what stirred it the content', () => {
  const doc = runUntil('The decision has angered the party’s senior members. Neither minister was impressed by the offer. It amazes me that the port is still closed.', 'quotes');
  const angered = doc.quotes.find((q) => q.cue?.text === 'has angered');
  assert.equal(angered?.source?.text, 'the party’s senior members');
  assert.equal(angered?.content.text, 'The decision');
  assert.equal(doc.quotes.find((q) => q.cue?.text === 'was impressed')?.source?.text, 'Neither minister');
  assert.equal(attribution(doc, 'the port is still closed')?.source, 'me');
});

test('a participle after the main verb’s object is the subject’s: "withdrew notices seeking"', () => {
  const doc = runUntil('The ministry withdrew notices seeking the arrest of 14 exiles. The police received letters saying that the school had closed.', 'quotes');
  assert.equal(doc.quotes.find((q) => q.cue?.text === 'seeking')?.source?.text, 'The ministry');
  // What one receives another made: the letters say it.
  assert.equal(doc.quotes.find((q) => q.cue?.text === 'saying')?.source?.text, 'letters');
});

test('a floating quantifier after a bracket or a dash stands for the subject before it', () => {
  const doc = runUntil('The senators -- Ruiz of Texas and Okafor of Ohio -- all condemned the program.', 'quotes');
  assert.equal(doc.quotes.find((q) => q.cue?.text === 'condemned')?.source?.text, 'The senators');
});

test('a coordinated verb takes the subject of the verb of the same form before it', () => {
  const doc = runUntil('As voters went to the polls, the Okafor campaign sent out an email with a photo of the mayor, and accused her allies of lying. The mayor says she respects the union but argues that the budget is too large.', 'quotes');
  assert.equal(doc.quotes.find((q) => q.cue?.text === 'accused')?.source?.text, 'the Okafor campaign');
  assert.equal(attribution(doc, 'the budget is too large')?.source, 'The mayor');
});

test('a participle modifying the noun before it has no source: "a manager known to be cautious"', () => {
  const doc = runUntil('The fund is run by a manager known to be cautious. The mayor called Okafor a liar.', 'quotes');
  const known = doc.quotes.find((q) => q.cue?.text === 'known');
  assert.ok(!known || known.source === null);
  assert.equal(doc.quotes.find((q) => q.cue?.text === 'called')?.source?.text, 'The mayor');
});

test('a stance one gets from others is theirs: "has drawn criticism from economists"', () => {
  const doc = runUntil('This view has drawn criticism from economists inside the bank. The answer received scattered boos.', 'quotes');
  const drawn = doc.quotes.find((q) => q.cue?.text === 'has drawn');
  if (drawn) {
    assert.equal(drawn.source?.text, 'economists');
    assert.equal(drawn.content.text, 'This view');
  }
  const boos = doc.quotes.find((q) => q.cue?.text === 'received');
  assert.ok(!boos || boos.source === null);
});

test('an inverted cue before a first name the tagger reads as a verb: "…, said Grant Okafor"', () => {
  const doc = runUntil('The bridge is unsafe, said Grant Okafor, a former inspector.', 'quotes');
  assert.equal(attribution(doc, 'The bridge is unsafe')?.source, 'Grant Okafor, a former inspector');
});

test('the ranker has its say over the subject of a verb only the cue model vouches for', async () => {
  const { rulesSourceStands } = await import('./model/source-model.js');
  const f = { cue: { start: 6, end: 10 }, source: { start: 0, end: 5 }, viaSpan: null, content: { start: 11, end: 20 }, quotations: [], truncated: false };
  assert.equal(rulesSourceStands({ ...f, rule: 'that:subject' }), true);
  assert.equal(rulesSourceStands({ ...f, rule: 'learned-object:subject' }), false);
  assert.equal(rulesSourceStands({ ...f, rule: 'loose-clause:subject' }), false);
});

test('a passive’s agent later in its clause: "was also endorsed the day before by the former mayor"', () => {
  const doc = runUntil('Okafor was also endorsed the day before by the former mayor. She was praised, by all accounts, for her courage.', 'quotes');
  assert.equal(doc.quotes.find((q) => q.cue?.text === 'was also endorsed')?.source?.text, 'the former mayor');
  const praised = doc.quotes.find((q) => q.cue?.text === 'was praised');
  assert.ok(!praised || praised.source === null);
});

test('"editor in chief of" inside an apposition: the name before it is the head of the source', () => {
  const doc = runUntil('Ana Ruiz, the editor in chief of the city’s largest paper, The Harbour Times, said the port will close.', 'quotes');
  assert.ok(attribution(doc, 'the port will close')?.source?.startsWith('Ana Ruiz'));
});

test('no inverted speaker where the phrase after the verb is its object: "cites his followers as …"', () => {
  const doc = runUntil('Okafor, in turn, cites his followers as the source of the claim. “We will reopen the port,” said a source close to the mayor.', 'quotes');
  assert.notEqual(doc.quotes.find((q) => q.cue?.text === 'cites')?.source?.text, 'his followers');
  assert.ok(attribution(doc, 'We will reopen the port')?.source?.startsWith('a source close'));
});

test('a subject the tagger misread: a name read as an adverb, an aside with a noun read as a verb', () => {
  const doc = runUntil('Jolly said he would be cautious. Okafor, in turn, cites his followers as the source of the claim. When asked about the port, the mayor said it would close.', 'quotes');
  assert.equal(attribution(doc, 'he would be cautious')?.source, 'Jolly');
  assert.ok(doc.quotes.find((q) => q.cue?.text === 'cites')?.source?.text.startsWith('Okafor'));
  assert.notEqual(doc.quotes.find((q) => q.cue?.text === 'asked')?.source?.text, 'When');
});

test('a purpose infinitive of a verb of saying is a cue of the sentence subject: "took to the radio to say …"', () => {
  const doc = runUntil('Mayor Ilse Varga took to the radio on Monday to say the bridge will reopen in May.', 'quotes');
  const a = attribution(doc, 'the bridge will reopen');
  assert.equal(a?.cue, 'say');
  assert.equal(a?.source, 'Mayor Ilse Varga');
});

test('an infinitive after a cue verb stays nested: "wants to say" is one cue', () => {
  const doc = runUntil('Tomas Lind wants to say that the port is safe.', 'quotes');
  assert.deepEqual(doc.quotes.map((q) => q.cue?.text), ['wants']);
});

test('a relative clause with a cue of its own inside a content is an attribution of its own', () => {
  const doc = runUntil('Rosa Quint said the levy was fair, which she argued would help the harbour towns.', 'quotes');
  const outer = attribution(doc, 'the levy was fair');
  assert.equal(outer?.content, 'the levy was fair');
  const inner = attribution(doc, 'would help the harbour towns');
  assert.equal(inner?.cue, 'argued');
  assert.equal(inner?.source, 'she');
});

test('a poll whose pollsters a slash joins, or with a time after it, is the source: "In an Ames Daily/Civic Radio poll last month, …"', () => {
  const doc = runUntil('In an Ames Daily/Civic Radio poll last month, 52 percent of voters backed the levy.', 'quotes');
  const a = attribution(doc, '52 percent');
  assert.equal(a?.cue, 'In');
  assert.match(a?.source ?? '', /poll/);
});

test('a name right before a colon and a quotation, with no verb, is the speaker: "More from Ada Brun: “…”"', () => {
  const doc = runUntil('More from Ada Brun: “The late deciders broke for the challenger in every county we polled.”', 'quotes');
  const a = attribution(doc, 'The late deciders');
  assert.equal(a?.cue, ':');
  assert.equal(a?.source, 'Ada Brun');
});

test('an excerpt’s author before a colon is no speaker: "by the Herald’s Ada Brun: “…”"', () => {
  const doc = runUntil('NEW MUSEUM - "A museum opens," by the Herald\'s Ada Brun: "The museum opens on Friday with three new halls and a garden."', 'quotes');
  assert.equal(doc.quotes.filter((q) => q.cue?.text === ':').length, 0);
});

test('a line label that is a count, a place heading or a byline is no speaker', () => {
  const doc = runUntil('Delegates so far.\nOrtega: 1,547\nIowa: Ada Brun, Tim Olsen, Rita Berg\nContributing: Ada Brun\nVarga: The harbour will reopen next spring.', 'quotes');
  assert.deepEqual(doc.quotes.filter((q) => q.rule.includes('speaker-line')).map((q) => q.source?.text), ['Varga']);
});

test('a bare verb the tagger reads as a noun after a plural subject is a cue: "…, harbour records show, …", "Polls show …"', () => {
  const a = attribution(runUntil('The ferry sank in 1998, harbour records show, and nobody was hurt.', 'quotes'), 'The ferry sank');
  assert.equal(a?.cue, 'show');
  assert.equal(a?.source, 'harbour records');
  const b = attribution(runUntil('Polls show voters trust Varga more than Lind.', 'quotes'), 'voters trust Varga');
  assert.equal(b?.cue, 'show');
  assert.equal(b?.source, 'Polls');
});

test('a verb of seeing whose object is judged "as" something is a stance: "voters see the levy as unfair"', () => {
  const a = attribution(runUntil('Four in 10 voters see the levy as unfair.', 'quotes'), 'the levy as unfair');
  assert.equal(a?.cue, 'see');
  assert.equal(a?.source, 'Four in 10 voters');
});

test('"in his view" attributes the clause around it to the possessor', () => {
  const a = attribution(runUntil('In her view, the levy was a mistake.', 'quotes'), 'the levy was a mistake');
  assert.equal(a?.cue, 'In her view');
  assert.equal(a?.source, 'her');
  const b = runUntil('The plan, in Professor Ivo Knittel\'s view, would fail.', 'quotes').quotes.find((q) => q.cue?.text.endsWith('view'));
  assert.equal(b?.source?.text, 'Professor Ivo Knittel');
  assert.match(b?.content.text ?? '', /^The plan.*would fail$/);
});

test('a participle of saying after a quotation’s closing comma is a cue of its own: "…,” adding that …"', () => {
  const doc = runUntil('Ortega said that the port is “the best in the region,” adding that it will grow.', 'quotes');
  const a = attribution(doc, 'it will grow');
  assert.equal(a?.cue, 'adding');
  assert.equal(a?.source, 'Ortega');
  assert.doesNotMatch(attribution(doc, 'the port is')?.content ?? '', /adding/);
});

test('a participle of saying after a comma is no complement of the verb before it: "pushed back on the claims, saying that …"', () => {
  const doc = runUntil('Varga pushed back on those claims Thursday, saying that the levy was fair.', 'quotes');
  const a = attribution(doc, 'the levy was fair');
  assert.equal(a?.cue, 'saying');
  assert.equal(a?.source, 'Varga');
});

test('a third-person verb of saying read as a noun before a quotation, or closing the sentence after its source: "The ad claims “…”", "…, the Harbour Tribune reports."', () => {
  const a = attribution(runUntil('The ad claims “Varga is the candidate you can trust.”', 'quotes'), 'Varga is the candidate');
  assert.equal(a?.cue, 'claims');
  assert.equal(a?.source, 'The ad');
  const b = attribution(runUntil('Fans chanted for an hour, the Harbour Tribune reports.', 'quotes'), 'Fans chanted');
  assert.equal(b?.cue, 'reports');
  assert.equal(b?.source, 'the Harbour Tribune');
});

test('a relative clause with a cue of its own in a source is an attribution too: "Barkley, who said …, said …"', () => {
  const doc = runUntil('Barkley, who said he typically votes Democratic, said one candidate he likes is Kasich.', 'quotes');
  const inner = attribution(doc, 'he typically votes');
  assert.equal(inner?.cue, 'said');
  assert.equal(inner?.source, 'who');
  const outer = attribution(doc, 'one candidate he likes');
  assert.match(outer?.source ?? '', /^Barkley/);
});

test('"That said, …" is a discourse marker, no report', () => {
  const doc = runUntil('Ortega won the vote. That said, the harbour will stay closed until May.', 'quotes');
  assert.equal(doc.quotes.filter((q) => q.cue?.text === 'said').length, 0);
});

test('"continued to question" is one cue, the infinitive’s, run from the aspectual verb', () => {
  const a = attribution(runUntil('Varga continued to question whether the levy was fair.', 'quotes'), 'whether the levy');
  assert.equal(a?.cue, 'continued to question');
  assert.equal(a?.source, 'Varga');
});

test('an infinitive of saying after an adjective of manner is a cue: "was quick to point out …"', () => {
  const a = attribution(runUntil('Rita Berg was quick to point out that the port had lost money.', 'quotes'), 'the port had');
  assert.equal(a?.cue, 'point out');
  assert.equal(a?.source, 'Rita Berg');
});

test('"agree with" and "stand with" take their particle, and an amount is an object: "calls for $1 trillion"', () => {
  const doc = runUntil('Voters are angry, and I agree with them. Lind calls for $2 billion in new spending.', 'quotes');
  assert.equal(attribution(doc, 'them')?.cue, 'agree with');
  assert.equal(attribution(doc, '$2 billion')?.cue, 'calls for');
});

test('a passive cue with no agent and nothing after it reports on its subject: "Symbolic gestures were announced."', () => {
  const a = attribution(runUntil('After the attack, symbolic gestures were announced.', 'quotes'), 'symbolic gestures');
  assert.equal(a?.cue, 'were announced');
  assert.equal(a?.source, null);
});

test('a past form of a listed verb read as a noun between a subject and an object is a cue: "Some accused Lind of …"', () => {
  const a = attribution(runUntil('Some accused Trump of inciting violence against Clinton.', 'quotes'), 'Trump of inciting');
  assert.equal(a?.cue, 'accused');
  assert.equal(a?.source, 'Some');
});

test('"Asked what …, he says …": the question is what was asked, not a speaker after an inverted verb', () => {
  const doc = runUntil('Asked what might surprise voters about him, Lind says he still meets his school friends every year.', 'quotes');
  const a = attribution(doc, 'what might surprise');
  assert.equal(a?.cue, 'Asked');
  assert.equal(attribution(doc, 'he still meets')?.cue, 'says');
});

test('"cast X as Y" is a stance like "see X as Y", even where the tagger reads "cast" as a noun', () => {
  const a = attribution(runUntil("Rita Berg's aides cast her victory in Nevada as a sign of strength.", 'quotes'), 'her victory');
  assert.equal(a?.cue, 'cast');
  assert.match(a?.source ?? '', /aides$/);
});

test('"another" stands for a noun as a subject: "while another says …"', () => {
  const a = attribution(runUntil('One list says there are 2,400 billionaires, while another says there are about 1,800.', 'quotes'), 'there are about 1,800');
  assert.equal(a?.cue, 'says');
  assert.equal(a?.source, 'another');
});

test('a third-person present after a noun read as an adjective is a verb, not a modifier: "Union chief says …"', () => {
  const a = attribution(runUntil('Union chief says Lind can win.', 'quotes'), 'Lind can win');
  assert.equal(a?.cue, 'says');
});

test('"According to X …," opening a sentence: all before the comma is the source', () => {
  const doc = runUntil('According to a survey published in 2017 by the Harbour Society, most sailors never learned to swim.', 'quotes');
  const q = doc.quotes.find((x) => x.cue?.text === 'According to');
  assert.equal(q?.source?.text, 'a survey published in 2017 by the Harbour Society');
  assert.equal(q?.content.text, 'most sailors never learned to swim');
});

test('a quotation right after indirect speech with a named speaker goes on with that speaker', () => {
  const doc = runUntil('The crossing was rough, Marta Ruiz said, adding it took all her strength. "It is a workout for the legs, so it burns."', 'quotes');
  const q = doc.quotes.find((x) => x.content.text.includes('workout'));
  assert.equal(doc.entities.find((e) => e.id === q?.speaker)?.name, 'Marta Ruiz');
});

test('a list of names is the source, all of it; items after a preposition\'s object are not', () => {
  const doc = runUntil('Ruiz, Okafor and Lindqvist argued that the harbour must stay open. In Lisbon, Porto and Faro said the plan was dead.', 'quotes');
  assert.equal(doc.quotes.find((q) => q.cue?.text === 'argued')?.source?.text, 'Ruiz, Okafor and Lindqvist');
  assert.notEqual(doc.quotes.find((q) => q.cue?.text === 'said')?.source?.text, 'Lisbon, Porto and Faro');
});

test('a cue in a subordinate clause opening the sentence reports up to the comma, not the main clause', () => {
  const doc = runUntil('While Marta Ruiz said that the ferry would run on time, the harbour stayed closed all week.', 'quotes');
  assert.equal(doc.quotes.find((q) => q.cue?.text === 'said')?.content.text, 'that the ferry would run on time');
  const rel = runUntil('Although the mayor insisted that sailors would be paid, whose wages were late, nothing changed.', 'quotes');
  assert.match(rel.quotes.find((q) => q.cue?.text === 'insisted')?.content.text ?? '', /whose wages were late/);
  const quoted = runUntil('When Paolo Neri shouted, “Open the gates,” the crowd cheered loudly at the pier.', 'quotes');
  assert.equal(quoted.quotes.find((q) => q.cue?.text === 'shouted')?.content.text.includes('crowd'), false);
});

test('an apposition holding a plural noun the tagger reads as a verb still leads to the subject', () => {
  const doc = runUntil('Mark Stone, a security expert who has helped investigate some of the breaches, said he did not see any evidence of a hack.', 'quotes');
  const q = doc.quotes.find((x) => x.cue?.text === 'said');
  assert.equal(q?.content.text, 'he did not see any evidence of a hack');
  assert.match(q?.source?.text ?? '', /^Mark Stone/);
});

test('a label in capitals opening several lines is a transcript speaker, however short the turn', () => {
  const text = 'The interview went on.\n\nMORENO: Do you think the mayor can heal the city?\n\nOKAFOR: I think he is trying to heal it.\n\nMORENO: And the dock workers?\n\nOKAFOR: I think they want a raise.\n';
  const doc = runUntil(text, 'quotes');
  const turns = doc.quotes.filter((q) => q.cue?.text === ':');
  assert.deepEqual(turns.map((q) => q.source?.text), ['MORENO', 'OKAFOR', 'MORENO', 'OKAFOR']);
  assert.match(turns[1]?.content.text ?? '', /^I think he is trying to heal it/);
});

test('a cue inside quoted words gives way to the cue that reports them ("seems", "according to", a light verb)', () => {
  const doc = runUntil('“Nobody seems to care about the harbour any more,” the port official said.', 'quotes');
  assert.deepEqual(doc.quotes.map((q) => q.cue?.text), ['said']);
  const acc = runUntil('“According to the polls, we are winning the city by a wide margin,” Marta Ruiz said.', 'quotes');
  assert.deepEqual(acc.quotes.map((q) => q.cue?.text), ['said']);
  const light = runUntil('“We made a promise that the ferry would run every day,” Paolo Neri said.', 'quotes');
  assert.deepEqual(light.quotes.map((q) => q.cue?.text), ['said']);
});

test('a cue whose colon ends the line introduces the next paragraph', () => {
  const doc = runUntil('The mayor spoke at the pier.\n\nIn a speech last July, Marta Ruiz said:\n\nLet no one be mistaken, the harbour will stay open for every sailor.\n\nThe crowd cheered.', 'quotes');
  const q = doc.quotes.find((x) => x.cue?.text.startsWith('said'));
  assert.equal(q?.source?.text, 'Marta Ruiz');
  assert.equal(q?.content.text, 'Let no one be mistaken, the harbour will stay open for every sailor');
});

test('a verb of saying opening the sentence before its speaker: "Said Ruiz, …, “…”", "But, said Okafor, “…”"', () => {
  const doc = runUntil('The house became a museum. Said Dorothy Smith, who grew up nearby, “We were all so proud of him.”', 'quotes');
  const q = doc.quotes.find((x) => x.cue?.text === 'Said');
  assert.equal(q?.source?.text, 'Dorothy Smith, who grew up nearby');
  assert.equal(q?.content.text, '“We were all so proud of him.”');
  const but = runUntil('Ruiz spoke first. But, said Okafor, “the harbour will stay open for every sailor.”', 'quotes');
  assert.equal(but.quotes.find((x) => x.cue?.text === 'said')?.source?.text, 'Okafor');
});

test('a noun of a standing view after a possessive is a topic, not an attribution; a noun of an act still is one', () => {
  const doc = runUntil('While Ruiz laid out her vision for the harbour, the crowd reacted loudly.', 'quotes');
  assert.equal(doc.quotes.some((q) => q.cue?.text.includes('vision')), false);
  const claim = runUntil('Her claim that the cranes were unsafe angered the sailors.', 'quotes');
  assert.match(claim.quotes.find((q) => q.cue?.text.includes('claim'))?.content.text ?? '', /the cranes were unsafe/);
});

test('"“…,” X said, according to Y": the report\'s source is the attribution, not a nested one as well', () => {
  const doc = runUntil('“The harbour will stay open for every sailor,” Marta Ruiz said, according to the Harbour Times.', 'quotes');
  assert.deepEqual(doc.quotes.map((q) => q.cue?.text), ['according to']);
  assert.equal(doc.quotes[0]?.source?.text, 'the Harbour Times');
});

test('a relative clause in the source is an attribution of its own when it reports a clause, not when it takes a stance on an object', () => {
  const stance = runUntil('Marta Ruiz, who supports the mayor, said the harbour would stay open.', 'quotes');
  assert.deepEqual(stance.quotes.map((q) => q.cue?.text), ['said']);
  const clause = runUntil('Marta Ruiz, who said she votes for the mayor, said the harbour would stay open.', 'quotes');
  assert.deepEqual(clause.quotes.map((q) => q.source?.text), ['who', 'Marta Ruiz, who said she votes for the mayor,']);
});

test('a headline verb the tagger read as a plural noun after a name is a cue; a plural noun before a verb is not', () => {
  const doc = runUntil('Ruiz plans new ferry line after weeks of delays.\n\nLISBON — The harbour reopened.', 'quotes');
  const q = doc.quotes.find((x) => x.cue?.text === 'plans');
  assert.equal(q?.source?.text, 'Ruiz');
  const hint = runUntil('Okafor hints at new harbour tax.\n\nLISBON — The harbour reopened.', 'quotes');
  assert.equal(hint.quotes.find((x) => x.cue?.text.startsWith('hints'))?.source?.text, 'Okafor');
  const noun = runUntil('Harbour attacks test the mayor.\n\nLISBON — The harbour reopened.', 'quotes');
  assert.equal(noun.quotes.some((x) => x.cue?.text === 'attacks'), false);
});

test('a date after a noun of saying and its preposition is when, not what about: "her remarks on Saturday"', () => {
  const doc = runUntil('But her remarks on Saturday carried a warmer tone for the sailors.', 'quotes');
  assert.equal(doc.quotes.some((q) => q.cue?.text.startsWith('remarks')), false);
  const topic = runUntil('The sailors welcomed her remarks on the harbour plan.', 'quotes');
  assert.equal(topic.quotes.some((q) => q.content.text.includes('harbour plan')), true);
});

test('a name in apposition to a descriptor speaks; a list of names leaves the group', () => {
  const doc = runUntil('A Republican, Dana Whitfield, told reporters: "We will vote no." Two Democrats, Ann Lee and Bo Park, said the bill was dead.', 'quotes');
  assert.equal(speakerName(doc, 'We will vote no')?.name, 'Dana Whitfield');
  assert.notEqual(speakerName(doc, 'the bill was dead')?.name, 'Ann Lee');
  const titled = runUntil('The United States\' health institute\'s director, Dr. Omar Haddad, said of the outbreak, "It is going to get worse."', 'quotes');
  assert.equal(speakerName(titled, 'It is going to get worse')?.name, 'Omar Haddad');
});

test('an interview speaker label written as initials is the person named in full before it', () => {
  const doc = runUntil('Wikinews spoke with biologist Maria Quintero about the study.\n((WN)) How did the study start?\nMQ: We started counting the birds in 1982, long before I joined the lab.\n((WN)) What comes next?\nMQ: We will count the chicks again next year, with more volunteers.', 'quotes');
  assert.equal(speakerName(doc, 'We started counting')?.name, 'Maria Quintero');
  assert.equal(speakerName(doc, 'We will count the chicks')?.name, 'Maria Quintero');
  const other = runUntil('Wikinews spoke with biologist Maria Quintero about the study.\n((WN)) How did it start?\nAB: We started counting the birds in 1982, long before I joined the lab.\n((WN)) What comes next?\nAB: We will count the chicks again next year, with more volunteers.', 'quotes');
  assert.notEqual(speakerName(other, 'We started counting')?.name, 'Maria Quintero');
});

test('a participle set off by commas after a noun phrase is its apposition: that phrase speaks, and the content ends at the comma', () => {
  const doc = runUntil('Last spring the ferry company arranged talks between Okafor, claiming to speak for the harbour board, and Lena Marsh, a union steward.', 'quotes');
  const q = doc.quotes.find((x) => x.cue?.text === 'claiming');
  assert.equal(q?.source?.text, 'Okafor');
  assert.equal(q?.content.text, 'to speak for the harbour board');
  const subject = runUntil('Okafor, claiming to speak for the harbour board, met Lena Marsh in Porto.', 'quotes');
  assert.equal(subject.quotes.find((x) => x.cue?.text === 'claiming')?.content.text, 'to speak for the harbour board');
  // A participle running to the sentence's end is the subject's.
  const end = runUntil('The mayor met Lena Marsh on Friday, saying that the ferry would run again in May.', 'quotes');
  assert.equal(end.quotes.find((x) => x.cue?.text === 'saying')?.source?.text, 'The mayor');
});

test('"show" after a singular noun, a name or an adjective is a noun (a TV show), not a verb; after a plural subject it is a verb', () => {
  for (const text of ['Marta Ruiz starred in the harbour radio show Night Tides last year.', 'In a clip from Okafor’s upcoming Harbour Music show The Tide, Okafor sings a ballad.', 'Lena Marsh was one of the hosts on late-night television show Harbour Lights.']) {
    const doc = runUntil(text, 'quotes');
    assert.equal(doc.quotes.some((q) => q.cue?.text === 'show'), false, text);
  }
  const verb = runUntil('Polls in the harbour district show that Marta Ruiz leads the race.', 'quotes');
  assert.equal(verb.quotes.find((q) => q.cue?.text === 'show')?.source?.text, 'Polls in the harbour district');
});

test('backing that is owed or advised is no stance: "must vote to", "should support", and the verb joined to it', () => {
  for (const text of ['Two-thirds of the council must vote to remove the harbour master.', 'Ferry owners should support the new harbour tax, the editorial argues.', 'The union has to back the harbour plan.']) {
    const doc = runUntil(text, 'quotes');
    assert.equal(doc.quotes.some((q) => /vote|support|back/.test(q.cue?.text ?? '')), false, text);
  }
  const joined = runUntil('Okafor argued that the board should not endorse Ruiz and instead support Lena Marsh.', 'quotes');
  assert.deepEqual(joined.quotes.map((q) => q.cue?.text), ['argued']);
  const stance = runUntil('Most sailors would vote for Marta Ruiz in the harbour election.', 'quotes');
  assert.equal(stance.quotes.find((q) => q.cue?.text === 'would vote for')?.source?.text, 'Most sailors');
});

test('an extraposed "it" before the writer\'s own judgement is no source: "It\'s worth noting that …", "it is hard to imagine …"', () => {
  const doc = runUntil('It is worth noting that the harbour has been closed since May. It is hard to imagine the ferry running again this year.', 'quotes');
  for (const q of doc.quotes.filter((x) => x.cue)) assert.equal(q.source, null, q.cue!.text);
  // The "it" of a raising adjective stands for something: "The harbour report … it is unlikely to tell …".
  const raising = runUntil('The harbour report was short, and it is unlikely to tell the whole story.', 'quotes');
  assert.equal(raising.quotes.some((q) => q.rule.endsWith(':extraposed')), false);
});

test('set phrases of saying in which nobody says anything are no cues: "It goes without saying that …", "Suffice it to say, …"', () => {
  for (const text of ['It goes without saying that the harbour needs a new pier.', 'Suffice it to say, the ferry owners were not pleased with the harbour plan.', 'Needless to say, the harbour stayed closed all winter.', 'Truth be told, the harbour was never busy.']) {
    const doc = runUntil(text, 'quotes');
    assert.equal(doc.quotes.some((q) => /say|told/.test(q.cue?.text ?? '')), false, text);
  }
});

test('a word right after a possessive is a noun, no verb: "Ruiz\'s support nationwide", but "let\'s hope" is a cue', () => {
  const doc = runUntil('Marta Ruiz\'s support nationwide is well below what the harbour board expected. Okafor\'s comment about the pier drew laughs.', 'quotes');
  assert.equal(doc.quotes.some((q) => /support|comment/.test(q.cue?.text ?? '')), false);
  const hope = runUntil('Let\'s hope that the harbour reopens in May.', 'quotes');
  assert.equal(hope.quotes.some((q) => q.cue?.text === 'hope'), true);
});

test('"called" right after a singular noun and before a name names the noun: "a group called Citizens for Harbours"', () => {
  const doc = runUntil('A group called Citizens for Harbours met on Friday. Lena Marsh now leads a program called Harbour Promise.', 'quotes');
  assert.equal(doc.quotes.some((q) => q.cue?.text === 'called'), false);
  const label = runUntil('One lawmaker called Okafor “the harbour prince” on Friday.', 'quotes');
  assert.equal(label.quotes.find((q) => q.cue?.text === 'called')?.source?.text, 'One lawmaker');
});

test('a past participle between a number or a possessor and its noun modifies the noun: "270 pledged delegates", "his proposed ban"', () => {
  const doc = runUntil('Marta Ruiz leads Okafor by roughly 270 pledged delegates. His proposed expansion of the pier drew fire from the union.', 'quotes');
  assert.equal(doc.quotes.some((q) => /pledged|proposed/.test(q.cue?.text ?? '')), false);
  const adverbs = runUntil('The pier soon became the most frequently discussed subject in the harbour town.', 'quotes');
  assert.equal(adverbs.quotes.some((q) => /discussed/.test(q.cue?.text ?? '')), false);
  const noun = runUntil('On Friday, Okafor’s repeated emphasis that the pier was safe drew laughs.', 'quotes');
  const q = noun.quotes.find((x) => x.cue?.text.endsWith('emphasis'));
  assert.equal(q?.source?.text, 'Okafor’s');
  assert.equal(q?.content.text.startsWith('that the pier was safe'), true);
  const verb = runUntil('Marta Ruiz pledged support to the union.', 'quotes');
  assert.equal(verb.quotes.find((x) => x.cue?.text === 'pledged')?.source?.text, 'Marta Ruiz');
});

test('speaking to someone, or on terms, is no attribution; speaking to someone about something is', () => {
  const doc = runUntil('Marta Ruiz spoke to reporters on Thursday. A harbour official, who spoke on the condition of anonymity, said the pier was unsafe.', 'quotes');
  assert.deepEqual(doc.quotes.filter((q) => q.cue).map((q) => q.cue!.text), ['said']);
  const topic = runUntil('Okafor spoke to the union about the pier.', 'quotes');
  assert.equal(topic.quotes.some((q) => q.cue?.text.startsWith('spoke')), true);
});

test('"To X, <clause>" opening a sentence gives X\'s view of the clause; "To date, …" names no one', () => {
  const doc = runUntil('To Lena Marsh, who has studied the harbour for years, the new pier is a mistake.', 'quotes');
  const q = doc.quotes.find((x) => x.cue?.text === 'To');
  assert.equal(q?.source?.text, 'Lena Marsh, who has studied the harbour for years');
  assert.equal(q?.content.text, 'the new pier is a mistake');
  const date = runUntil('To date, 14 ferries have docked at the new pier.', 'quotes');
  assert.equal(date.quotes.some((x) => x.cue?.text === 'To'), false);
});

test('a plural noun before "that" after a possessive or a plural is no verb: "their states that …"; "the website states that …" is', () => {
  const doc = runUntil('There are senators with harbours in their states that desperately need dredging. Voters in coastal states that border the sea were polled.', 'quotes');
  assert.equal(doc.quotes.some((q) => q.cue?.text === 'states'), false);
  const verb = runUntil('A document on the harbour board website states that ferries will run hourly.', 'quotes');
  assert.equal(verb.quotes.find((q) => q.cue?.text === 'states')?.content.text, 'that ferries will run hourly');
});

test('a participle between a determiner and its noun is inside the phrase: "by the opposing harbour party"', () => {
  const doc = runUntil('The plan had also been challenged by the opposing harbour party.', 'quotes');
  assert.equal(doc.quotes.find((q) => q.cue?.text.endsWith('challenged'))?.source?.text, 'the opposing harbour party');
});

test('a quotation closing before its comma ("…", said X) is what was said, and the speaker follows the verb', () => {
  const doc = runUntil('"We are still searching the harbour. Our priority is to find the missing boat", said Inspector Lena Marsh.', 'quotes');
  const q = doc.quotes.find((x) => x.cue?.text === 'said');
  assert.equal(q?.source?.text, 'Inspector Lena Marsh');
  assert.equal(q?.kind, 'direct');
  // A quoted title in the subject's apposition is no statement: "The ad, titled “Harbour?”, concludes that …".
  const title = runUntil('The ad, titled "Harbour Lights", concludes that the pier is unsafe.', 'quotes');
  assert.equal(title.quotes.find((x) => x.cue?.text === 'concludes')?.source?.text.startsWith('The ad'), true);
});

test('a reported clause whose subject carries an apposition or a relative clause is reported whole', () => {
  const doc = runUntil('Officials said the ferry, a small catamaran, ran aground near the pier. Okafor said the pier, which opened in May, is unsafe.', 'quotes');
  assert.equal(doc.quotes.find((q) => q.source?.text === 'Officials')?.content.text, 'the ferry, a small catamaran, ran aground near the pier');
  assert.equal(doc.quotes.find((q) => q.source?.text === 'Okafor')?.content.text, 'the pier, which opened in May, is unsafe');
  // A cue in a relative clause: the main clause goes on after the comma.
  const relative = runUntil('Groups like the union, which claimed responsibility for the strike, are gaining members.', 'quotes');
  assert.equal(relative.quotes.find((q) => q.cue?.text === 'claimed')?.content.text.includes('gaining'), false);
});

test('a capitalized preposition between two names is part of the name: "of Sailors Without Borders"', () => {
  const doc = runUntil('"The harbour must stay open", said Lena Marsh of Sailors Without Borders.', 'quotes');
  assert.equal(doc.quotes.find((q) => q.cue?.text === 'said')?.source?.text, 'Lena Marsh of Sailors Without Borders');
});

test('"declined" by an amount is a fall, no refusal; "declined comment" and "declined to speak" are cues', () => {
  const doc = runUntil('The number of ferries in the bay has declined 40%, and harbour fees declined by about 3 percent.', 'quotes');
  assert.equal(doc.quotes.some((q) => /declined/.test(q.cue?.text ?? '')), false);
  const refusal = runUntil('Marta Ruiz declined comment. Okafor declined to speak.', 'quotes');
  assert.equal(refusal.quotes.filter((q) => q.cue?.text === 'declined').length, 2);
});

test('a verb of saying after a clause and its comma, before a named speaker, is inverted: "…, stated Minister Lena Marsh, and …"', () => {
  const doc = runUntil('The ferry was moored at the old pier, stated Harbour Master Lena Marsh, and was towed away on Friday.', 'quotes');
  const q = doc.quotes.find((x) => x.cue?.text === 'stated');
  assert.equal(q?.source?.text, 'Harbour Master Lena Marsh');
  assert.equal(q?.content.text, 'The ferry was moored at the old pier');
  // A subject with an aside, then its verb and object, is no inversion.
  const subject = runUntil('Marta Ruiz, who has refused to endorse Okafor, said the Harbour Board deserved better.', 'quotes');
  assert.equal(subject.quotes.find((x) => x.cue?.text === 'said')?.content.text, 'the Harbour Board deserved better');
});

test('a quotation after a prepositional aside set off by commas is what the cue reports; "said, adding, “…”" is a cue of its own', () => {
  const doc = runUntil('Dr. Lena Marsh called the outbreak "unprecedented." She said, in remarks published by a newspaper in May, "No other virus has spread this fast."', 'quotes');
  assert.equal(speakerName(doc, 'No other virus')?.q.cue?.text, 'said');
  assert.equal(speakerName(doc, 'No other virus')?.name, 'Lena Marsh');
  const adding = runUntil('The talks will resume next week, Omar Haddad said, adding, "They need to sit down and talk."', 'quotes');
  assert.equal(speakerName(adding, 'They need to sit down')?.q.cue?.text, 'adding');
});

test('in a source phrase "X\'s Y", the possessed Y speaks, not its possessor X', () => {
  const doc = runUntil("The Daily Planet's Lena Ortiz said questions remain about the strike.", 'quotes');
  assert.equal(speakerName(doc, 'questions remain')?.name, 'Lena Ortiz');
  const office = runUntil("Chile's Ministry of Health said the outbreak was contained.", 'quotes');
  assert.equal(speakerName(office, 'the outbreak')?.name, 'Ministry of Health');
});

test('the subject of a passive "was questioned", "were found guilty" with no agent is the one questioned or judged, no source', () => {
  const doc = runUntil('After a week-long trial in Lyon, three Spanish customs officers were found guilty on Friday of smuggling cigarettes in 2016.', 'quotes');
  const guilty = doc.quotes.find((q) => q.content.text.startsWith('guilty'));
  assert.ok(guilty, doc.quotes.map((q) => q.content.text).join(' | '));
  assert.equal(guilty.source, null);
  const asked = runUntil('At trial, he was questioned on his spending, and his travel and business habits.', 'quotes').quotes.find((q) => q.content.text.startsWith('his spending'));
  assert.ok(asked);
  assert.equal(asked.source, null);
  // "She’s asked the voters to …": "’s" is "has", and the asker speaks.
  const has = runUntil('Mara Velez spoke on Monday. She’s asked the voters to stay home.', 'quotes');
  assert.equal(speakerName(has, 'to stay home')?.name, 'Mara Velez');
});

test('a relative clause set off by no commas before the verb: the phrase before it is the source, the clause\'s verb no cue', () => {
  const doc = runUntil('Harbour councillor Lena Marsh who chaired the inquiry stated the pier was unsafe.', 'quotes');
  const q = speakerName(doc, 'the pier was unsafe');
  assert.equal(q?.q.source?.text, 'Harbour councillor Lena Marsh who chaired the inquiry');
  assert.equal(q?.name, 'Lena Marsh');
  const cue = runUntil('Omar Haddad who wrote the charter said the charter still held.', 'quotes');
  assert.deepEqual(cue.quotes.map((x) => [x.cue?.text, x.content.text]), [['said', 'the charter still held']]);
  assert.equal(speakerName(cue, 'the charter still held')?.name, 'Omar Haddad');
  const that = runUntil('The agency that announced the ban said the ban would last a year.', 'quotes');
  assert.deepEqual(that.quotes.map((x) => [x.cue?.text, x.source?.text]), [['said', 'The agency that announced the ban']]);
  // A name in the clause is no speaker; a verb that takes a clause keeps it ("who believe X said …").
  const named = runUntil('Fishermen who met Mayor Lena Ortiz said the harbour would reopen.', 'quotes');
  assert.notEqual(speakerName(named, 'the harbour would reopen')?.name, 'Lena Ortiz');
  const belief = runUntil('Sailors who believe Captain Ruiz said the port was closed stayed home.', 'quotes');
  assert.equal(belief.quotes.some((x) => x.source?.text.startsWith('Sailors')), false);
});

test('a name in a relative clause of the source does not speak, unless it made what the phrase names', () => {
  const doc = runUntil('Many fishermen, who blame Mayor Lena Ortiz for the closure, said the harbour should reopen.', 'quotes');
  assert.equal(speakerName(doc, 'the harbour should reopen')?.name, null);
  const made = runUntil('The report, which was written by the Harbour Authority, found the pier was unsafe.', 'quotes');
  assert.equal(speakerName(made, 'the pier was unsafe')?.name, 'Harbour Authority');
});
