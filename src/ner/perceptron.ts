/**
 * The weights of an averaged perceptron (Collins 2002) while it trains: one row of `labels`
 * weights per feature id, with the lazy running sums that give the averaged weights at the end.
 * Shared by every trained component (the entity recognizer, the attribution cue model), so that
 * there is one implementation of the update and of the averaging.
 */
export class AveragedPerceptron {
  private cap: number;
  private w: Float64Array;
  private tot: Float64Array;
  private ts: Float64Array;
  /** Updates seen so far: the clock of the averaging. */
  private t = 0;

  constructor(
    readonly labels: number,
    capacity = 1024,
  ) {
    this.cap = Math.max(1024, capacity);
    this.w = new Float64Array(this.cap * labels);
    this.tot = new Float64Array(this.cap * labels);
    this.ts = new Float64Array(this.cap * labels);
  }

  /** Makes room for feature `id`. */
  ensure(id: number): void {
    if (id < this.cap) return;
    let cap = this.cap;
    while (cap <= id) cap *= 2;
    const grow = (a: Float64Array) => {
      const b = new Float64Array(cap * this.labels);
      b.set(a);
      return b;
    };
    this.w = grow(this.w);
    this.tot = grow(this.tot);
    this.ts = grow(this.ts);
    this.cap = cap;
  }

  /** Adds the current weights of feature `id` to `scores`. */
  addTo(scores: Float64Array, id: number): void {
    const L = this.labels;
    const base = id * L;
    for (let c = 0; c < L; c++) scores[c] += this.w[base + c]!;
  }

  /** One more example seen (whether or not it was right). */
  tick(): void {
    this.t++;
  }

  /** Moves the weight of feature `id` for label `c` by `delta`. */
  bump(id: number, c: number, delta: number): void {
    const k = id * this.labels + c;
    this.tot[k] += (this.t - this.ts[k]!) * this.w[k]!;
    this.ts[k] = this.t;
    this.w[k] += delta;
  }

  get steps(): number {
    return this.t;
  }

  /** The averaged weights, one dense row per named feature that has any. */
  averaged(names: readonly string[]): Map<string, Float64Array> {
    const L = this.labels;
    const t = this.t;
    const rows = new Map<string, Float64Array>();
    for (let id = 0; id < names.length; id++) {
      const row = new Float64Array(L);
      let any = false;
      for (let c = 0; c < L; c++) {
        const k = id * L + c;
        const avg = id < this.cap ? (this.tot[k]! + (t - this.ts[k]!) * this.w[k]!) / t : 0;
        row[c] = avg;
        if (avg !== 0) any = true;
      }
      if (any) rows.set(names[id]!, row);
    }
    return rows;
  }
}

/** Deterministic PRNG (mulberry32), so the same data and seed give the same model. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}


/** Shuffles `items` in place (Fisher–Yates) with `random`: each training epoch visits the examples in a new order. */
export function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
