import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { createDoc } from '../doc/doc.js';
import type { Doc, Entity, Event } from '../doc/schema.js';
import { readSeedGold } from './gold.js';
import {
  SeedGoldSchema,
  entityMatches,
  locateEvidenceWords,
  normalizeQuoteStart,
  scoreSeed,
  timexValueAccepted,
  type SeedGold,
} from './seed.js';

// A tiny article and its gold, in the format of ../shared/data/seed/gold.json.
const TEXT = [
  'Russian President Vladimir Putin arrived in Tehran on Wednesday, a week before the Syrian talks.',
  'Levon Dzhagarian said that “Iran is not a small country you can force out.',
  'Dzhagaryan added that Moscow and Tehran are allies in Syria.',
  'Rights groups charged both countries with war crimes, sources in Syria said.',
  'Working with Iranians can only',
].join('\n');

const GOLD: SeedGold = SeedGoldSchema.parse({
  text: TEXT,
  document: { date: '2018-07-20' },
  entities: [
    { id: 'putin', name: 'Vladimir Putin', type: 'PERSON', actor: 'RUSGOV', mentions: ['Vladimir Putin', 'Putin'] },
    {
      id: 'dzhagaryan',
      name: 'Levon Dzhagaryan',
      type: 'PERSON',
      actor: 'RUSGOV',
      accept_names: ['Levon Dzhagarian'],
      mentions: ['Levon Dzhagarian', 'Dzhagaryan'],
      variants: ['Levon Dzhagarian', 'Dzhagaryan'],
    },
    { id: 'iran', name: 'Iran', type: 'COUNTRY', actor: 'IRN', mentions: ['Iran', 'Tehran'] },
  ],
  places: [
    { name: 'Tehran', country: 'IRN' },
    { name: 'Syria', country: 'SYR' },
  ],
  timexes: [
    { text: 'Wednesday', value: '2018-07-18', context: 'arrived in Tehran on Wednesday' },
    { text: 'a week before', value: '2018-W28', context: 'a week before the Syrian', note: 'a day value near 2018-07-11 is also accepted' },
  ],
  quotes: [
    { speaker: 'dzhagaryan', kind: 'direct', cue: 'said', starts: 'Iran is not a small country you can force out' },
    { speaker: 'dzhagaryan', kind: 'indirect', cue: 'added', starts: 'Moscow and Tehran are allies' },
  ],
  events: [
    { source: 'RUSGOV', target: 'IRN', code: '042', root: '04', evidence: 'Putin arrived in Tehran' },
    { source: 'NGO', target: null, code: '1124', root: '11', evidence: 'charged ... war crimes', accept: ['112'] },
  ],
  flags: [{ kind: 'truncated-quote', text: 'Working with Iranians can only' }],
});

function span(text: string, needle: string, nth = 0): { start: number; end: number; text: string } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `fixture: "${needle}" #${nth} not in text`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

function entity(doc: Doc, id: string, name: string, type: Entity['type'], actor: string | null, mentions: string[]): Entity {
  const e: Entity = {
    id,
    name,
    type,
    actor,
    country: actor ? actor.slice(0, 3) : null,
    sectors: [],
    roles: [],
    variants: [],
    mentions: mentions.map((m) => ({ ...span(doc.text, m), kind: 'name' as const })),
  };
  doc.entities.push(e);
  return e;
}

function event(doc: Doc, source: string | null, cameo: string, target: string | null, evidence: string[]): Event {
  const e: Event = {
    id: `ev${doc.events.length}`,
    source: source === null ? null : { entity: null, actor: source },
    target: target === null ? null : { entity: null, actor: target },
    cameo,
    root: cameo.slice(0, 2),
    plover: null,
    goldstein: 0,
    quad: 1,
    date: null,
    place: null,
    evidence: evidence.map((w) => span(doc.text, w)),
    rule: 'test',
    confidence: 1,
    reportedBy: null,
  };
  doc.events.push(e);
  return e;
}

