/**
 * The TempEval-3 Task A scorer on character offsets (../shared/data/README.md, "timex"; UzZaman
 * et al. 2013): strict match = identical span, relaxed match = any overlap, one to one; the
 * attributes are scored over relaxed matches, so value F1 = relaxed F1 × value accuracy. Figures
 * for the whole set, per corpus and per type, and the value errors grouped into classes.
 */
import type { TimexGoldDoc } from './timex-gold.js';

/** What the scorer reads of a system timex. */
export interface SystemTimex {
  start: number;
  end: number;
  type: string;
  value: string;
  mod?: string | undefined;
  /** The rule that proposed it ("chrono:weekday/past"), when the system tells. */
  rule?: string | undefined;
}

import { rates, rounded, type Prf } from './prf.js';
export type { Prf };

export interface TimexScores {
  strict: Prf;
  relaxed: Prf;
  value: Prf;
  type: Prf;
  /** Not ranked in TempEval-3; the same computation on `mod` (both absent counts as equal). */
  mod: Prf;
  gold: number;
  system: number;
}

export interface TypeScores {
  /** Gold timexes of the type, and system timexes that gave it. */
  gold: number;
  system: number;
  /** Recall over the gold of the type, precision over the system timexes of the type. */
  relaxed: Prf;
  value: Prf;
}

/** One document's timexes with their relaxed matches. */
export interface DocMatches {
  doc: TimexGoldDoc;
  system: readonly SystemTimex[];
  /** For each gold timex, the index of its system match or -1. */
  goldToSystem: number[];
  /** For each system timex, the index of its gold match or -1. */
  systemToGold: number[];
}

export interface ValueErrorExample {
  docId: string;
  text: string;
  gold: string;
  system: string;
}

export interface ValueErrorClass {
  /** "day → week", "day: year differs", "duration: value differs". */
  label: string;
  count: number;
  examples: ValueErrorExample[];
}

export interface SpanErrorClass {
  /** The text, lower-cased, with digits written as 9. */
  label: string;
  count: number;
  examples: string[];
}

/** What one rule of the system extracted and how much of it was right. */
export interface RuleScores {
  /** The rule's family: its name up to the first "/" or "+" ("chrono:weekday"). */
  rule: string;
  extracted: number;
  /** Extracted timexes that overlap a gold one (relaxed match). */
  matched: number;
  /** Matched with the gold value. */
  valueCorrect: number;
}

