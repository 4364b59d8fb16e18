import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editedCopy, rng, syntheticArticles } from '../testing/synthetic-corpus.js';
import { evaluateNearDuplicates, type EvalDoc } from './neardup-eval.js';
import { NUM_HASHES, bandKeys, signature, similarity, words } from './minhash.js';

describe('MinHash', () => {
  it('gives the same signature on every run, and similar signatures to similar texts', () => {
    const a = 'The minister met his counterpart in the capital on Monday to discuss trade and energy supplies for the winter.';
    assert.deepEqual(signature(a), signature(a));
    assert.equal(signature(a).length, NUM_HASHES);
    assert.equal(similarity(signature(a), signature(a)), 1);
    const b = a.replace('Monday', 'Tuesday');
    const s = similarity(signature(a), signature(b));
    assert.ok(s > 0.4 && s < 1, `one word changed: ${s}`);
    assert.ok(similarity(signature(a), signature('Completely unrelated words about football results and weather')) < 0.1);
    assert.equal(bandKeys(signature(a)).every((k) => Number.isSafeInteger(k)), true);
  });

  it('handles texts without words and very short texts', () => {
    assert.equal(similarity(signature(''), signature('')), 0);
    assert.deepEqual(words('Ünïcode, 42 words!'), ['ünïcode', '42', 'words']);
    assert.ok(similarity(signature('two words'), signature('two words')) === 1);
  });
});

describe('near-duplicate detection', () => {
  it('finds edited reprints (sentences inserted and deleted, headline changed) with precision and recall ≥ 0.95', async () => {
    const originals = syntheticArticles(300, 42);
    const r = rng(99);
    const docs: EvalDoc[] = originals.map((a) => ({ id: a.id, title: a.title, text: a.text }));
    for (let i = 0; i < 120; i++) {
      const o = originals[Math.floor(r() * originals.length)]!;
      const edits = { deletions: 1 + Math.floor(r() * 2), insertions: 1 + Math.floor(r() * 2) };
      const c = editedCopy(o, r, `${o.id}:copy${i}`, edits);
      docs.push({ id: c.id, title: c.title, text: c.text, of: o.id });
    }
    const score = await evaluateNearDuplicates(docs);
    assert.ok(score.precision >= 0.95, JSON.stringify(score));
    assert.ok(score.recall >= 0.95, JSON.stringify(score));
  });
});
