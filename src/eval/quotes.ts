import { z } from 'zod';
import type { Doc, Quote } from '../doc/schema.js';

/**
 * The quotes scorer: attribution relations (source, cue, content) against PolNeAR-style gold, with
 * the convention of ../shared/data/README.md (task "quotes"): primary annotator only; per-role
 * span scores three ways (spans that overlap, exact fragment sets, Citron's token overlap); an attribution is
 * correct when its content overlaps the gold content by at least half of the shorter of the two
 * and its source overlaps the gold source (or both have none).
 */

const FragmentSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string().optional() });

const GoldAttributionSchema = z.object({
  id: z.string().optional(),
  anchor_type: z.string().optional(),
  source: z.array(FragmentSchema).default([]),
  cue: z.array(FragmentSchema).default([]),
  content: z.array(FragmentSchema).default([]),
});

export const QuotesGoldRecordSchema = z.object({
  doc_id: z.string(),
  primary: z.boolean().default(true),
  publisher: z.string().optional(),
  publication_date: z.string().nullable().optional(),
  text: z.string(),
  attributions: z.array(GoldAttributionSchema),
});

export type QuotesGoldRecord = z.infer<typeof QuotesGoldRecordSchema>;
export type Fragment = z.infer<typeof FragmentSchema>;

/** One attribution as scored: each role a list of fragments (empty when absent). */
export interface Attribution {
  source: Fragment[];
  cue: Fragment[];
  content: Fragment[];
  /** For predictions: the extractor's kind and rule, for the breakdowns. */
  kind?: string;
  rule?: string;
}

export const ROLES = ['source', 'cue', 'content'] as const;
export type Role = (typeof ROLES)[number];

import { rates, rounded, type Prf } from './prf.js';
export type { Prf };

export interface RoleScore extends Prf {
  exact: Prf;
  /** Citron's token overlap: tokens of predicted role spans that are gold, over predicted and over gold tokens. */
  tokens?: Prf;
}

export interface QuotesScores {
  attribution: RoleScore;
  source: RoleScore;
  cue: RoleScore;
  content: RoleScore;
}

/**
 * The predicted attributions of a document. Quotes that share one cue are one attribution whose
 * content has several fragments ("“…,” she said. “…”"), as in PolNeAR, where every attribution has
 * exactly one cue; quotations the extractor found no cue for are left out.
 */
export function predictedAttributions(doc: Doc): Attribution[] {
  const byCue = new Map<string, Attribution>();
  const out: Attribution[] = [];
  for (const q of doc.quotes) {
    // A quotation with no cue is no attribution relation: every attribution has exactly one cue.
    if (!q.cue) continue;
    const key = q.cue ? `${q.cue.start}:${q.cue.end}` : null;
    const existing = key ? byCue.get(key) : undefined;
    if (existing) {
      existing.content.push(span(q.content));
      continue;
    }
    const a: Attribution = {
      source: q.source ? [span(q.source)] : [],
      cue: q.cue ? [span(q.cue)] : [],
      content: [span(q.content)],
      kind: q.kind,
      rule: q.rule,
    };
    out.push(a);
    if (key) byCue.set(key, a);
  }
  return out;
}

function span(s: Quote['content'] | NonNullable<Quote['cue']>): Fragment {
  return { start: s.start, end: s.end, text: s.text };
}

/** Word and punctuation tokens of a text, as offsets: the unit of the overlap scores. */
export class TokenGrid {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(text: string) {
    for (const m of text.matchAll(/[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu)) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
    }
  }

  /** Indices of the tokens a fragment list touches. */
  tokens(fragments: readonly Fragment[]): Set<number> {
    const out = new Set<number>();
    for (const f of fragments) {
      let lo = 0;
      let hi = this.starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.ends[mid]! <= f.start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < this.starts.length && this.starts[i]! < f.end; i++) out.add(i);
    }
    return out;
  }
}

