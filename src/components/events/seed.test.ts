import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadKb } from '../../kb/kb.js';
import { codeEvents } from './compute/codeEvents.js';
import { SEED_DIR, seedAvailable, seedDoc } from './testing/seedFixture.js';
import { scoreEvents, type GoldEvent } from './testing/seedScore.js';

const skip = seedAvailable() ? false : 'seed data not available';

test('seed article with hand-placed layers: at least 11 of 14 gold events, few extras', { skip }, () => {
  const doc = seedDoc();
  const gold = (JSON.parse(readFileSync(SEED_DIR + 'gold.json', 'utf8')) as { events: GoldEvent[] }).events;
  const events = codeEvents(doc, loadKb());
  const score = scoreEvents(doc.text, gold, events);
  assert.ok(score.correct >= 11, `only ${score.correct}/${score.total}; missed: ${score.missed.map((m) => m.evidence).join(' | ')}`);
  assert.ok(score.extra.length <= 6, `too many extra events: ${score.extra.map((e) => e.rule).join(' | ')}`);
});

test('seed: the conditional, the hearsay and the negated clauses give nothing', { skip }, () => {
  const doc = seedDoc();
  const events = codeEvents(doc, loadKb());
  const inside = (phrase: string) => {
    const at = doc.text.indexOf(phrase);
    return events.filter((e) => e.evidence.some((x) => x.start < at + phrase.length && at < x.end));
  };
  assert.deepEqual(inside('if Damascus asks'), []);
  assert.deepEqual(inside('Russia has asked Iran to leave Syria'), []);
  assert.deepEqual(inside('cannot affect Iran-Russia cooperation'), []);
  assert.deepEqual(inside('a possible military clash'), []);
});

test('seed: every event is explained and valid', { skip }, () => {
  const kb = loadKb();
  for (const e of codeEvents(seedDoc(), kb)) {
    assert.ok(e.rule.length > 0 && e.evidence.length > 0);
    assert.equal(e.root, e.cameo.slice(0, 2));
    assert.equal(e.goldstein, kb.cameo.get(e.cameo)!.goldstein);
    assert.match(e.id, /^[0-9a-f]{16}$/);
    assert.ok(e.source?.actor && e.target?.actor && e.source.actor !== e.target.actor);
  }
});

test('seed through the full pipeline (extract): at least 11 of 14 gold events', { skip }, async () => {
  const { extract } = await import('../../index.js');
  const text = readFileSync(SEED_DIR + 'article.txt', 'utf8');
  const doc = extract(text, { date: '2018-07-20' });
  if (!doc.mentions.length) return; // the entity components have not landed: nothing to measure yet
  const gold = (JSON.parse(readFileSync(SEED_DIR + 'gold.json', 'utf8')) as { events: GoldEvent[] }).events;
  const score = scoreEvents(text, gold, doc.events);
  assert.ok(score.correct >= 11, `only ${score.correct}/${score.total}; missed: ${score.missed.map((m) => m.evidence).join(' | ')}`);
  assert.ok(score.extra.length <= 6, `too many extra events: ${score.extra.map((e) => e.rule).join(' | ')}`);
});
