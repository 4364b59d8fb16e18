import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Token } from '../../../doc/schema.js';
import type { FeatureTable } from '../../../ner/feature-table.js';
import { NerModel } from '../../../ner/model.js';

/**
 * The learned cue model: an averaged perceptron (the recognizer's, `src/ner/perceptron.ts`) that
 * reads a verb in its context and says whether PolNeAR would make it an attribution cue. The word
 * lists of `cues.ts` name the common cues; the model finds the long tail of verbs that attribute a
 * stance or an act to a source ("vetoed", "unveiled", "avoids condemning"), learned from
 * PolNeAR's training split by `tidings train quote-cues`.
 */

export const CUE_LABELS = ['O', 'CUE'];

/** Feature templates, by number; their names are how the model file stores them. */
export const CUE_TEMPLATES = ['b', 'l', 'w', 'sfx', 'n1', 'n1p', 'n2', 'p1', 'p1p', 'p2p', 'ln1', 'ln1p', 'lp1p', 'subj', 'lsubj', 'n1n2'] as const;
const T = Object.fromEntries(CUE_TEMPLATES.map((n, i) => [n, i])) as Record<(typeof CUE_TEMPLATES)[number], number>;

export interface CueFeatureSink {
  f1(template: number, value: string): void;
  f2(template: number, a: string, b: string): void;
}

const lowerOf = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '<s>');

function suffix(w: string): string {
  if (w.endsWith('ing')) return 'ing';
  if (w.endsWith('ed') || w.endsWith('en')) return 'ed';
  if (w.endsWith('s')) return 's';
  return '-';
}

/** The features of verb k: itself, its neighbours, and what stands before its verb group (the subject's kind). */
export function cueFeatures(toks: readonly Token[], k: number, out: CueFeatureSink): void {
  const t = toks[k]!;
  const s = t.sentence;
  const at = (j: number) => (j >= 0 && j < toks.length && toks[j]!.sentence === s ? toks[j] : undefined);
  const n1 = at(k + 1);
  const n2 = at(k + 2);
  const p1 = at(k - 1);
  const p2 = at(k - 2);
  const w = t.text.toLowerCase();
  const lemma = t.lemma;
  out.f1(T.b, '');
  out.f1(T.l, lemma);
  out.f1(T.w, w);
  out.f1(T.sfx, suffix(w));
  const n1w = lowerOf(n1);
  out.f1(T.n1, n1w);
  out.f1(T.n1p, n1?.pos ?? '<s>');
  out.f1(T.n2, lowerOf(n2));
  out.f1(T.p1, lowerOf(p1));
  out.f1(T.p1p, p1?.pos ?? '<s>');
  out.f1(T.p2p, p2?.pos ?? '<s>');
  out.f2(T.ln1, lemma, n1w);
  out.f2(T.ln1p, lemma, n1?.pos ?? '<s>');
  out.f2(T.lp1p, lemma, p1?.pos ?? '<s>');
  out.f2(T.n1n2, n1w, lowerOf(n2));
  // What stands before the verb group: a subject (name, noun, pronoun), a conjunction, a comma, "to".
  let g = k - 1;
  while (g >= 0 && toks[g]!.sentence === s && (toks[g]!.pos === 'AUX' || toks[g]!.pos === 'ADV' || toks[g]!.pos === 'PART') && k - g < 6) g--;
  const before = at(g);
  const kind = !before ? '<s>' : before.pos === 'PRON' || before.pos === 'DET' || before.pos === 'ADP' || before.pos === 'SCONJ' || before.pos === 'CCONJ' || before.pos === 'PUNCT' ? `${before.pos}:${before.text.toLowerCase()}` : before.pos;
  out.f1(T.subj, kind);
  out.f2(T.lsubj, lemma, before?.pos ?? '<s>');
}

/** A trained cue model, ready to score verbs. */
export class CueModel {
  private readonly table: FeatureTable;
  private readonly scores = new Float64Array(CUE_LABELS.length);
  private readonly sink: CueFeatureSink;

  constructor(readonly weights: NerModel) {
    this.table = weights.featureTable(CUE_TEMPLATES);
    const { table, scores } = this;
    this.sink = { f1: (t, v) => table.add1(scores, t, v), f2: (t, a, b) => table.add2(scores, t, a, b) };
  }

  /** How much more the verb at k looks like a cue than not (positive: a cue). */
  margin(toks: readonly Token[], k: number): number {
    this.scores.fill(0);
    cueFeatures(toks, k, this.sink);
    return this.scores[1]! - this.scores[0]!;
  }
}

/** The committed model, made by `tidings train quote-cues` (see README). */
export const DEFAULT_CUE_MODEL_PATH = fileURLToPath(new URL('../../../../../models/quote-cues.bin', import.meta.url));

let cached: CueModel | null | undefined;

/** The default cue model, loaded once; null when the file is missing, and the word lists work alone. */
export function defaultCueModel(): CueModel | null {
  if (cached === undefined) cached = existsSync(DEFAULT_CUE_MODEL_PATH) ? new CueModel(NerModel.load(DEFAULT_CUE_MODEL_PATH)) : null;
  return cached;
}
