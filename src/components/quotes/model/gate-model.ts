import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Doc, Token } from '../../../doc/schema.js';
import { mentionIndexAt, tokenIndexAt } from '../../../doc/doc.js';
import type { FeatureTable } from '../../../ner/feature-table.js';
import { NerModel } from '../../../ner/model.js';
import type { Found } from '../compute/reported.js';
import { lower } from '../compute/phrases.js';
import type { CueModel } from './cue-model.js';

/**
 * The learned gate: a logistic regression over what the rules found for one attribution (its rule,
 * its cue word, the kind and length of its content, its source, how sure the cue model is of the
 * verb) that says how likely PolNeAR holds that attribution. The rules find more than PolNeAR
 * annotates ("Question: What do you call a boy …", a relative clause's verb, a perception verb with
 * a thing as its subject); an attribution the gate thinks right less often than half the F1 it
 * would count towards is dropped (such an attribution lowers the F1 it counts in). Trained on PolNeAR's training split by `tidings train quote-gate`,
 * with the cue and source models of each fold trained without that fold, so the gate learns how
 * far they are to be trusted on articles they have not seen.
 */

export const GATE_LABELS = ['KEEP'];

/** Feature templates, by number; their names are how the model file stores them. */
export const GATE_TEMPLATES = ['b', 'rule', 'ck', 'sk', 'lemma', 'lck', 'lsk', 'cpos', 'src', 'srcent', 'clen', 'cklen', 'quoted', 'first', 'next', 'prev', 'margin', 'lmargin', 'neg', 'cuelen', 'sdist', 'cap', 'same'] as const;
const T = Object.fromEntries(GATE_TEMPLATES.map((n, i) => [n, i])) as Record<(typeof GATE_TEMPLATES)[number], number>;

export interface GateFeatureSink {
  f1(template: number, value: string): void;
  f2(template: number, a: string, b: string): void;
}

const HEAD_POS = new Set(['VERB', 'NOUN', 'ADJ', 'PROPN']);

function bucket(n: number): string {
  return n <= 1 ? '1' : n <= 2 ? '2' : n <= 4 ? '3-4' : n <= 8 ? '5-8' : n <= 15 ? '9-15' : n <= 30 ? '16-30' : '31+';
}

function marginBucket(m: number): string {
  return m < -8 ? '<-8' : m < -3 ? '<-3' : m < 0 ? '<0' : m < 3 ? '<3' : m < 8 ? '<8' : '8+';
}

/** The source part of a rule name ("clause:subject" → "subject"). */
function sourceKind(rule: string): string {
  const i = rule.lastIndexOf(':');
  return i < 0 ? rule : rule.slice(i + 1);
}

/** The content part of a rule name ("learned-clause:subject" → "clause"). */
function contentKind(rule: string): string {
  const i = rule.indexOf(':');
  return (i < 0 ? rule : rule.slice(0, i)).replace(/^(loose|learned|noun-verb)-/, '');
}

/** How a source phrase names someone: by a name, a pronoun, a relative pronoun, a common noun, or not at all. */
function sourceClass(doc: Doc, f: Found, toks: readonly Token[]): { cls: string; ent: string; head: number } {
  if (!f.source) return { cls: 'none', ent: '-', head: -1 };
  // The phrase's head: its last noun-like token before a comma or a preposition.
  const from = tokenIndexAt(doc, f.source.start);
  let head = from;
  for (let j = from; j < toks.length && toks[j]!.start < f.source.end; j++) {
    const t = toks[j]!;
    if (t.text === ',' || t.text === '(' || (t.pos === 'ADP' && j > from)) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM') head = j;
  }
  const t = toks[head]!;
  const w = lower(t);
  const cls = /^(who|which|that|whom)$/.test(w) ? 'rel' : t.pos === 'PRON' ? `pron:${w}` : t.pos === 'PROPN' ? 'name' : t.pos === 'NOUN' ? `noun:${t.lemma}` : t.pos;
  const mi = mentionIndexAt(doc, t.start + 1) - 1;
  const m = mi >= 0 ? doc.mentions[mi] : undefined;
  return { cls, ent: m && m.start <= t.start && t.end <= m.end ? m.type : '-', head };
}

