import type { Doc, Token } from '../../doc/schema.js';
import { PAIR } from '../../ner/features.js';
import { NerModel } from '../../ner/model.js';
import { AveragedPerceptron, rng, shuffle } from '../../ner/perceptron.js';
import { findQuotations } from '../../text/quotation-marks.js';
import { CUE_LABELS, CUE_TEMPLATES, CueModel, cueFeatures } from './model/cue-model.js';
import { QuotationIndex, type Found } from './compute/reported.js';
import { findAttributions, runQuotes } from './index.js';
import { candidateFeatures, noneFeatures, SOURCE_LABELS, SOURCE_TEMPLATES, SourceModel, sourceCandidates, sourceContext, type SourceFeatureSink } from './model/source-model.js';
import { GATE_LABELS, GATE_TEMPLATES, gateFeatures, UNGATED } from './model/gate-model.js';
import { predictedAttributions, scoreDocument, type Attribution } from '../../eval/quotes.js';

/** A document read by the pipeline, with the character spans of its gold cues. */
export interface CueTrainingDoc {
  doc: Doc;
  cues: { start: number; end: number }[];
}

export interface CueTrainOptions {
  /** The cue model the rules use while the source chooser learns (the committed one unless given). */
  cueModel?: CueModel | null;
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
    // An undefined cue model is the committed one (findAttributions' default).
    for (const f of findAttributions(doc, quotations, opts.cueModel)) {
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

/** A document read by the pipeline up to the quotes layer, with its gold attributions. */
export interface GateTrainingDoc {
  doc: Doc;
  attributions: { source: { start: number; end: number }[]; cue: { start: number; end: number }[]; content: { start: number; end: number }[] }[];
}

export interface GateTrainOptions {
  /** Folds of the cross-fitting: the cue and source models that read a fold are trained on the others. */
  folds?: number;
  epochs?: number;
  seed?: number;
  minCount?: number;
  /** L2 penalty per example. */
  l2?: number;
  log?: (line: string) => void;
}

/** One attribution the rules found, as the gate learns from it. */
interface GateExample {
  names: string[];
  /** Whether the scorer counts it correct (content, cue's attribution and source). */
  correct: boolean;
  /** Whether its cue shares a token with a gold cue, and its source with a gold source. */
  cue: boolean;
  source: boolean | null;
}

const touches = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The gate's examples of one document: each attribution the rules and the given models find, labelled by the scorer. */
function gateExamples(g: GateTrainingDoc, cue: CueModel | null, source: SourceModel | null): GateExample[] {
  const { doc } = g;
  const found: Found[] = runQuotes(doc, { cue, source, gate: null });
  const gold: Attribution[] = g.attributions.map((a) => ({ source: a.source, cue: a.cue, content: a.content }));
  const predicted = predictedAttributions(doc);
  const result = scoreDocument(doc.id, '', doc.text, gold, predicted);
  const correct = new Set<string>();
  predicted.forEach((p, i) => {
    if (result.predictedClass[i]!.cls === 'correct' && p.cue[0]) correct.add(`${p.cue[0].start}:${p.cue[0].end}`);
  });
  const goldCues = gold.flatMap((a) => a.cue);
  const goldSources = gold.flatMap((a) => a.source);
  return found.filter((f) => !UNGATED.test(f.rule)).map((f) => {
    const names: string[] = [];
    gateFeatures(doc, f, cue, { f1: (t, v) => names.push(`${GATE_TEMPLATES[t]}=${v}`), f2: (t, a, b) => names.push(`${GATE_TEMPLATES[t]}=${a}${PAIR}${b}`) });
    return {
      names,
      correct: correct.has(`${f.cue.start}:${f.cue.end}`),
      cue: goldCues.some((c) => touches(c, f.cue)),
      source: f.source ? goldSources.some((c) => touches(c, f.source!)) : null,
    };
  });
}

/**
 * Trains the gate: a logistic regression over the attributions the rules find, labelled correct or
 * not by the scorer. The cue and source models reading each fold are trained on the other folds, so
 * their verdicts on a training article are as good as on an unseen one. The threshold kept is the
 * log-odds that maximizes the sum of attribution, cue and source F1 over the folds' predictions.
 */
export function trainGateModel(data: GateTrainingDoc[], opts: GateTrainOptions = {}): NerModel {
  const folds = opts.folds ?? 4;
  const epochs = opts.epochs ?? 10;
  const seed = opts.seed ?? 1;
  const minCount = opts.minCount ?? 3;
  const l2 = opts.l2 ?? 1e-4;
  const log = opts.log ?? (() => {});
  const examples: GateExample[] = [];
  for (let k = 0; k < folds; k++) {
    const rest = data.filter((_, i) => i % folds !== k);
    const cue = new CueModel(trainCueModel(rest.map((d) => ({ doc: d.doc, cues: d.attributions.flatMap((a) => a.cue) })), { seed }));
    const source = new SourceModel(trainSourceModel(rest, { seed, cueModel: cue }));
    for (let i = k; i < data.length; i += folds) examples.push(...gateExamples(data[i]!, cue, source));
    log(`fold ${k + 1}/${folds}: ${examples.length} attributions so far`);
  }
  const counts = new Map<string, number>();
  for (const e of examples) for (const n of e.names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const names = [...counts].filter(([, c]) => c >= minCount).map(([n]) => n);
  const ids = new Map(names.map((n, i) => [n, i]));
  const encoded = examples.map((e) => Int32Array.from(e.names.map((n) => ids.get(n) ?? -1).filter((x) => x >= 0)));
  log(`${examples.length} attributions, ${examples.filter((e) => e.correct).length} correct, ${names.length} features (seen ≥ ${minCount} times)`);

  // What the gate predicts: the share of the three scores the attribution counts for (its attribution,
  // its cue, its source when it has one), so that a right cue on a wrong content still has its weight.
  const target = (e: GateExample) => (e.source === null ? (Number(e.correct) + Number(e.cue)) / 2 : (Number(e.correct) + Number(e.cue) + Number(e.source)) / 3);
  // Plain logistic regression (soft targets) by AdaGrad, examples shuffled with a seed.
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length).fill(1e-8);
  const rate = 0.1;
  const random = rng(seed);
  const order = encoded.map((_, i) => i);
  const logit = (feats: Int32Array) => {
    let z = 0;
    for (let j = 0; j < feats.length; j++) z += w[feats[j]!]!;
    return z;
  };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, random);
    let loss = 0;
    for (const i of order) {
      const feats = encoded[i]!;
      const y = target(examples[i]!);
      const z = logit(feats);
      const p = 1 / (1 + Math.exp(-z));
      loss -= y * Math.log(p + 1e-12) + (1 - y) * Math.log(1 - p + 1e-12);
      const grad = p - y;
      for (let j = 0; j < feats.length; j++) {
        const f = feats[j]!;
        const gr = grad + l2 * w[f]!;
        g2[f]! += gr * gr;
        w[f]! -= (rate * gr) / Math.sqrt(g2[f]!);
      }
    }
    log(`epoch ${epoch}/${epochs}: log loss ${(loss / encoded.length).toFixed(4)}`);
  }

