import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeatureTable } from './feature-table.js';

const rows = [
  { template: 0, a: 'putin', labels: [1, 3], weights: [0.5, -2] },
  { template: 1, a: 'putin', labels: [2], weights: [4] },
  { template: 2, a: 'ab', b: 'c', labels: [0], weights: [1.5] },
  { template: 2, a: '', labels: [4], weights: [7] },
];

function scores(f: (t: FeatureTable, s: Float64Array) => void): number[] {
  const table = new FeatureTable(rows, rows.length, 5);
  const s = new Float64Array(5);
  f(table, s);
  return [...s];
}

test('a stored feature adds its weights; the same value under another template is another feature', () => {
  assert.deepEqual(scores((t, s) => t.add1(s, 0, 'putin')), [0, 0.5, 0, -2, 0]);
  assert.deepEqual(scores((t, s) => t.add1(s, 1, 'putin')), [0, 0, 4, 0, 0]);
  assert.deepEqual(scores((t, s) => (t.add1(s, 0, 'putin'), t.add1(s, 0, 'putin'))), [0, 1, 0, -4, 0]);
});

test('pairs are told apart from their concatenation and from single values', () => {
  assert.deepEqual(scores((t, s) => t.add2(s, 2, 'ab', 'c')), [1.5, 0, 0, 0, 0]);
  assert.deepEqual(scores((t, s) => t.add2(s, 2, 'a', 'bc')), [0, 0, 0, 0, 0]);
  assert.deepEqual(scores((t, s) => t.add1(s, 2, 'abc')), [0, 0, 0, 0, 0]);
  assert.deepEqual(scores((t, s) => t.add1(s, 2, '')), [0, 0, 0, 0, 7]);
});

test('features the model lacks add nothing, in a full table too', () => {
  const many = Array.from({ length: 5000 }, (_, i) => ({ template: i % 7, a: `w${i}`, labels: [i % 5], weights: [1] }));
  const table = new FeatureTable(many, many.length, many.length);
  const s = new Float64Array(5);
  for (let i = 0; i < 5000; i++) table.add1(s, i % 7, `w${i}`);
  assert.equal(s.reduce((a, b) => a + b, 0), 5000);
  const none = new Float64Array(5);
  for (let i = 0; i < 5000; i++) table.add1(none, (i + 1) % 7, `w${i}`);
  for (let i = 0; i < 5000; i++) table.add1(none, 0, `x${i}`);
  assert.deepEqual([...none], [0, 0, 0, 0, 0]);
});
