/**
 * Sentence fingerprints for near-duplicate decisions. A reprint keeps most of its original's
 * sentences word for word; two press releases cut from one template share their boilerplate
 * sentences, which many other documents share too. Weighting each shared sentence by how rare it is
 * in the corpus (1 / document frequency) tells the two apart where word shingles cannot.
 */

const SPLIT = /(?<=[.!?]["”’)\]]?)\s+|\n+/;
/** Sentences shorter than this many words ("###", "Thank you.") say nothing about copying. */
const MIN_WORDS = 4;

function fnv(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Distinct sentence hashes of a text (below 2^53, so every store keeps them exactly), in text order. */
export function sentenceHashes(text: string): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  for (const sentence of text.split(SPLIT)) {
    const words = sentence.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu);
    if (!words || words.length < MIN_WORDS) continue;
    const key = words.join(' ');
    const h = fnv(key, 0x811c9dc5) * 2097152 + (fnv(key, 0x01000193) & 0x1fffff);
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
