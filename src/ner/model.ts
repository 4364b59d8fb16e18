import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { LABELS } from './labels.js';
import { featureName, neighborFeatures, PAIR, TEMPLATE, TEMPLATE_NAMES, wordFeatures, type FeatureSink } from './features.js';
import { FeatureTable } from './feature-table.js';
import { RecentCache } from '../text/recent-cache.js';

// Words of a recent stretch of articles: enough for the common ones to stay, few enough that memory is flat.
const SUMS_PER_GENERATION = 10_000;

/** The summed weights of one word's features: as the token (in a headline or not) and at each neighbour offset. */
interface WordSums {
  c: Float64Array | undefined;
  C: Float64Array | undefined;
  near: Array<Float64Array | undefined>;
}

/**
 * The trained weights of the recognizer: for each feature string, a sparse row of weights over
 * the labels. Stored gzipped: a JSON header line, the feature names, then typed arrays.
 */
export class NerModel {
  constructor(
    readonly labels: string[],
    private readonly index: Map<string, number>,
    /** Row r's weights are offsets[r] .. offsets[r+1] in classes/weights. */
    private readonly offsets: Uint32Array,
    private readonly classes: Uint8Array,
    private readonly weights: Float32Array,
    readonly meta: Record<string, unknown>,
  ) {}

  get size(): number {
    return this.index.size;
  }

  /** Whether the training text had this word (lowercased): the model has weights for the word itself. */
  knowsWord(lowerWord: string): boolean {
    return this.index.has(featureName(TEMPLATE.w, lowerWord));
  }

  private table: FeatureTable | undefined;

  /** The weights by feature hash, built on first use (training never needs it). */
  private buildTable(): FeatureTable {
    return this.featureTable(TEMPLATE_NAMES);
  }

  /**
   * The weights by feature hash for features named `template=value` (or `template=a␟b`), with
   * template numbers given by their place in `templateNames`: how a component scores with a model.
   */
  featureTable(templateNames: readonly string[]): FeatureTable {
    const templates = new Map<string, number>(templateNames.map((n, i) => [n, i]));
    const { offsets, classes, weights } = this;
    // A template this code no longer computes never fires, so its features are left out.
    const rows = [...this.index].flatMap(([name, row]) => {
      const eq = name.indexOf('=');
      const template = templates.get(name.slice(0, eq));
      if (template === undefined) return [];
      const value = name.slice(eq + 1);
      const cut = value.indexOf(PAIR);
      const from = offsets[row]!;
      const to = offsets[row + 1]!;
      return [{ template, a: cut < 0 ? value : value.slice(0, cut), b: cut < 0 ? undefined : value.slice(cut + PAIR.length), labels: classes.subarray(from, to), weights: weights.subarray(from, to) }];
    });
    return new FeatureTable(rows, rows.length, classes.length);
  }

  /**
   * A feature sink that adds each feature's weights to `scores`. The values are hashed as they
   * are (words the document already holds), never joined into new strings.
   */
  scorer(scores: Float64Array): FeatureSink {
    const table = (this.table ??= this.buildTable());
    // The weights of a word's own features, and of a word as a neighbour, summed once per word:
    // words repeat within and across articles, so most tokens cost one lookup and one vector add.
    const L = scores.length;
    const sumOf = (fill: (out: Pick<FeatureSink, 'f1' | 'f2'>) => void): Float64Array => {
      const v = new Float64Array(L);
      fill({ f1: (t, x) => table.add1(v, t, x), f2: (t, a, b) => table.add2(v, t, a, b) });
      return v;
    };
    const addVector = (v: Float64Array) => {
      for (let c = 0; c < L; c++) scores[c]! += v[c]!;
    };
    const sums = this.sums;
    // A token asks for its own word and four neighbours: mostly words the last few tokens asked
    // for already, so the last entries are checked (by identity first) before the memo.
    const RING = 8;
    const ringKeys = new Array<string>(RING).fill('');
    const ringEntries = new Array<WordSums | undefined>(RING).fill(undefined);
    let ringAt = 0;
    const entryOf = (w: string): WordSums => {
      for (let k = 0; k < RING; k++) if (ringKeys[k] === w) return ringEntries[k]!;
      let e = sums.get(w);
      if (!e) sums.set(w, (e = { c: undefined, C: undefined, near: [undefined, undefined, undefined, undefined, undefined] }));
      ringKeys[ringAt] = w;
      ringEntries[ringAt] = e;
      ringAt = (ringAt + 1) % RING;
      return e;
    };
    return {
      f1: (t, v) => table.add1(scores, t, v),
      f2: (t, a, b) => table.add2(scores, t, a, b),
      word: (w, lw, caps) => {
        const e = entryOf(w);
        const key = caps === 'C' ? 'C' : 'c';
        addVector((e[key] ??= sumOf((out) => wordFeatures(w, lw, caps, out))));
      },
      neighbor: (offset, w, lw) => {
        const near = entryOf(w).near;
        addVector((near[offset + 2] ??= sumOf((out) => neighborFeatures(offset, w, lw, out))));
      },
    };
  }