export interface TimexResult {
  scores: TimexScores & {
    byCorpus: Record<string, TimexScores & { documents: number }>;
    byType: Record<string, TypeScores>;
  };
  /** Per rule family, the rules with the most extractions that are not right first. */
  byRule: RuleScores[];
  valueErrors: ValueErrorClass[];
  /** Gold timexes with no overlapping system timex. */
  missed: SpanErrorClass[];
  /** System timexes with no overlapping gold timex. */
  spurious: SpanErrorClass[];
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/**
 * One-to-one relaxed matching: identical spans first, then each remaining gold timex (in text
 * order) takes the free system timex that overlaps it most.
 */
export function matchDocument(doc: TimexGoldDoc, system: readonly SystemTimex[]): DocMatches {
  const gold = doc.timexes;
  const goldToSystem = gold.map(() => -1);
  const systemToGold = system.map(() => -1);
  const exact = new Map<string, number>();
  system.forEach((s, j) => exact.set(`${s.start}:${s.end}`, j));
  gold.forEach((g, i) => {
    const j = exact.get(`${g.start}:${g.end}`);
    if (j !== undefined && systemToGold[j] === -1) {
      goldToSystem[i] = j;
      systemToGold[j] = i;
    }
  });
  gold.forEach((g, i) => {
    if (goldToSystem[i] !== -1) return;
    let best = -1;
    let bestOverlap = 0;
    system.forEach((s, j) => {
      if (systemToGold[j] !== -1) return;
      const o = overlap(g, s);
      if (o > bestOverlap) {
        best = j;
        bestOverlap = o;
      }
    });
    if (best >= 0) {
      goldToSystem[i] = best;
      systemToGold[best] = i;
    }
  });
  return { doc, system, goldToSystem, systemToGold };
}

export function prf(correct: number, system: number, gold: number): Prf {
  return rounded(rates(correct, system, correct, gold));
}

function scoreMatches(all: readonly DocMatches[]): TimexScores {
  let gold = 0;
  let system = 0;
  let strict = 0;
  let relaxed = 0;
  let value = 0;
  let type = 0;
  let mod = 0;
  for (const m of all) {
    gold += m.doc.timexes.length;
    system += m.system.length;
    m.doc.timexes.forEach((g, i) => {
      const j = m.goldToSystem[i]!;
      if (j < 0) return;
      const s = m.system[j]!;
      relaxed++;
      if (s.start === g.start && s.end === g.end) strict++;
      if (s.value === g.value) value++;
      if (s.type === g.type) type++;
      if ((s.mod ?? '') === (g.mod ?? '')) mod++;
    });
  }
  return {
    strict: prf(strict, system, gold),
    relaxed: prf(relaxed, system, gold),
    value: prf(value, system, gold),
    type: prf(type, system, gold),
    mod: prf(mod, system, gold),
    gold,
    system,
  };
}

function scoreTypes(all: readonly DocMatches[]): Record<string, TypeScores> {
  const acc = new Map<string, { gold: number; system: number; goldFound: number; systemFound: number; goldValue: number; systemValue: number }>();
  const get = (t: string) => {
    let a = acc.get(t);
    if (!a) acc.set(t, (a = { gold: 0, system: 0, goldFound: 0, systemFound: 0, goldValue: 0, systemValue: 0 }));
    return a;
  };
  for (const m of all) {
    m.doc.timexes.forEach((g, i) => {
      const a = get(g.type);
      a.gold++;
      const j = m.goldToSystem[i]!;
      if (j >= 0) {
        a.goldFound++;
        if (m.system[j]!.value === g.value) a.goldValue++;
      }
    });
    m.system.forEach((s, j) => {
      const a = get(s.type);
      a.system++;
      const i = m.systemToGold[j]!;
      if (i >= 0) {
        a.systemFound++;
        if (m.doc.timexes[i]!.value === s.value) a.systemValue++;
      }
    });
  }
  const out: Record<string, TypeScores> = {};
  for (const t of [...acc.keys()].sort()) {
    const a = acc.get(t)!;
    out[t] = { gold: a.gold, system: a.system, relaxed: prfSplit(a.systemFound, a.system, a.goldFound, a.gold), value: prfSplit(a.systemValue, a.system, a.goldValue, a.gold) };
  }
  return out;
}

function scoreRules(all: readonly DocMatches[]): RuleScores[] {
  const by = new Map<string, RuleScores>();
  for (const m of all) {
    m.system.forEach((s, j) => {
      const rule = s.rule ? s.rule.split(/[/+]/)[0]! : '(none)';
      let r = by.get(rule);
      if (!r) by.set(rule, (r = { rule, extracted: 0, matched: 0, valueCorrect: 0 }));
      r.extracted++;
      const i = m.systemToGold[j]!;
      if (i < 0) return;
      r.matched++;
      if (m.doc.timexes[i]!.value === s.value) r.valueCorrect++;
    });
  }
  return [...by.values()].sort((a, b) => b.extracted - b.valueCorrect - (a.extracted - a.valueCorrect) || a.rule.localeCompare(b.rule));
}

/** Precision and recall from different counts of correct (system-side and gold-side). */
function prfSplit(systemCorrect: number, system: number, goldCorrect: number, gold: number): Prf {
  return rounded(rates(systemCorrect, system, goldCorrect, gold));
}

/** How precise a TIMEX3 value is, as a name: day, week, month, duration, PRESENT_REF… */
export function granularity(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}T/.test(value) || /^X{4}-XX-XXT/.test(value)) return 'time';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}-WE$/.test(value)) return 'weekend';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-(?:SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^\d{4}-Q\d$/.test(value)) return 'quarter';
  if (/^\d{4}-H\d$/.test(value)) return 'half';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{2}$/.test(value)) return 'century';
  if (/^P/.test(value)) return 'duration';
  if (/_REF$/.test(value)) return value;
  if (/X/.test(value)) return 'unanchored';
  return 'other';
}

