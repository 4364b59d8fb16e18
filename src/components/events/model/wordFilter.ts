/**
 * A quick "may be in the set" test for words: a small Bloom filter over a hash of each word's first four characters
 * (the missing ones of a shorter word count as 0), so most words skip the hash lookup of a Map or Set (whose table
 * is large and, between documents, out of cache). No false negatives: a word it rejects is not in the set; one it
 * accepts still needs the real lookup.
 *
 * The hash exists in three identical copies, for the kb's words, the view's lowercased words and its lemmas: a
 * string method call is compiled for the string representations its call site has seen, and these three sources
 * use different ones (internalized, sliced, thin…). Sharing one copy makes the call megamorphic, which is slow.
 */

function hashKey(w: string): number {
  let x = Math.imul(w.charCodeAt(0) | 0, 0x9e3779b1) ^ Math.imul(w.charCodeAt(1) | 0, 0x85ebca77);
  x ^= Math.imul(w.charCodeAt(2) | 0, 0xc2b2ae3d) ^ Math.imul(w.charCodeAt(3) | 0, 0x27d4eb2f);
  x ^= x >>> 15;
  x = Math.imul(x, 0x2c1b3c6d);
  return x ^ (x >>> 13);
}

function hashLower(w: string): number {
  let x = Math.imul(w.charCodeAt(0) | 0, 0x9e3779b1) ^ Math.imul(w.charCodeAt(1) | 0, 0x85ebca77);
  x ^= Math.imul(w.charCodeAt(2) | 0, 0xc2b2ae3d) ^ Math.imul(w.charCodeAt(3) | 0, 0x27d4eb2f);
  x ^= x >>> 15;
  x = Math.imul(x, 0x2c1b3c6d);
  return x ^ (x >>> 13);
}

function hashLemma(w: string): number {
  let x = Math.imul(w.charCodeAt(0) | 0, 0x9e3779b1) ^ Math.imul(w.charCodeAt(1) | 0, 0x85ebca77);
  x ^= Math.imul(w.charCodeAt(2) | 0, 0xc2b2ae3d) ^ Math.imul(w.charCodeAt(3) | 0, 0x27d4eb2f);
  x ^= x >>> 15;
  x = Math.imul(x, 0x2c1b3c6d);
  return x ^ (x >>> 13);
}

export class WordFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(words: Iterable<string>) {
    const list = [...words];
    // About 16 bits per word (two set per word): few false positives, and a table of a few cache lines.
    let size = 256;
    while (size < list.length * 16) size *= 2;
    this.bits = new Uint32Array(size >>> 5);
    this.mask = size - 1;
    const MASK = this.mask;
    for (const w of list) {
      const h = hashKey(w);
      const a = h & MASK;
      const b = (h >>> 16) & MASK;
      this.bits[a >>> 5]! |= 1 << (a & 31);
      this.bits[b >>> 5]! |= 1 << (b & 31);
    }
  }

  private has(h: number): boolean {
    const a = h & this.mask;
    const b = (h >>> 16) & this.mask;
    return ((this.bits[a >>> 5]! >>> (a & 31)) & (this.bits[b >>> 5]! >>> (b & 31)) & 1) === 1;
  }

  /** For a word of the view's `lower` array. */
  mayHaveLower(w: string): boolean {
    return this.has(hashLower(w));
  }

  /** For a word of the view's `lemma` array. */
  mayHaveLemma(w: string): boolean {
    return this.has(hashLemma(w));
  }
}
