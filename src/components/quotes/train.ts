import type { Doc, Token } from '../../doc/schema.js';
import { PAIR } from '../../ner/features.js';
import { NerModel } from '../../ner/model.js';
import { AveragedPerceptron, rng, shuffle } from '../../ner/perceptron.js';
import { findQuotations } from '../../text/quotation-marks.js';
import { CUE_LABELS, CUE_TEMPLATES, cueFeatures } from './model/cue-model.js';
import { QuotationIndex } from './compute/reported.js';
import { findAttributions } from './index.js';
import { candidateFeatures, noneFeatures, SOURCE_LABELS, SOURCE_TEMPLATES, sourceCandidates, sourceContext, type SourceFeatureSink } from './model/source-model.js';

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
    shuffle(order, random);
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

/** A document read by the pipeline, with its gold attributions' cue and source spans. */
export interface SourceTrainingDoc {
  doc: Doc;
  attributions: { cue: { start: number; end: number }[]; source: { start: number; end: number }[] }[];
}

const overlapOf = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Trains the source chooser: for every attribution the rules find whose cue is a gold cue, the
 * candidates of its sentence are ranked, and the perceptron moves towards a candidate that overlaps
 * the gold source (or "no source" when the gold has none) whenever it prefers another.
 */
export function trainSourceModel(data: SourceTrainingDoc[], opts: CueTrainOptions = {}): NerModel {
  const epochs = opts.epochs ?? 10;
  const seed = opts.seed ?? 1;
  const minCount = opts.minCount ?? 2;
  const log = opts.log ?? (() => {});
  const ids = new Map<string, number>();
  const counts: number[] = [];
  const encode = (fill: (sink: SourceFeatureSink) => void): Int32Array => {
    const out: number[] = [];
    const add = (name: string) => {
      let id = ids.get(name);
      if (id === undefined) {
        ids.set(name, (id = ids.size));
        counts.push(0);
      }
      counts[id]!++;
      out.push(id);
    };
    fill({ f1: (t, v) => add(`${SOURCE_TEMPLATES[t]}=${v}`), f2: (t, a, b) => add(`${SOURCE_TEMPLATES[t]}=${a}${PAIR}${b}`) });
    return Int32Array.from(out);
  };
  // Per example: the feature ids of "none" then of each candidate, and which of them are right.
  const examples: { options: Int32Array[]; right: boolean[] }[] = [];
  for (const { doc, attributions } of data) {
    const quotations = new QuotationIndex(findQuotations(doc.text));
    for (const f of findAttributions(doc, quotations)) {
      let gold: SourceTrainingDoc['attributions'][number] | undefined;
      let best = 0;
      for (const a of attributions) {
        const o = a.cue.reduce((n, c) => n + overlapOf(c, f.cue), 0);
        if (o > best) [best, gold] = [o, a];
      }
      if (!gold) continue;
      const { frame, candidates } = sourceCandidates(doc, f);
      const cx = sourceContext(doc, f, frame);
      const right = [gold.source.length === 0, ...candidates.map((c) => gold!.source.some((s) => overlapOf(s, { start: doc.tokens[c.from]!.start, end: doc.tokens[c.to]!.end }) > 0))];
      if (!right.some(Boolean)) continue;
      examples.push({ options: [encode((sink) => noneFeatures(doc, f, cx, sink)), ...candidates.map((c) => encode((sink) => candidateFeatures(doc, f, cx, c, sink)))], right });
    }
  }
  const names: string[] = [];
  for (const [name, id] of ids) names[id] = counts[id]! >= minCount ? name : '';
  log(`${examples.length} attributions with a reachable gold source, ${names.filter(Boolean).length} features (seen ≥ ${minCount} times)`);

  const model = new AveragedPerceptron(1, ids.size);
  model.ensure(ids.size);
  const random = rng(seed);
  const order = examples.map((_, i) => i);
  const scores = new Float64Array(1);
  const score = (feats: Int32Array) => {
    scores[0] = 0;
    for (let k = 0; k < feats.length; k++) if (names[feats[k]!]) model.addTo(scores, feats[k]!);
    return scores[0]!;
  };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, random);
    let errors = 0;
    for (const i of order) {
      const { options, right } = examples[i]!;
      let pred = 0;
      let predScore = -Infinity;
      let gold = -1;
      let goldScore = -Infinity;
      options.forEach((o, k) => {
        const s = score(o);
        if (s > predScore) [pred, predScore] = [k, s];
        if (right[k] && s > goldScore) [gold, goldScore] = [k, s];
      });
      model.tick();
      if (!right[pred]) {
        errors++;
        for (const id of options[gold]!) if (names[id]) model.bump(id, 0, 1);
        for (const id of options[pred]!) if (names[id]) model.bump(id, 0, -1);
      }
    }
    log(`epoch ${epoch}/${epochs}: ${((1 - errors / examples.length) * 100).toFixed(2)}% of training sources right`);
  }
  const rows = model.averaged(names);
  rows.delete('');
  return NerModel.fromDense(rows, { trainedOn: data.length, epochs, seed, minCount, steps: model.steps }, 1e-3, SOURCE_LABELS);
}