/** The features of one attribution the rules found, with its final source. */
export function gateFeatures(doc: Doc, f: Found, cueModel: CueModel | null, out: GateFeatureSink): void {
  const toks = doc.tokens;
  const cueFrom = tokenIndexAt(doc, f.cue.start);
  let cueHead = cueFrom;
  let cueTo = cueFrom;
  for (let j = cueFrom; j < toks.length && toks[j]!.start < f.cue.end; j++) {
    cueTo = j;
    if (HEAD_POS.has(toks[j]!.pos)) cueHead = j;
  }
  const head = toks[cueHead]!;
  const lemma = head.pos === 'VERB' || head.pos === 'NOUN' || head.pos === 'ADJ' ? head.lemma : lower(head);
  const rule = f.rule;
  const ck = contentKind(rule);
  const sk = sourceKind(rule);
  out.f1(T.b, '');
  out.f1(T.rule, rule);
  out.f1(T.ck, ck);
  out.f1(T.sk, sk);
  out.f1(T.lemma, lemma);
  out.f2(T.lck, lemma, ck);
  out.f2(T.lsk, lemma, sk);
  out.f2(T.cpos, head.pos, ck);
  const src = sourceClass(doc, f, toks);
  out.f2(T.src, src.cls.startsWith('noun:') ? 'noun' : src.cls, sk);
  out.f1(T.src, src.cls);
  out.f1(T.srcent, src.ent);
  // The content's length in tokens and whether quotations make it up.
  const cFrom = tokenIndexAt(doc, f.content.start);
  let cTo = cFrom;
  while (cTo + 1 < toks.length && toks[cTo + 1]!.start < f.content.end) cTo++;
  const len = bucket(cTo - cFrom + 1);
  out.f1(T.clen, len);
  out.f2(T.cklen, ck, len);
  let quoted = 0;
  for (const q of f.quotations) quoted += Math.max(0, Math.min(q.end, f.content.end) - Math.max(q.start, f.content.start));
  const share = quoted / Math.max(1, f.content.end - f.content.start);
  out.f2(T.quoted, share > 0.8 ? 'all' : share > 0 ? 'some' : 'none', ck);
  out.f2(T.first, lower(toks[cFrom]), ck);
  const s = head.sentence;
  const next = toks[cueTo + 1];
  const prev = toks[cueFrom - 1];
  out.f2(T.next, lemma, next && next.sentence === s ? lower(next) : '</s>');
  out.f1(T.next, next && next.sentence === s ? next.pos : '</s>');
  out.f1(T.prev, prev && prev.sentence === s ? (prev.pos === 'PUNCT' || prev.pos === 'ADP' || prev.pos === 'SCONJ' || prev.pos === 'CCONJ' || prev.pos === 'PRON' ? lower(prev) : prev.pos) : '<s>');
  if (cueModel && head.pos === 'VERB') {
    const m = marginBucket(cueModel.margin(toks, cueHead));
    out.f1(T.margin, m);
    out.f2(T.lmargin, ck, m);
  } else out.f1(T.margin, head.pos);
  let neg = false;
  for (let j = cueFrom; j <= cueTo; j++) if (/^(not|n't|n’t|never)$/i.test(toks[j]!.text)) neg = true;
  out.f1(T.neg, neg ? 'neg' : '-');
  out.f1(T.cuelen, bucket(cueTo - cueFrom + 1));
  if (src.head >= 0) {
    const d = src.head < cueFrom ? cueFrom - src.head : src.head - cueTo;
    out.f2(T.sdist, src.head < cueFrom ? 'B' : 'A', bucket(d));
  }
  out.f1(T.cap, /^\p{Lu}/u.test(head.text) && cueHead > 0 && /^\p{Lu}/u.test(toks[cueHead - 1]!.text) ? 'Title' : '-');
}

/** Rules the gate leaves alone: a transcript's speaker and an epigraph's signature come from the layout, not a sentence. */
export const UNGATED = /^(speaker-line|signature)$/;

/** A trained gate, ready to keep or drop the attributions the rules found. */
export class GateModel {
  private readonly table: FeatureTable;
  private readonly scores = new Float64Array(1);
  private readonly sink: GateFeatureSink;
  /** The log-odds below which an attribution is dropped. */
  readonly threshold: number;

  constructor(readonly weights: NerModel) {
    this.table = weights.featureTable(GATE_TEMPLATES);
    const { table, scores } = this;
    this.sink = { f1: (t, v) => table.add1(scores, t, v), f2: (t, a, b) => table.add2(scores, t, a, b) };
    this.threshold = typeof weights.meta.threshold === 'number' ? weights.meta.threshold : 0;
  }

  /** The log-odds that PolNeAR holds the attribution. */
  score(doc: Doc, f: Found, cueModel: CueModel | null): number {
    this.scores[0] = 0;
    gateFeatures(doc, f, cueModel, this.sink);
    return this.scores[0]!;
  }

  /** The attributions the gate keeps: a transcript's speaker lines and epigraphs' signatures always. */
  filter(doc: Doc, found: Found[], cueModel: CueModel | null): Found[] {
    return found.filter((f) => UNGATED.test(f.rule) || this.score(doc, f, cueModel) >= this.threshold);
  }
}

/** The committed model, made by `tidings train quote-gate` (see README). */
export const DEFAULT_GATE_MODEL_PATH = fileURLToPath(new URL('../../../../../models/quote-gate.bin', import.meta.url));

let cached: GateModel | null | undefined;

/** The default gate, loaded once; null when the file is missing, and every attribution found stays. */
export function defaultGateModel(): GateModel | null {
  if (cached === undefined) cached = existsSync(DEFAULT_GATE_MODEL_PATH) ? new GateModel(NerModel.load(DEFAULT_GATE_MODEL_PATH)) : null;
  return cached;
}
