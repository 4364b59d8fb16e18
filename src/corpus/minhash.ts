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
 * Hashes of the distinct word shingles of a text; short texts give one shingle of all words. A
 * shingle's hash is FNV-1a over its words each followed by a space (the whole text of a short one:
 * words joined by spaces), hashed from the text in place.
 */
export function shingleHashes(text: string, size = SHINGLE_WORDS): Uint32Array {
  const s = folded(text);
  const { count, bounds } = wordBounds(s);
  if (count === 0) return new Uint32Array(0);
  const set = new Set<number>();
  if (count < size) {
    let h = 0x811c9dc5;
    for (let k = 0; k < count; k++) {
      if (k > 0) h = fnvUnit(h, SPACE);
      h = fnvRange(h, s, bounds[2 * k]!, bounds[2 * k + 1]!);
    }
    set.add(h >>> 0);
  }
  for (let first = 0; first + size <= count; first++) {
    let h = 0x811c9dc5;
    for (let k = first; k < first + size; k++) h = fnvUnit(fnvRange(h, s, bounds[2 * k]!, bounds[2 * k + 1]!), SPACE);
    set.add(h >>> 0);
  }
  return Uint32Array.from(set);
}

/**
 * The MinHash signature of a text: NUM_HASHES minima, or all 0xffffffff for a text with no words.
 * Each permutation is a 32-bit integer mix (murmur3 finalizer) of the shingle hash with its seed.
 */
export function signature(text: string): Uint32Array {
  const shingles = shingleHashes(text);
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (let k = 0; k < NUM_HASHES; k++) {
    let min = 0xffffffff;
    const seed = SEEDS[k]!;
    for (let i = 0; i < shingles.length; i++) {
      let v = shingles[i]! ^ seed;
      v = Math.imul(v ^ (v >>> 16), 0x85ebca6b);
      v = Math.imul(v ^ (v >>> 13), 0xc2b2ae35);
      v = (v ^ (v >>> 16)) >>> 0;
      if (v < min) min = v;
    }
    sig[k] = min;
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
