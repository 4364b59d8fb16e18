/**
 * MinHash signatures over word shingles, with LSH banding to find candidate near-duplicates
 * without comparing every pair. Hashing is hand-written because it must be stable across runs
 * and machines (signatures are stored), and cheap: one 32-bit hash per shingle, then
 * NUM_HASHES universal-hash permutations of it.
 */

import { fnvRange, fnvUnit, wordBounds } from './word-bounds.js';

export const SHINGLE_WORDS = 4;
export const NUM_HASHES = 120;
export const BANDS = 40;
export const ROWS_PER_BAND = NUM_HASHES / BANDS;

// Fixed per-permutation seeds from a seeded generator: signatures stay comparable across runs.
const SEEDS = (() => {
  let s = 0x9e3779b9;
  const out = new Int32Array(NUM_HASHES);
  for (let i = 0; i < NUM_HASHES; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = s | 0;
  }
  return out;
})();

/** A text as its words are compared: lowercased, compatibility forms folded (ﬁ → fi, ２ → 2). */
function folded(text: string): string {
  return text.toLowerCase().normalize('NFKC');
}

/** Lowercased word tokens (letters and digits), the units shingles are made of. */
export function words(text: string): string[] {
  const s = folded(text);
  const { count, bounds } = wordBounds(s);
  const out: string[] = [];
  for (let k = 0; k < count; k++) out.push(s.slice(bounds[2 * k], bounds[2 * k + 1]));
  return out;
}

const SPACE = 32;

/**
 * Hashes of the distinct word shingles of a text, in increasing order; short texts give one shingle
 * of all words. A shingle's hash is FNV-1a over its words each followed by a space (the whole text
 * of a short one: words joined by spaces), hashed from the text in place.
 */
export function shingleHashes(text: string, size = SHINGLE_WORDS): Uint32Array {
  const s = folded(text);
  const { count, bounds } = wordBounds(s);
  if (count === 0) return new Uint32Array(0);
  if (count < size) {
    let h = 0x811c9dc5;
    for (let k = 0; k < count; k++) {
      if (k > 0) h = fnvUnit(h, SPACE);
      h = fnvRange(h, s, bounds[2 * k]!, bounds[2 * k + 1]!);
    }
    return Uint32Array.of(h >>> 0);
  }
  return sortedDistinct(shingleRun(s, bounds, count, size));
}

/**
 * The hash of every run of `size` words, in text order. The loop is a function of its own, with
 * nothing after it: V8 compiles a long loop on-stack before the code after it has ever run, and that
 * cached code deoptimized at the end of every call (500 times in a 7,076-article ingest).
 */
function shingleRun(s: string, bounds: Int32Array, count: number, size: number): Uint32Array {
  const out = new Uint32Array(count - size + 1);
  for (let first = 0; first < out.length; first++) {
    let h = 0x811c9dc5;
    for (let k = first; k < first + size; k++) h = fnvUnit(fnvRange(h, s, bounds[2 * k]!, bounds[2 * k + 1]!), SPACE);
    out[first] = h >>> 0;
  }
  return out;
}

/** Sorted, then repeats dropped: cheaper than a Set of numbers. */
function sortedDistinct(out: Uint32Array): Uint32Array {
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i]!;
  return out.subarray(0, n);
}

/** One permutation of a shingle hash: a murmur3 finalizer of the hash mixed with the seed. */
function permute(x: number, seed: number): number {
  let v = x ^ seed;
  v = Math.imul(v ^ (v >>> 16), 0x85ebca6b);
  v = Math.imul(v ^ (v >>> 13), 0xc2b2ae35);
  return (v ^ (v >>> 16)) >>> 0;
}

/**
 * The MinHash signature of a text: NUM_HASHES minima, or all 0xffffffff for a text with no words.
 * Four permutations per pass over the shingles (NUM_HASHES is a multiple of four).
 */
export function signature(text: string): Uint32Array {
  const shingles = shingleHashes(text);
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  const n = shingles.length;
  for (let k = 0; k < NUM_HASHES; k += 4) {
    const s0 = SEEDS[k]!;
    const s1 = SEEDS[k + 1]!;
    const s2 = SEEDS[k + 2]!;
    const s3 = SEEDS[k + 3]!;
    let m0 = 0xffffffff;
    let m1 = 0xffffffff;
    let m2 = 0xffffffff;
    let m3 = 0xffffffff;
    for (let i = 0; i < n; i++) {
      const x = shingles[i]!;
      const v0 = permute(x, s0);
      const v1 = permute(x, s1);
      const v2 = permute(x, s2);
      const v3 = permute(x, s3);
      if (v0 < m0) m0 = v0;
      if (v1 < m1) m1 = v1;
      if (v2 < m2) m2 = v2;
      if (v3 < m3) m3 = v3;
    }
    sig[k] = m0;
    sig[k + 1] = m1;
    sig[k + 2] = m2;
    sig[k + 3] = m3;
  }
  return sig;
}

/** Estimated Jaccard similarity of the shingle sets of two signatures. */
export function similarity(x: Uint32Array, y: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (x[i] === y[i] && x[i] !== 0xffffffff) same++;
  return same / NUM_HASHES;
}

/**
 * LSH band keys: one integer per band (below 2^53 so every store keeps it exactly), equal for two
 * signatures that agree on all rows of that band.
 */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h1 = 0x811c9dc5 ^ band;
    let h2 = 0x01000193 + band;
    for (let r = 0; r < ROWS_PER_BAND; r++) {
      const v = sig[band * ROWS_PER_BAND + r]!;
      h1 = Math.imul(h1 ^ v, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ (v >>> 7), 0x5bd1e995) >>> 0;
    }
    // 32 bits from h1, 21 from h2: 53 bits.
    keys.push(h1 * 2097152 + (h2 & 0x1fffff));
  }
  return keys;
}

export function signatureToBuffer(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function signatureFromBuffer(buf: Uint8Array): Uint32Array {
  const copy = new Uint8Array(buf.byteLength);
  copy.set(buf);
  return new Uint32Array(copy.buffer);
}
