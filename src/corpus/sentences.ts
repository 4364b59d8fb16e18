/**
 * Sentence fingerprints for near-duplicate decisions. A reprint keeps most of its original's
 * sentences word for word; two press releases cut from one template share their boilerplate
 * sentences, which many other documents share too. Weighting each shared sentence by how rare it is
 * in the corpus (1 / document frequency) tells the two apart where word shingles cannot.
 */

import { fnvRange, fnvUnit, wordBounds } from './word-bounds.js';

const SPACE = 32;
const SPLIT = /(?<=[.!?]["”’)\]]?)\s+|\n+/;
/** Sentences shorter than this many words ("###", "Thank you.") say nothing about copying. */
const MIN_WORDS = 4;

/** Distinct sentence hashes of a text (below 2^53, so every store keeps them exactly), in text order. */
export function sentenceHashes(text: string): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  for (const sentence of text.split(SPLIT)) {
    const s = sentence.toLowerCase().normalize('NFKC');
    const { count, bounds } = wordBounds(s);
    if (count < MIN_WORDS) continue;
    // Two FNV-1a hashes (different seeds) of the sentence's words joined by spaces, read in place.
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let k = 0; k < count; k++) {
      if (k > 0) {
        h1 = fnvUnit(h1, SPACE);
        h2 = fnvUnit(h2, SPACE);
      }
      h1 = fnvRange(h1, s, bounds[2 * k]!, bounds[2 * k + 1]!);
      h2 = fnvRange(h2, s, bounds[2 * k]!, bounds[2 * k + 1]!);
    }
    const h = (h1 >>> 0) * 2097152 + ((h2 >>> 0) & 0x1fffff);
    if (!seen.has(h)) {
      seen.add(h);
      out.push(h);
    }
  }
  return out;
}

export function hashesToBuffer(hashes: readonly number[]): Buffer {
  return Buffer.from(Float64Array.from(hashes).buffer);
}

export function hashesFromBuffer(buf: Uint8Array | null): number[] {
  if (!buf || buf.byteLength === 0) return [];
  const copy = new Uint8Array(buf.byteLength);
  copy.set(buf);
  return Array.from(new Float64Array(copy.buffer));
}

/**
 * Share of the rarer-weighted content two documents have in common: the weight of their shared
 * sentences over the smaller of their total weights, each sentence weighing 1 / its document frequency.
 */
export function sharedContent(a: readonly number[], b: readonly number[], df: (h: number) => number): number {
  if (a.length === 0 || b.length === 0) return 0;
  const inB = new Set(b);
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const h of a) {
    const w = 1 / Math.max(1, df(h));
    wa += w;
    if (inB.has(h)) shared += w;
  }
  for (const h of b) wb += 1 / Math.max(1, df(h));
  return shared / Math.min(wa, wb);
}
