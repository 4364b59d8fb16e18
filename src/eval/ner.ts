import type { Doc } from '../doc/schema.js';
import type { Kb } from '../kb/kb.js';
import type { ConllDoc } from '../ner/conll.js';
import { conllType, NER_TYPES } from '../ner/labels.js';
import type { NerModel } from '../ner/model.js';
import { microTotal, prf, tallySpans, type Prf, type Tally, type TypedSpan } from '../ner/score.js';
import { tagSentences } from '../ner/tagger.js';

/**
 * `tidings eval ner`: the CoNLL-2003 convention (conlleval: exact span and type, micro F1 over
 * PER, ORG, LOC, MISC). The pipeline runs on each gold document rebuilt as text (one sentence per
 * paragraph) and its name mentions are mapped to the CoNLL types.
 */

export interface NerScores {
  precision: number;
  recall: number;
  f1: number;
  byType: Record<string, { precision: number; recall: number; f1: number }>;
  /** PER/ORG/LOC only (gold MISC dropped): not comparable to published figures. */
  withoutMisc: { precision: number; recall: number; f1: number };
}

export interface NerError {
  kind: 'missed' | 'spurious' | 'wrong type' | 'wrong span';
  text: string;
  gold: string | null;
  predicted: string | null;
}

export interface NerResult {
  scores: NerScores;
  tallies: Map<string, Tally>;
  errors: NerError[];
  documents: number;
  tokens: number;
}

/** A gold document as the text the pipeline reads, with the gold spans in its character offsets. */
export function conllText(doc: ConllDoc): { text: string; gold: TypedSpan[] } {
  let text = '';
  const gold: TypedSpan[] = [];
  doc.sentences.forEach((s, k) => {
    if (k > 0) text += '\n\n';
    for (const e of s.entities) gold.push({ start: text.length + e.charStart, end: text.length + e.charEnd, type: e.type });
    text += s.text;
  });
  return { text, gold };
}