  // The threshold: an attribution adds to an F1 score when it is right more often than half that score
  // (keeping one right with probability p moves F1 up when p > F1 / 2). The scores are the folds' own
  // attribution, cue and source F1 with every attribution kept, averaged as the target averages them.
  const gold = data.reduce((n, d) => n + d.attributions.length, 0);
  const goldCues = data.reduce((n, d) => n + d.attributions.filter((a) => a.cue.length).length, 0);
  const goldSources = data.reduce((n, d) => n + d.attributions.filter((a) => a.source.length).length, 0);
  const withSource = examples.filter((e) => e.source !== null);
  const f1 = (t: number, p: number, g: number) => (p + g ? (2 * t) / (p + g) : 0);
  const scores = [
    f1(examples.filter((e) => e.correct).length, examples.length, gold),
    f1(examples.filter((e) => e.cue).length, examples.length, goldCues),
    f1(withSource.filter((e) => e.source).length, withSource.length, goldSources),
  ];
  const half = (scores[0]! + scores[1]! + scores[2]!) / 6;
  const threshold = Math.log(half / (1 - half));
  log(`fold F1 with every attribution kept: attribution ${scores[0]!.toFixed(4)}, cue ${scores[1]!.toFixed(4)}, source ${scores[2]!.toFixed(4)}; threshold p ${half.toFixed(3)} (log-odds ${threshold.toFixed(3)})`);
  const rows = new Map<string, number[]>(names.map((n, i) => [n, [w[i]!]]));
  return NerModel.fromDense(rows, { trainedOn: data.length, folds, epochs, seed, minCount, l2, threshold }, 1e-4, GATE_LABELS);
}
