import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKb } from '../kb/kb.js';
import { allowedAfter, decodeLabels, encodeSpans, LABEL_INDEX, LABELS } from './labels.js';
import { featureContext, NameSink, tokenFeatures, wordShape } from './features.js';
import { NerModel } from './model.js';
import { trainNer } from './train.js';
import { isOpeningFunctionWord, tagSentences } from './tagger.js';
import type { ConllDoc } from './conll.js';
import { defaultNerModel } from './default-model.js';

test('BILOU: spans survive encoding and decoding; only well-formed sequences are allowed', () => {
  const spans = [
    { start: 0, end: 2, type: 'PER' as const },
    { start: 3, end: 4, type: 'LOC' as const },
    { start: 5, end: 8, type: 'ORG' as const },
  ];
  assert.deepEqual(decodeLabels(encodeSpans(9, spans)), spans);
  const b = LABEL_INDEX.get('B-PER')!;
  assert.equal(allowedAfter(b)[LABEL_INDEX.get('L-PER')!], true);
  assert.equal(allowedAfter(b)[LABEL_INDEX.get('L-ORG')!], false);
  assert.equal(allowedAfter(b)[0], false);
  assert.equal(allowedAfter(-1)[LABEL_INDEX.get('I-LOC')!], false);
  // A span left open at the end of a sentence is closed there.
  assert.deepEqual(decodeLabels([0, b]), [{ start: 1, end: 2, type: 'PER' }]);
});

test('word shapes and document features', () => {
  assert.equal(wordShape('Putin'), 'Xx');
  assert.equal(wordShape('UN'), 'X2');
  assert.equal(wordShape('1996-08-30'), 'd-d-d');
  const kb = loadKb();
  const ctx = featureContext([['ROBINSON', 'WINS'], ['Robinson', 'won', 'and', 'Cole', 'beat', 'Robinson', '.'], ['Wins', 'are', 'rare', ',', 'wins', 'count']], kb);
  assert.equal(ctx.allCaps[0], true);
  assert.ok(ctx.seenLower.has('wins'));
  assert.ok(ctx.seenCapMid.has('robinson'));
  const sink = new NameSink();
  tokenFeatures(ctx, 0, 0, sink);
  const f = sink.names;
  // The headline word gets the contexts of its other occurrences, not its own.
  assert.ok(f.includes('a>=won') && f.includes('a<=beat'), f.join(' '));
  assert.ok(!f.includes('a>=wins'));
  assert.ok(f.includes('dc='));
});

/** Tiny synthetic news: people say things, visit places, join organizations. */
function fixture(): ConllDoc[] {
  const people = [['Anna', 'Berg'], ['Tomas', 'Lind'], ['Maria', 'Olsen'], ['Jonas', 'Falk'], ['Eva', 'Holm'], ['Karl', 'Dahl']];
  const places = ['Ostrava', 'Brno', 'Plzen', 'Liberec', 'Olomouc'];
  const orgs = [['Union', 'Bank'], ['Steel', 'Works'], ['Farmers', 'Union'], ['Textile', 'Group']];
  const docs: ConllDoc[] = [];
  let n = 0;
  for (let d = 0; d < 12; d++) {
    const sentences: ConllDoc['sentences'] = [];
    for (let k = 0; k < 6; k++) {
      const p = people[(d + k) % people.length]!;
      const pl = places[(d * 2 + k) % places.length]!;
      const o = orgs[(d + 2 * k) % orgs.length]!;
      const tokens = [...p, 'of', 'the', ...o, 'said', 'in', pl, 'that', 'prices', 'rose', '.'];
      sentences.push({
        tokens,
        text: tokens.join(' '),
        entities: [
          { start: 0, end: 2, type: 'PER', charStart: 0, charEnd: 0 },
          { start: 4, end: 6, type: 'ORG', charStart: 0, charEnd: 0 },
          { start: 8, end: 9, type: 'LOC', charStart: 0, charEnd: 0 },
        ],
      });
      n++;
    }
    docs.push({ id: `d${d}`, sentences });
  }
  assert.ok(n > 0);
  return docs;
}

test('training is reproducible, and the model learns and survives a save and load', () => {
  const kb = loadKb();
  const a = trainNer(fixture(), kb, { epochs: 4, seed: 7, minCount: 1 });
  const b = trainNer(fixture(), kb, { epochs: 4, seed: 7, minCount: 1 });
  const dir = mkdtempSync(join(tmpdir(), 'tidings-ner-'));
  try {
    a.save(join(dir, 'a.bin'));
    b.save(join(dir, 'b.bin'));
    const loaded = NerModel.load(join(dir, 'a.bin'));
    assert.equal(loaded.size, a.size);
    assert.deepEqual(loaded.labels, LABELS);
    // Unseen names in a seen frame.
    const tokens = ['Lena', 'Sund', 'of', 'the', 'Cement', 'Works', 'said', 'in', 'Zlin', 'that', 'prices', 'rose', '.'];
    const spans = tagSentences([tokens], loaded, kb)[0]!;
    assert.deepEqual(spans, [
      { start: 0, end: 2, type: 'PER' },
      { start: 4, end: 6, type: 'ORG' },
      { start: 8, end: 9, type: 'LOC' },
    ]);
    assert.deepEqual(tagSentences([tokens], b, kb), tagSentences([tokens], a, kb));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a damaged model file is refused with a clear error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-ner-'));
  try {
    const path = join(dir, 'bad.bin');
    NerModel.fromDense(new Map([['b', [0, 1]]]), {}).save(path);
    assert.ok(NerModel.load(path).size === 1);
    assert.throws(() => NerModel.load(join(dir, 'missing.bin')), /ENOENT|no such file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the committed model recognizes names in news it never saw', () => {
  const model = defaultNerModel();
  assert.ok(model, 'models/ner.bin is committed');
  const kb = loadKb();
  const words = ['Finance', 'Minister', 'Ngozi', 'Okonjo-Iweala', 'told', 'the', 'World', 'Bank', 'in', 'Abuja', 'that', 'Nigerian', 'banks', 'were', 'safe', '.'];
  const spans = tagSentences([words], model, kb)[0]!.map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.type}`);
  assert.deepEqual(spans, ['Ngozi Okonjo-Iweala/PER', 'World Bank/ORG', 'Abuja/LOC', 'Nigerian/MISC']);
});

test('a function word opening a sentence before a lowercase word is never scored as a name', () => {
  const kb = loadKb();
  const sentences = [['I', 'think', 'so', '.'], ['In', 'Paris', 'it', 'rained', '.'], ['Anna', 'said', 'so', '.'], ['He', 'left', '.']];
  const pos = [['PRON', 'VERB', 'ADV', 'PUNCT'], ['ADP', 'PROPN', 'PRON', 'VERB', 'PUNCT'], ['PROPN', 'VERB', 'ADV', 'PUNCT'], ['PRON', 'VERB', 'PUNCT']];
  const ctx = featureContext(sentences, kb, pos);
  assert.equal(isOpeningFunctionWord(ctx, 0, 0), true);
  // "In Paris": the next word is capitalized, so the recognizer decides.
  assert.equal(isOpeningFunctionWord(ctx, 1, 0), false);
  assert.equal(isOpeningFunctionWord(ctx, 2, 0), false);
  assert.equal(isOpeningFunctionWord(ctx, 3, 0), true);
  assert.equal(isOpeningFunctionWord(ctx, 1, 2), false);
});
