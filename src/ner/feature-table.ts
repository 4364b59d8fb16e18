/**
 * The model's weights, found by hashing a feature's template and values: one open-addressing
 * table in a typed array instead of nested Maps of strings. The model has tens of thousands of
 * features; in a full pipeline run other components push its Maps out of the CPU caches, and each
 * Map level cost several cache misses per lookup (about half the recognizer's time). Here a
 * lookup touches one table slot and one run of weights.
 *
 * Two independent 32-bit hashes (FNV-1a and a multiplicative one) name a feature, so a feature the
 * model does not have matches a stored one with a probability of about 2^-64 per probe.
 */
export class FeatureTable {
  /** Slot s: [hash1, hash2, start, end] of the row's pairs in `entries`; end 0 marks an empty slot. */
  private readonly slots: Uint32Array;
  private readonly mask: number;
  /** Per row: label index and weight, interleaved, so a row is one contiguous run. */
  private readonly entries: Float32Array;

  /**
   * `rows` gives, per feature, its template number, its one or two values, and its weights as
   * parallel label/weight lists (already sparse).
   */
  constructor(rows: Iterable<{ template: number; a: string; b?: string; labels: ArrayLike<number>; weights: ArrayLike<number> }>, count: number, entryCount: number) {
    let capacity = 1;
    while (capacity < count * 2) capacity <<= 1;
    this.mask = capacity - 1;
    this.slots = new Uint32Array(capacity * 4);
    this.entries = new Float32Array(entryCount * 2 + 2);
    // Entries start at 2 so that an empty slot (end 0) can never look like a row.
    let at = 2;
    for (const r of rows) {
      hashFeature(r.template, r.a, r.b);
      let s = (h1 & this.mask) * 4;
      while (this.slots[s + 3] !== 0) {
        if (this.slots[s] === h1 && this.slots[s + 1] === h2) throw new Error(`feature table: two features share both hashes (template ${r.template}, ${r.a})`);
        s = (s + 4) & (this.mask * 4 + 3);
      }
      const start = at;
      for (let k = 0; k < r.labels.length; k++) {
        this.entries[at++] = r.labels[k]!;
        this.entries[at++] = r.weights[k]!;
      }
      this.slots[s] = h1;
      this.slots[s + 1] = h2;
      this.slots[s + 2] = start;
      this.slots[s + 3] = at;
    }
  }

  /** Adds the weights of feature (template, a) to `scores`, if the model has it. */
  add1(scores: Float64Array, template: number, a: string): void {
    hashFeature(template, a, undefined);
    this.addFound(scores);
  }

  /** Adds the weights of feature (template, a, b) to `scores`, if the model has it. */
  add2(scores: Float64Array, template: number, a: string, b: string): void {
    hashFeature(template, a, b);
    this.addFound(scores);
  }

  private addFound(scores: Float64Array): void {
    const { slots, entries } = this;
    const wrap = this.mask * 4 + 3;
    let s = (h1 & this.mask) * 4;
    for (;;) {
      const end = slots[s + 3]!;
      if (end === 0) return;
      if (slots[s] === h1 && slots[s + 1] === h2) {
        for (let k = slots[s + 2]!; k < end; k += 2) scores[entries[k]! | 0]! += entries[k + 1]!;
        return;
      }
      s = (s + 4) & wrap;
    }
  }
}

// The last feature's two hashes: module state, so hashing allocates nothing.
let h1 = 0;
let h2 = 0;

function hashFeature(template: number, a: string, b: string | undefined): void {
  h1 = Math.imul(2166136261 ^ (template + 1), 16777619);
  h2 = Math.imul(0x9e3779b9 ^ (template + 1), 0x85ebca6b);
  feed(a);
  if (b !== undefined) {
    // A separator no value holds, so ("ab", "c") and ("a", "bc") differ.
    h1 = Math.imul(h1 ^ 0xffff1, 16777619);
    h2 = Math.imul(h2 ^ 0xffff1, 0xcc9e2d51);
    h2 ^= h2 >>> 15;
    feed(b);
  }
  h1 >>>= 0;
  h2 = (h2 ^ (h2 >>> 16)) >>> 0;
}

function feed(s: string): void {
  let x = h1;
  let y = h2;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    x = Math.imul(x ^ c, 16777619);
    y = Math.imul(y ^ c, 0xcc9e2d51);
    y ^= y >>> 15;
  }
  h1 = x;
  h2 = y;
}