/** What differs between two values of the same granularity: the first date field, or the value. */
function difference(gold: string, system: string): string {
  const g = /^(\d{4})(?:-(\d{2}|W\d{2}|Q\d|H\d|SP|SU|FA|WI))?(?:-(\d{2}))?/.exec(gold);
  const s = /^(\d{4})(?:-(\d{2}|W\d{2}|Q\d|H\d|SP|SU|FA|WI))?(?:-(\d{2}))?/.exec(system);
  if (g && s) {
    if (g[1] !== s[1]) return 'year differs';
    if (g[2] !== s[2]) return 'month or week differs';
    if (g[3] !== s[3]) return 'day differs';
    return 'time differs';
  }
  return 'value differs';
}

export function valueErrorLabel(gold: string, system: string): string {
  const g = granularity(gold);
  const s = granularity(system);
  return g === s ? `${g}: ${difference(gold, system)}` : `${g} → ${s}`;
}

function spanLabel(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/\d/g, '9');
}

function classes<T>(items: readonly { label: string; example: T }[], examplesPerClass: number): { label: string; count: number; examples: T[] }[] {
  const by = new Map<string, { label: string; count: number; examples: T[] }>();
  for (const { label, example } of items) {
    let c = by.get(label);
    if (!c) by.set(label, (c = { label, count: 0, examples: [] }));
    c.count++;
    if (c.examples.length < examplesPerClass) c.examples.push(example);
  }
  return [...by.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** Scores a set of documents, each with the timexes the system found in it. */
export function scoreTimex(results: readonly { doc: TimexGoldDoc; system: readonly SystemTimex[] }[], examplesPerClass = 3): TimexResult {
  const all = results.map((r) => matchDocument(r.doc, [...r.system].sort((a, b) => a.start - b.start)));
  const byCorpus: Record<string, TimexScores & { documents: number }> = {};
  for (const corpus of [...new Set(all.map((m) => m.doc.corpus))].sort()) {
    const part = all.filter((m) => m.doc.corpus === corpus);
    byCorpus[corpus] = { ...scoreMatches(part), documents: part.length };
  }
  const valueErrors: { label: string; example: ValueErrorExample }[] = [];
  const missed: { label: string; example: string }[] = [];
  const spurious: { label: string; example: string }[] = [];
  for (const m of all) {
    const text = m.doc.text;
    m.doc.timexes.forEach((g, i) => {
      const j = m.goldToSystem[i]!;
      const gText = text.slice(g.start, g.end);
      if (j < 0) {
        missed.push({ label: spanLabel(gText), example: `${gText} = ${g.value} (${m.doc.doc_id})` });
        return;
      }
      const s = m.system[j]!;
      if (s.value !== g.value) {
        const shown = s.start === g.start && s.end === g.end ? gText : `${gText} / ${text.slice(s.start, s.end)}`;
        valueErrors.push({ label: valueErrorLabel(g.value, s.value), example: { docId: m.doc.doc_id, text: shown, gold: g.value, system: s.value } });
      }
    });
    m.system.forEach((s, j) => {
      if (m.systemToGold[j]! >= 0) return;
      const sText = text.slice(s.start, s.end);
      spurious.push({ label: spanLabel(sText), example: `${sText} = ${s.value} (${m.doc.doc_id})` });
    });
  }
  return {
    scores: { ...scoreMatches(all), byCorpus, byType: scoreTypes(all) },
    byRule: scoreRules(all),
    valueErrors: classes(valueErrors, examplesPerClass),
    missed: classes(missed, examplesPerClass),
    spurious: classes(spurious, examplesPerClass),
  };
}
