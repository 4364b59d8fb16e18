/**
 * A quick "may be in the set" test for words: a small Bloom filter over a hash of each word's length and its first,
 * second, middle and last characters, so most words skip the hash lookup of a Map or Set (whose table is large and, between
 * documents, out of cache). No false negatives: a word it rejects is not in the set; one it accepts still needs the
 * real lookup.
 */
const BITS = 16384;
const MASK = BITS - 1;

/** Hash of the word's shape (length, first, second, middle and last characters), well mixed over 32 bits. */
function shapeHash(w: string): number {
  const n = w.length;
  let x = Math.imul(w.charCodeAt(0), 0x9e3779b1) ^ Math.imul(n > 1 ? w.charCodeAt(1) : 0, 0x85ebca77);
  x ^= Math.imul(w.charCodeAt(n - 1), 0xc2b2ae3d) ^ Math.imul(n, 0x27d4eb2f) ^ Math.imul(w.charCodeAt(n >>> 1), 0x165667b1);
  x ^= x >>> 15;
  x = Math.imul(x, 0x2c1b3c6d);
  x ^= x >>> 13;
  return x;
}

export class WordFilter {
  private readonly bits = new Uint32Array(BITS >>> 5);
  private readonly empty: boolean;

  constructor(words: Iterable<string>) {
    let empty = false;
    for (const w of words) {
      if (!w.length) {
        empty = true;
        continue;
      }
      const h = shapeHash(w);
      const a = h & MASK;
      const b = (h >>> 16) & MASK;
      this.bits[a >>> 5]! |= 1 << (a & 31);
      this.bits[b >>> 5]! |= 1 << (b & 31);
    }
    this.empty = empty;
  }

  mayHave(w: string): boolean {
    if (w.length === 0) return this.empty;
    const h = shapeHash(w);
    const a = h & MASK;
    const b = (h >>> 16) & MASK;
    return ((this.bits[a >>> 5]! >>> (a & 31)) & (this.bits[b >>> 5]! >>> (b & 31)) & 1) === 1;
  }
}