/** A document that gets every gold item right. */
function perfectDoc(): Doc {
  const doc = createDoc(TEXT, { date: '2018-07-20' });
  entity(doc, 'e1', 'Vladimir Putin', 'PERSON', 'RUSGOV', ['Vladimir Putin']);
  entity(doc, 'e2', 'Levon Dzhagarian', 'PERSON', 'RUSGOV', ['Levon Dzhagarian', 'Dzhagaryan']);
  doc.timexes.push({ ...span(TEXT, 'Wednesday'), type: 'DATE', value: '2018-07-18', anchor: 'document', rule: 'test' });
  doc.timexes.push({ ...span(TEXT, 'a week before'), type: 'DATE', value: '2018-W28', anchor: 'document', rule: 'test' });
  const quote = (content: string, speaker: string | null) =>
    doc.quotes.push({
      kind: 'direct',
      content: span(TEXT, content),
      cue: null,
      speaker,
      source: null,
      via: [],
      truncated: false,
      evidence: [],
      rule: 'test',
    });
  quote('“Iran is not a small country you can force out.', 'e2');
  quote('that Moscow and Tehran are allies in Syria', 'e2');
  event(doc, 'RUSGOV', '042', 'IRNGOV', ['arrived']);
  event(doc, 'NGO', '112', 'IRN', ['charged both countries']);
  const place = (name: string, country: string, nth = 0) =>
    doc.places.push({ ...span(TEXT, name, nth), name, country, lat: null, lon: null, feature: 'city', rule: 'test' });
  place('Tehran', 'IRN');
  place('Syria', 'SYR', 1); // #0 is inside "Syrian"
  doc.flags.push({ kind: 'truncated-quote', ...span(TEXT, 'Working with Iranians can only') });
  return doc;
}

function reasons(result: ReturnType<typeof scoreSeed>, category: string): string[] {
  return result.items.filter((i) => i.category === category && !i.ok).map((i) => i.reason ?? '');
}

