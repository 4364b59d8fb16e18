import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RecentCache } from './recent-cache.js';

test('RecentCache holds at most two generations and keeps what is still asked for', () => {
  const cache = new RecentCache<number>(3);
  for (const [i, w] of ['a', 'b', 'c'].entries()) cache.set(w, i);
  cache.set('d', 3); // the first generation (a, b, c) becomes the old one
  assert.equal(cache.size, 4);
  assert.equal(cache.get('a'), 0); // found in the old generation: moved to the current one (d, a)
  cache.set('e', 4);
  cache.set('f', 5); // current (d, a, e) full: it becomes the old one; b and c are dropped
  assert.equal(cache.get('b'), undefined);
  assert.equal(cache.get('c'), undefined);
  assert.equal(cache.get('a'), 0);
  assert.equal(cache.get('f'), 5);
  assert.ok(cache.size <= 6);
  cache.clear();
  assert.equal(cache.size, 0);
  assert.equal(cache.get('a'), undefined);
});