function intersectionSize(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** How a gold or predicted attribution fared. */
export type MatchClass =
  | 'correct'
  | 'missed' // gold: no prediction touches its content
  | 'spurious' // prediction: touches no gold content
  | 'content-boundary' // contents overlap, by less than half of the shorter
  | 'wrong-source' // content matches, sources do not overlap
  | 'missing-source' // content matches, gold has a source, prediction none
  | 'extra-source'; // content matches, prediction has a source, gold none

export interface DocResult {
  docId: string;
  publisher: string;
  text: string;
  gold: Attribution[];
  predicted: Attribution[];
  /** For each gold attribution, its class and the prediction it was matched or compared with. */
  goldClass: { cls: MatchClass; with: number | null }[];
  predictedClass: { cls: MatchClass; with: number | null }[];
  /** Counts for the role scores. */
  tokens: Record<Role, { predicted: number; gold: number; overlap: number }>;
  exact: Record<Role, { tp: number; predicted: number; gold: number }>;
  /** Role spans matched one-to-one with a gold span of the same role that shares a token. */
  spans: Record<Role, { tp: number; predicted: number; gold: number }>;
}

interface RoleTokens {
  source: Set<number>;
  content: Set<number>;
}

/** Scores one document's predictions against its gold attributions. */
export function scoreDocument(docId: string, publisher: string, text: string, gold: Attribution[], predicted: Attribution[]): DocResult {
  const grid = new TokenGrid(text);
  const tok = (a: Attribution): RoleTokens => ({ source: grid.tokens(a.source), content: grid.tokens(a.content) });
  const g = gold.map(tok);
  const p = predicted.map(tok);

  // Attribution level: every acceptable pair, best content overlap first, one-to-one.
  const pairs: { gi: number; pi: number; overlap: number }[] = [];
  const near: { gi: number; pi: number; overlap: number; cls: MatchClass }[] = [];
  for (let gi = 0; gi < g.length; gi++) {
    for (let pi = 0; pi < p.length; pi++) {
      const overlap = intersectionSize(g[gi]!.content, p[pi]!.content);
      if (overlap === 0) continue;
      const shorter = Math.min(g[gi]!.content.size, p[pi]!.content.size);
      let cls: MatchClass;
      if (overlap * 2 < shorter) cls = 'content-boundary';
      else cls = sourceClass(g[gi]!.source, p[pi]!.source);
      if (cls === 'correct') pairs.push({ gi, pi, overlap });
      else near.push({ gi, pi, overlap, cls });
    }
  }
  pairs.sort((a, b) => b.overlap - a.overlap);
  const goldClass: DocResult['goldClass'] = gold.map(() => ({ cls: 'missed', with: null }));
  const predictedClass: DocResult['predictedClass'] = predicted.map(() => ({ cls: 'spurious', with: null }));
  const goldDone = new Set<number>();
  const predDone = new Set<number>();
  for (const pr of pairs) {
    if (goldDone.has(pr.gi) || predDone.has(pr.pi)) continue;
    goldDone.add(pr.gi);
    predDone.add(pr.pi);
    goldClass[pr.gi] = { cls: 'correct', with: pr.pi };
    predictedClass[pr.pi] = { cls: 'correct', with: pr.gi };
  }
  // The unmatched ones get the reason of their nearest miss (largest overlap), for the error classes.
  near.sort((a, b) => b.overlap - a.overlap);
  for (const n of near) {
    if (!goldDone.has(n.gi) && goldClass[n.gi]!.with === null) goldClass[n.gi] = { cls: n.cls, with: n.pi };
    if (!predDone.has(n.pi) && predictedClass[n.pi]!.with === null) predictedClass[n.pi] = { cls: n.cls, with: n.gi };
  }
  // A prediction that only overlaps a gold attribution already matched is a duplicate, not a boundary error.
  for (let pi = 0; pi < predicted.length; pi++) {
    const pc = predictedClass[pi]!;
    if (pc.cls !== 'correct' && pc.with !== null && goldDone.has(pc.with) && !near.some((n) => n.pi === pi && !goldDone.has(n.gi))) {
      predictedClass[pi] = { cls: 'spurious', with: pc.with };
    }
  }

  const tokens = {} as DocResult['tokens'];
  const exact = {} as DocResult['exact'];
  const spans = {} as DocResult['spans'];
  for (const role of ROLES) {
    spans[role] = overlapCounts(gold.map((a) => grid.tokens(a[role])), predicted.map((a) => grid.tokens(a[role])));
    const pt = new Set<number>();
    const gt = new Set<number>();
    for (const a of predicted) for (const t of grid.tokens(a[role])) pt.add(t);
    for (const a of gold) for (const t of grid.tokens(a[role])) gt.add(t);
    tokens[role] = { predicted: pt.size, gold: gt.size, overlap: intersectionSize(pt, gt) };
    exact[role] = exactCounts(gold.map((a) => a[role]), predicted.map((a) => a[role]));
  }
  return { docId, publisher, text, gold, predicted, goldClass, predictedClass, tokens, exact, spans };
}

/** One-to-one matching of role spans that share at least one token, largest overlap first; empty roles are not counted. */
function overlapCounts(gold: Set<number>[], predicted: Set<number>[]): { tp: number; predicted: number; gold: number } {
  const g = gold.filter((x) => x.size > 0);
  const p = predicted.filter((x) => x.size > 0);
  const pairs: { gi: number; pi: number; n: number }[] = [];
  for (let gi = 0; gi < g.length; gi++) {
    for (let pi = 0; pi < p.length; pi++) {
      const n = intersectionSize(g[gi]!, p[pi]!);
      if (n > 0) pairs.push({ gi, pi, n });
    }
  }
  pairs.sort((a, b) => b.n - a.n);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  for (const x of pairs) {
    if (gUsed.has(x.gi) || pUsed.has(x.pi)) continue;
    gUsed.add(x.gi);
    pUsed.add(x.pi);
  }
  return { tp: gUsed.size, predicted: p.length, gold: g.length };
}

function sourceClass(gold: ReadonlySet<number>, predicted: ReadonlySet<number>): MatchClass {
  if (gold.size === 0 && predicted.size === 0) return 'correct';
  if (gold.size === 0) return 'extra-source';
  if (predicted.size === 0) return 'missing-source';
  return intersectionSize(gold, predicted) > 0 ? 'correct' : 'wrong-source';
}

/** Exact match of a role: identical fragment sets, one-to-one; empty roles are not counted. */
function exactCounts(gold: Fragment[][], predicted: Fragment[][]): { tp: number; predicted: number; gold: number } {
  const key = (fs: Fragment[]) => fs.map((f) => `${f.start}-${f.end}`).sort().join(',');
  const pool = new Map<string, number>();
  const g = gold.filter((fs) => fs.length > 0);
  const p = predicted.filter((fs) => fs.length > 0);
  for (const fs of g) pool.set(key(fs), (pool.get(key(fs)) ?? 0) + 1);
  let tp = 0;
  for (const fs of p) {
    const k = key(fs);
    const n = pool.get(k) ?? 0;
    if (n > 0) {
      tp++;
      pool.set(k, n - 1);
    }
  }
  return { tp, predicted: p.length, gold: g.length };
}

export function prf(tp: number, predicted: number, gold: number): Prf {
  return rounded(rates(tp, predicted, tp, gold));
}

/**
 * Totals over documents. Attribution: overlap = the matching rule above, exact = all three roles
 * identical. Roles: overlap = spans matched one-to-one when they share a token, exact = identical
 * fragment sets, tokens = Citron's token overlap.
 */
export function aggregate(results: readonly DocResult[]): QuotesScores {
  let attrTp = 0;
  let attrExactTp = 0;
  let predicted = 0;
  let gold = 0;
  for (const r of results) {
    predicted += r.predicted.length;
    gold += r.gold.length;
    attrTp += r.goldClass.filter((c) => c.cls === 'correct').length;
    attrExactTp += exactAttributions(r.gold, r.predicted);
  }
  const role = (name: Role): RoleScore => {
    let tp = 0, pt = 0, gt = 0, etp = 0, ep = 0, eg = 0, stp = 0, sp = 0, sg = 0;
    for (const r of results) {
      tp += r.tokens[name].overlap;
      pt += r.tokens[name].predicted;
      gt += r.tokens[name].gold;
      etp += r.exact[name].tp;
      ep += r.exact[name].predicted;
      eg += r.exact[name].gold;
      stp += r.spans[name].tp;
      sp += r.spans[name].predicted;
      sg += r.spans[name].gold;
    }
    return { ...prf(stp, sp, sg), exact: prf(etp, ep, eg), tokens: prf(tp, pt, gt) };
  };
  return {
    attribution: { ...prf(attrTp, predicted, gold), exact: prf(attrExactTp, predicted, gold) },
    source: role('source'),
    cue: role('cue'),
    content: role('content'),
  };
}

function exactAttributions(gold: Attribution[], predicted: Attribution[]): number {
  const key = (a: Attribution) => ROLES.map((r) => a[r].map((f) => `${f.start}-${f.end}`).sort().join(',')).join('|');
  const pool = new Map<string, number>();
  for (const a of gold) pool.set(key(a), (pool.get(key(a)) ?? 0) + 1);
  let tp = 0;
  for (const a of predicted) {
    const n = pool.get(key(a)) ?? 0;
    if (n > 0) {
      tp++;
      pool.set(key(a), n - 1);
    }
  }
  return tp;
}

/**
 * How far the annotators agree, by the measures the extractor is scored with: each other annotation of
 * an article annotated several times, scored as if it were a prediction against the primary one.
 * Articles with a single annotation give nothing.
 */
export function annotatorAgreement(records: readonly QuotesGoldRecord[]): DocResult[] {
  const primary = new Map<string, QuotesGoldRecord>();
  for (const r of records) if (r.primary) primary.set(r.doc_id, r);
  const out: DocResult[] = [];
  for (const r of records) {
    const p = primary.get(r.doc_id);
    if (r.primary || !p || r.text !== p.text) continue;
    out.push(scoreDocument(r.doc_id, r.publisher ?? 'unknown', r.text, goldAttributions(p), goldAttributions(r)));
  }
  return out;
}

export function goldAttributions(record: QuotesGoldRecord): Attribution[] {
  return record.attributions.map((a) => ({ source: a.source, cue: a.cue, content: a.content }));
}
