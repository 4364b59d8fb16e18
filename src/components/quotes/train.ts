import type { Doc, Token } from '../../doc/schema.js';
import { PAIR } from '../../ner/features.js';
import { NerModel } from '../../ner/model.js';
import { AveragedPerceptron, rng } from '../../ner/perceptron.js';
import { findQuotations } from '../../text/quotation-marks.js';
import { CUE_LABELS, CUE_TEMPLATES, cueFeatures } from './model/cue-model.js';
import { QuotationIndex } from './compute/reported.js';

/** A document read by the pipeline, with the character spans of its gold cues. */
export interface CueTrainingDoc {
  doc: Doc;
  cues: { start: number; end: number }[];
}

export interface CueTrainOptions {
  epochs?: number;
  seed?: number;
  minCount?: number;
  log?: (line: string) => void;
}

/** The verbs the cue model reads: outside quotations, where a cue can stand. */
export function cueCandidates(doc: Doc, quotations: QuotationIndex): number[] {
  const out: number[] = [];
  doc.tokens.forEach((t, k) => {
    if (t.pos === 'VERB' && !quotations.holding(t.start)) out.push(k);
  });
  return out;
}

/** The head of each gold cue: its last verb, the word PolNeAR's cue turns on ("has a new ad hitting"). */
function cueHeads(toks: readonly Token[], cues: CueTrainingDoc['cues']): Set<number> {
  const heads = new Set<number>();
  for (const c of cues) {
    let head = -1;
    for (let k = 0; k < toks.length && toks[k]!.start < c.end; k++) if (toks[k]!.end > c.start && toks[k]!.pos === 'VERB') head = k;
    if (head >= 0) heads.add(head);
  }
  return heads;
}

/**
 * Trains the cue model: every verb outside quotations is an example, a cue when it heads a gold
 * cue. Plain averaged-perceptron classification, documents shuffled with a seed, so the same data
 * give the same model file.
 */
export function trainCueModel(data: CueTrainingDoc[], opts: CueTrainOptions = {}): NerModel {
  const epochs = opts.epochs ?? 10;
  const seed = opts.seed ?? 1;
  const minCount = opts.minCount ?? 2;
  const log = opts.log ?? (() => {});
  const examples: { names: string[]; gold: number }[] = [];
  for (const { doc, cues } of data) {
    const heads = cueHeads(doc.tokens, cues);
    const quotations = new QuotationIndex(findQuotations(doc.text));
    for (const k of cueCandidates(doc, quotations)) {
      const names: string[] = [];
      cueFeatures(doc.tokens, k, {
        f1: (t, v) => names.push(`${CUE_TEMPLATES[t]}=${v}`),
        f2: (t, a, b) => names.push(`${CUE_TEMPLATES[t]}=${a}${PAIR}${b}`),
      });
      examples.push({ names, gold: heads.has(k) ? 1 : 0 });
    }
  }
  const counts = new Map<string, number>();
  for (const e of examples) for (const n of e.names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const names = [...counts].filter(([, c]) => c >= minCount).map(([n]) => n);
  const ids = new Map(names.map((n, i) => [n, i]));
  const encoded = examples.map((e) => ({ feats: Int32Array.from(e.names.map((n) => ids.get(n) ?? -1).filter((x) => x >= 0)), gold: e.gold }));
  log(`${encoded.length} verbs, ${encoded.filter((e) => e.gold === 1).length} cues, ${names.length} features (seen ≥ ${minCount} times)`);

  const model = new AveragedPerceptron(CUE_LABELS.length, names.length);
  const random = rng(seed);
  const order = encoded.map((_, i) => i);
  const scores = new Float64Array(CUE_LABELS.length);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const i of order) {
      const { feats, gold } = encoded[i]!;
      scores.fill(0);
      for (let k = 0; k < feats.length; k++) model.addTo(scores, feats[k]!);
      const pred = scores[1]! > scores[0]! ? 1 : 0;
      model.tick();
      if (pred !== gold) {
        errors++;
        for (let k = 0; k < feats.length; k++) {
          model.bump(feats[k]!, gold, 1);
          model.bump(feats[k]!, pred, -1);
        }
      }
    }
    log(`epoch ${epoch}/${epochs}: ${((1 - errors / encoded.length) * 100).toFixed(2)}% of training verbs right`);
  }
  return NerModel.fromDense(model.averaged(names), { trainedOn: data.length, epochs, seed, minCount, steps: model.steps }, 1e-3, CUE_LABELS);
}