describe('scoreSeed', () => {
  it('scores a perfect document as all correct, with the JSON keys of the seed task', () => {
    const { scores, items } = scoreSeed(GOLD, perfectDoc());
    assert.deepEqual(Object.keys(scores), ['persons', 'variantGroups', 'timex', 'quotes', 'events', 'places', 'flags']);
    assert.deepEqual(scores, {
      persons: { correct: 2, total: 2 },
      variantGroups: { correct: 1, total: 1 },
      timex: { correct: 2, total: 2, extracted: 2 },
      quotes: { correct: 2, total: 2, extracted: 2 },
      events: { correct: 2, total: 2, extracted: 2 },
      places: { correct: 2, total: 2 },
      flags: { correct: 1, total: 1 },
    });
    assert.ok(items.every((i) => i.ok));
  });

  it('scores an empty document as all missed, each with a reason', () => {
    const result = scoreSeed(GOLD, createDoc(TEXT));
    for (const s of Object.values(result.scores)) assert.equal(s.correct, 0);
    assert.equal(result.scores.quotes.extracted, 0);
    assert.ok(result.items.every((i) => !i.ok && i.reason));
    assert.deepEqual(reasons(result, 'events'), ['no event on these words', 'no event on these words']);
  });

  it('persons: a surname alone or a wrong actor code fails', () => {
    const doc = createDoc(TEXT);
    entity(doc, 'e1', 'Putin', 'PERSON', 'RUSGOV', ['Vladimir Putin']);
    entity(doc, 'e2', 'levon dzhagarian', 'PERSON', 'RUS', ['Levon Dzhagarian']);
    const r = scoreSeed(GOLD, doc);
    assert.equal(r.scores.persons.correct, 0);
    const [putin, dzh] = reasons(r, 'persons');
    assert.match(putin!, /found only as e1 "Putin".*full name "Vladimir Putin" is missing/);
    assert.equal(dzh, 'actor RUS, want RUSGOV');
  });

  it('persons: accept_names count, any case', () => {
    const doc = createDoc(TEXT);
    entity(doc, 'e2', 'LEVON DZHAGARIAN', 'PERSON', 'RUSGOV', []);
    assert.equal(scoreSeed(GOLD, doc).scores.persons.correct, 1);
  });

  it('variantGroups: both spellings must land on one entity', () => {
    const doc = createDoc(TEXT);
    entity(doc, 'e2', 'Levon Dzhagarian', 'PERSON', 'RUSGOV', ['Levon Dzhagarian']);
    entity(doc, 'e3', 'Dzhagaryan', 'PERSON', 'RUSGOV', ['Dzhagaryan']);
    const r = scoreSeed(GOLD, doc);
    assert.equal(r.scores.variantGroups.correct, 0);
    assert.match(reasons(r, 'variantGroups')[0]!, /split across 2 entities/);

    const one = createDoc(TEXT);
    entity(one, 'e2', 'Levon Dzhagarian', 'PERSON', 'RUSGOV', ['Levon Dzhagarian']);
    assert.match(reasons(scoreSeed(GOLD, one), 'variantGroups')[0]!, /no resolved mention spelled "Dzhagaryan"/);
  });

  it('timex: the expression inside the context must carry the gold value', () => {
    const doc = createDoc(TEXT);
    doc.timexes.push({ ...span(TEXT, 'on Wednesday'), type: 'DATE', value: '2018-07-25', anchor: 'document', rule: 'test' });
    const r = scoreSeed(GOLD, doc);
    assert.equal(r.scores.timex.correct, 0);
    assert.deepEqual(reasons(r, 'timex'), [
      '"on Wednesday" = 2018-07-25; want 2018-07-18',
      'no time expression found there',
    ]);
  });

  it('timex: a note "a day value near D" accepts a day within 3 days of D, no further', () => {
    const g = GOLD.timexes[1]!;
    assert.ok(timexValueAccepted('2018-W28', g));
    assert.ok(timexValueAccepted('2018-07-11', g));
    assert.ok(timexValueAccepted('2018-07-14', g));
    assert.ok(timexValueAccepted('2018-07-08', g));
    assert.ok(!timexValueAccepted('2018-07-15', g));
    assert.ok(!timexValueAccepted('2018-07', g));
    assert.ok(!timexValueAccepted('2018-07-11', GOLD.timexes[0]!));
  });

  it('quotes: the start is compared without quotation marks, spaces or a leading "that"', () => {
    assert.equal(normalizeQuoteStart('that “Iran’s  role'), 'iransrole');
    assert.equal(normalizeQuoteStart('  "Iran\'s role"'), 'iransrole');
    assert.equal(normalizeQuoteStart('thatcher said'), 'thatchersaid');
  });

  it('quotes: a quote found with the wrong or no speaker says so', () => {
    const doc = perfectDoc();
    doc.quotes[0]!.speaker = null;
    entity(doc, 'e9', 'Iran', 'COUNTRY', 'IRN', ['Iran']);
    doc.quotes[1]!.speaker = 'e9';
    const r = scoreSeed(GOLD, doc);
    assert.equal(r.scores.quotes.correct, 0);
    assert.deepEqual(reasons(r, 'quotes'), ['speaker null, want dzhagaryan', 'speaker e9 "Iran", want dzhagaryan']);
  });

  it('quotes: the speaker may match through a gold mention; a quote starting elsewhere fails', () => {
    const doc = perfectDoc();
    doc.entities[1]!.name = 'Dzhagaryan'; // a gold mention of dzhagaryan
    doc.quotes[1]!.content = span(TEXT, 'added that Moscow and Tehran are allies in Syria');
    const r = scoreSeed(GOLD, doc);
    assert.equal(r.scores.quotes.correct, 1);
    assert.match(reasons(r, 'quotes')[0]!, /^no quote starts there; it is inside the quote 'added that Moscow/);
  });

  it('entityMatches: countries and organizations may match by actor code, persons may not', () => {
    const iran = GOLD.entities[2]!;
    const putin = GOLD.entities[0]!;
    assert.ok(entityMatches({ name: 'Islamic Republic', actor: 'IRN' }, iran));
    assert.ok(entityMatches({ name: 'tehran', actor: null }, iran));
    assert.ok(!entityMatches({ name: 'Islamic Republic', actor: 'IRNGOV' }, iran));
    assert.ok(entityMatches({ name: 'putin', actor: null }, putin));
    assert.ok(!entityMatches({ name: 'The Russian leader', actor: 'RUSGOV' }, putin));
  });

  it('events: a three-letter gold code needs only the prefix, a six-letter one must be equal', () => {
    const doc = createDoc(TEXT);
    event(doc, 'RUS', '042', 'IRNGOV', ['Putin arrived']);
    const r = scoreSeed(GOLD, doc);
    assert.deepEqual(reasons(r, 'events'), ['found RUS → 042 → IRNGOV: source RUS, want RUSGOV', 'no event on these words']);
  });

  it('events: the root, the code or an accepted code passes; another root fails', () => {
    const ok = createDoc(TEXT);
    event(ok, 'NGO', '111', null, ['war']);
    assert.equal(scoreSeed(GOLD, ok).scores.events.correct, 1, 'root 11 matches; a null gold target accepts a missing actor');
    const bad = createDoc(TEXT);
    event(bad, 'NGO', '173', 'IRN', ['war crimes']);
    assert.deepEqual(reasons(scoreSeed(GOLD, bad), 'events')[1], 'found NGO → 173 → IRN: code 173 (root 17), want root 11 or 1124/112');
  });

  it('events: evidence overlapping only the gap between "..." pieces does not count', () => {
    const words = locateEvidenceWords(TEXT, 'charged ... war crimes');
    assert.deepEqual(
      words.map((w) => TEXT.slice(w.start, w.end)),
      ['charged', 'war', 'crimes'],
    );
    const doc = createDoc(TEXT);
    event(doc, 'NGO', '112', 'IRN', ['both countries with']);
    assert.equal(scoreSeed(GOLD, doc).scores.events.correct, 0);
  });

  it('events: evidence words are found despite curly quotes and spacing differences', () => {
    const text = 'He said it is “legitimate”   today.';
    const words = locateEvidenceWords(text, 'it is "legitimate" today');
    assert.deepEqual(words.map((w) => text.slice(w.start, w.end)), ['it', 'is', 'legitimate', 'today']);
  });

  it('places: a place on an occurrence of the name (not inside "Syrian") with the gold country', () => {
    const doc = createDoc(TEXT);
    const add = (at: { start: number; end: number; text: string }, country: string) =>
      doc.places.push({ ...at, name: at.text, country, lat: null, lon: null, feature: 'country', rule: 'test' });
    add(span(TEXT, 'Syria'), 'SYR'); // the "Syria" inside "Syrian"
    add(span(TEXT, 'Tehran', 1), 'IRQ'); // second occurrence, wrong country
    const r = scoreSeed(GOLD, doc);
    assert.deepEqual(reasons(r, 'places'), ['country IRQ, want IRN', 'no place found on any of its 2 occurrences']);
  });

  it('flags: a flag of that kind must cover the whole text', () => {
    const doc = createDoc(TEXT);
    doc.flags.push({ kind: 'truncated-quote', ...span(TEXT, 'Working with') });
    doc.flags.push({ kind: 'merged-token', ...span(TEXT, 'Working with Iranians can only') });
    assert.deepEqual(reasons(scoreSeed(GOLD, doc), 'flags'), ['flagged as merged-token instead']);
  });

  it('does not change the gold or the document', () => {
    const doc = perfectDoc();
    const before = JSON.stringify([GOLD, doc]);
    scoreSeed(GOLD, doc);
    assert.equal(JSON.stringify([GOLD, doc]), before);
  });
});

describe('readSeedGold', () => {
  it('reads the article named by `article`, relative to the gold file, and the document date', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tidings-gold-'));
    try {
      await writeFile(join(dir, 'a.txt'), '\ufeffHello Tehran.');
      await writeFile(join(dir, 'gold.json'), JSON.stringify({ article: 'a.txt', document: { date: '2018-07-20' } }));
      const loaded = await readSeedGold(join(dir, 'gold.json'));
      assert.equal(loaded.text, 'Hello Tehran.');
      assert.equal(loaded.date, '2018-07-20');
      assert.deepEqual(loaded.gold.quotes, []);
      await writeFile(join(dir, 'bad.json'), JSON.stringify({ document: {} }));
      await assert.rejects(readSeedGold(join(dir, 'bad.json')), /neither "text" nor "article"/);
      await assert.rejects(readSeedGold(join(dir, 'missing.json')), /gold file not found/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  const shared = fileURLToPath(new URL('../../../../shared/data/seed/gold.json', import.meta.url));
  it('finds every item of the shared seed gold in its article', { skip: !existsSync(shared) && 'no ../shared/data' }, async () => {
    const { gold, text } = await readSeedGold(shared);
    const { scores, items } = scoreSeed(gold, createDoc(text));
    assert.deepEqual(
      Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, v.total])),
      { persons: 9, variantGroups: 2, timex: 11, quotes: 13, events: 14, places: 6, flags: 2 },
    );
    const unlocated = items.filter((i) => /not found in the text/.test(i.reason ?? ''));
    assert.deepEqual(unlocated, []);
  });
});