  // Words of a recent stretch of articles, with the weights each contributes as the token or as a neighbour.
  private sums = new RecentCache<WordSums>(SUMS_PER_GENERATION);

  /** Builds a model from dense rows (one Float64Array per feature), keeping weights above `minWeight`. */
  static fromDense(rows: Map<string, ArrayLike<number>>, meta: Record<string, unknown>, minWeight = 1e-3, labels: string[] = LABELS): NerModel {
    const names: string[] = [];
    const offsets: number[] = [0];
    const classes: number[] = [];
    const weights: number[] = [];
    for (const [name, row] of rows) {
      const start = classes.length;
      for (let c = 0; c < row.length; c++) {
        if (Math.abs(row[c]!) >= minWeight) {
          classes.push(c);
          weights.push(row[c]!);
        }
      }
      if (classes.length === start) continue;
      names.push(name);
      offsets.push(classes.length);
    }
    return new NerModel(labels, new Map(names.map((n, i) => [n, i])), Uint32Array.from(offsets), Uint8Array.from(classes), Float32Array.from(weights), meta);
  }

  save(path: string): void {
    const names = [...this.index.keys()].join('\n');
    const header = JSON.stringify({ format: 'tidings-ner-2', labels: this.labels, features: this.index.size, entries: this.classes.length, meta: this.meta });
    const parts = [
      Buffer.from(header + '\n', 'utf8'),
      lengthPrefixed(Buffer.from(names, 'utf8')),
      lengthPrefixed(Buffer.from(this.offsets.buffer, this.offsets.byteOffset, this.offsets.byteLength)),
      lengthPrefixed(Buffer.from(this.classes.buffer, this.classes.byteOffset, this.classes.byteLength)),
      lengthPrefixed(Buffer.from(this.weights.buffer, this.weights.byteOffset, this.weights.byteLength)),
    ];
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, gzipSync(Buffer.concat(parts), { level: 9 }));
  }

  static load(path: string): NerModel {
    const buf = gunzipSync(readFileSync(path));
    const nl = buf.indexOf(10);
    const header = JSON.parse(buf.subarray(0, nl).toString('utf8')) as { format: string; labels: string[]; features: number; meta: Record<string, unknown> };
    if (header.format !== 'tidings-ner-2') throw new Error(`${path}: not a tidings NER model (format ${header.format})`);
    let at = nl + 1;
    const next = (): Buffer => {
      const len = buf.readUInt32LE(at);
      const part = buf.subarray(at + 4, at + 4 + len);
      at += 4 + len;
      return part;
    };
    const names = next().toString('utf8').split('\n');
    // Copies align the typed arrays; a Buffer slice may start at any byte.
    const offsets = new Uint32Array(new Uint8Array(next()).buffer);
    const classes = new Uint8Array(next());
    const weights = new Float32Array(new Uint8Array(next()).buffer);
    if (names.length !== header.features || offsets.length !== names.length + 1) throw new Error(`${path}: damaged NER model`);
    return new NerModel(header.labels, new Map(names.map((n, i) => [n, i])), offsets, classes, weights, header.meta);
  }
}

function lengthPrefixed(b: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32LE(b.length);
  return Buffer.concat([len, b]);
}