export function docSpans(doc: Doc): TypedSpan[] {
  const seen = new Set<string>();
  const out: TypedSpan[] = [];
  for (const m of doc.mentions) {
    const type = conllType(m);
    if (!type) continue;
    const key = `${m.start}:${m.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ start: m.start, end: m.end, type });
  }
  return out;
}

function classifyErrors(text: string, gold: TypedSpan[], pred: TypedSpan[], errors: NerError[]): void {
  const exact = (a: TypedSpan, b: TypedSpan) => a.start === b.start && a.end === b.end;
  const overlaps = (a: TypedSpan, b: TypedSpan) => a.start < b.end && b.start < a.end;
  for (const g of gold) {
    if (pred.some((p) => exact(p, g) && p.type === g.type)) continue;
    const same = pred.find((p) => exact(p, g));
    if (same) errors.push({ kind: 'wrong type', text: text.slice(g.start, g.end), gold: g.type, predicted: same.type });
    else {
      const o = pred.find((p) => overlaps(p, g));
      if (o) errors.push({ kind: 'wrong span', text: `${text.slice(g.start, g.end)} / ${text.slice(o.start, o.end)}`, gold: g.type, predicted: o.type });
      else errors.push({ kind: 'missed', text: text.slice(g.start, g.end), gold: g.type, predicted: null });
    }
  }
  for (const p of pred) {
    if (!gold.some((g) => overlaps(p, g))) errors.push({ kind: 'spurious', text: text.slice(p.start, p.end), gold: null, predicted: p.type });
  }
}

function summarize(tallies: Map<string, Tally>): NerScores {
  const pick = (p: Prf) => ({ precision: p.precision, recall: p.recall, f1: p.f1 });
  const byType: NerScores['byType'] = {};
  for (const t of NER_TYPES) byType[t] = pick(prf(tallies.get(t) ?? { correct: 0, predicted: 0, gold: 0 }));
  return { ...pick(prf(microTotal(tallies, NER_TYPES))), byType, withoutMisc: pick(prf(microTotal(tallies, ['PER', 'ORG', 'LOC']))) };
}

/** Scores the full pipeline (`run` turns a text into a Doc) on CoNLL gold documents. */
export function scoreNerPipeline(docs: ConllDoc[], run: (text: string) => Doc): NerResult {
  const tallies = new Map<string, Tally>();
  const errors: NerError[] = [];
  let tokens = 0;
  for (const d of docs) {
    const { text, gold } = conllText(d);
    const pred = docSpans(run(text)).filter((p) => (NER_TYPES as readonly string[]).includes(p.type));
    tallySpans(gold, pred, tallies);
    classifyErrors(text, gold, pred, errors);
    tokens += d.sentences.reduce((n, s) => n + s.tokens.length, 0);
  }
  return { scores: summarize(tallies), tallies, errors, documents: docs.length, tokens };
}

/** Scores the trained recognizer alone on the gold tokens (no tokenizer, no rules). */
export function scoreNerModel(docs: ConllDoc[], model: NerModel, kb: Kb): NerResult {
  const tallies = new Map<string, Tally>();
  const errors: NerError[] = [];
  let tokens = 0;
  for (const d of docs) {
    const spans = tagSentences(d.sentences.map((s) => s.tokens), model, kb);
    d.sentences.forEach((s, k) => {
      tallySpans(s.entities, spans[k]!, tallies);
      const words = s.tokens;
      classifyErrors(words.join(' '), s.entities.map((e) => ({ start: e.charStart, end: e.charEnd, type: e.type })), spans[k]!.map((sp) => charSpan(words, sp)), errors);
      tokens += words.length;
    });
  }
  return { scores: summarize(tallies), tallies, errors, documents: docs.length, tokens };
}

function charSpan(words: string[], sp: TypedSpan): TypedSpan {
  let at = 0;
  let start = 0;
  for (let k = 0; k < sp.end; k++) {
    if (k === sp.start) start = at;
    at += words[k]!.length + (k < sp.end - 1 ? 1 : 0);
  }
  return { start, end: at, type: sp.type };
}

/** The most frequent errors, as "kind gold→predicted: text" with counts. */
export function topErrors(errors: NerError[], n = 10): Array<{ error: string; count: number }> {
  const counts = new Map<string, number>();
  for (const e of errors) {
    const key = `${e.kind} ${e.gold ?? '-'}→${e.predicted ?? '-'}: ${e.text}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, n).map(([error, count]) => ({ error, count }));
}

/** Error counts by kind and types ("wrong type ORG→LOC": 120). */
export function errorClasses(errors: NerError[]): Array<{ error: string; count: number }> {
  const counts = new Map<string, number>();
  for (const e of errors) {
    const key = `${e.kind} ${e.gold ?? '-'}→${e.predicted ?? '-'}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([error, count]) => ({ error, count }));
}

export function formatNerReport(r: NerResult): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const lines = [`${r.documents} documents, ${r.tokens} tokens`, '', 'type   precision  recall     F1   gold  predicted'];
  for (const t of NER_TYPES) {
    const s = r.scores.byType[t]!;
    const tally = r.tallies.get(t) ?? { gold: 0, predicted: 0 };
    lines.push(`${t.padEnd(6)} ${pct(s.precision)}    ${pct(s.recall)} ${pct(s.f1)} ${String(tally.gold).padStart(6)} ${String(tally.predicted).padStart(10)}`);
  }
  lines.push(`all    ${pct(r.scores.precision)}    ${pct(r.scores.recall)} ${pct(r.scores.f1)}   (micro, 4 types)`);
  lines.push(`w/o MISC ${pct(r.scores.withoutMisc.precision).trim()} / ${pct(r.scores.withoutMisc.recall).trim()} / ${pct(r.scores.withoutMisc.f1).trim()} (P/R/F1, gold MISC dropped)`, '');
  lines.push('error classes:');
  for (const e of errorClasses(r.errors).slice(0, 12)) lines.push(`  ${String(e.count).padStart(5)}  ${e.error}`);
  lines.push('', 'most frequent errors:');
  for (const e of topErrors(r.errors, 15)) lines.push(`  ${String(e.count).padStart(5)}  ${e.error}`);
  return lines.join('\n') + '\n';
}
