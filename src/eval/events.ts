import { rates, rounded } from './prf.js';
import type { Event } from '../doc/schema.js';
import type { EventGoldRecord, GoldEvent } from './event-gold.js';
import { goldCategoryIn, ploverIn, vocabularyOf, type PloverVocabulary } from './plover-vocabulary.js';

/**
 * The event scorer (../shared/data/README.md, "events"), per sentence:
 * - `plover`: a gold event is found when a predicted event has its PLOVER category and, where the gold names one,
 *   its source country. Events PLOVER does not code (statements, appeals) take no part on either side.
 * - `cameoRoot`: the same with the CAMEO root code, on records whose gold gives CAMEO codes.
 * - `sourceActor` / `targetActor`: the actor codes alone, as sets per sentence (see `actorMatches`).
 * Sentences marked `expect_no_events` count every prediction as a false positive. Each prediction is used once.
 */

export interface Rate {
  precision: number;
  recall: number;
  f1: number;
  /** Matched gold items, gold items, predicted items. */
  correct: number;
  gold: number;
  predicted: number;
}

/** What the scorer needs of a predicted event. */
export interface PredictedEvent {
  cameo: string;
  plover: string | null;
  source: string | null;
  target: string | null;
  /** For the report: the rule that made it. */
  rule?: string;
}

export interface SentenceResult {
  record: EventGoldRecord;
  predicted: PredictedEvent[];
  /** Category of each gold event in the record's vocabulary (null: PLOVER does not code it). */
  goldCategories: (string | null)[];
  predictedCategories: (string | null)[];
  /** Index of the predicted event matched to each gold event under the `plover` rule, or -1. */
  ploverMatch: number[];
  /** Under the `cameoRoot` rule (all -1 when the record gives no CAMEO codes). */
  rootMatch: number[];
}

export interface EventScores {
  records: number;
  plover: Rate;
  cameoRoot: Rate;
  sourceActor: Rate;
  targetActor: Rate;
  /** `plover` by gold category (recall side) and predicted category (precision side). */
  byCategory: Record<string, Rate>;
}

export interface EventResult {
  scores: EventScores;
  /** gold category → predicted category → count; "—" stands for no event on that side. */
  confusion: Map<string, Map<string, number>>;
  sentences: SentenceResult[];
}

export const NONE = '—';

class Counter {
  correct = 0;
  gold = 0;
  predicted = 0;
  rate(): Rate {
    return { ...rounded(rates(this.correct, this.predicted, this.correct, this.gold)), correct: this.correct, gold: this.gold, predicted: this.predicted };
  }
}


/** The country block of an actor code: null when none is required (no code, unknown country "---"). */
export function countryOf(code: string | null): string | null {
  if (!code) return null;
  if (code.startsWith('"')) return code; // a surface-text actor of the unit tests: compared whole
  const c = code.slice(0, 3).toUpperCase();
  return c === '---' || c.length < 3 ? null : c;
}

/**
 * A predicted actor code matches a gold one when the country blocks agree (gold "---" accepts any) and, where the
 * gold names an agent ("USAGOV"), the prediction's first agent block is that one. A bare country in the gold accepts
 * any agent; longer gold codes ("IRQGOVMIL") need only their first agent.
 */
export function actorMatches(gold: string, predicted: string): boolean {
  if (gold.startsWith('"') || predicted.startsWith('"')) return gold === predicted;
  const g = gold.toUpperCase();
  const p = predicted.toUpperCase();
  const gc = g.slice(0, 3);
  if (gc !== '---' && gc !== p.slice(0, 3)) return false;
  const agent = g.slice(3, 6);
  return !agent || agent === p.slice(3, 6);
}

/** The codes a gold `code` field accepts: one code, alternatives "18/19/20", or a range "081-083". */
export function goldCodes(code: string | null): string[] {
  if (!code) return [];
  const out: string[] = [];
  for (const alt of code.split('/')) {
    const range = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(alt);
    if (range && range[1]!.length === range[2]!.length) {
      const width = range[1]!.length;
      for (let n = Number(range[1]); n <= Number(range[2]) && out.length < 100; n++) out.push(String(n).padStart(width, '0'));
    } else if (alt.trim()) out.push(alt.trim());
  }
  return out;
}

/** The (current) PLOVER category of a CAMEO code by tidings' crosswalk, falling back to its root. */
export type Crosswalk = (cameo: string) => string | null;

function goldCategories(g: GoldEvent, vocabulary: PloverVocabulary, crosswalk: Crosswalk): Set<string> {
  const out = new Set<string>();
  if (g.plover) out.add(goldCategoryIn(vocabulary, g.plover));
  else {
    for (const c of goldCodes(g.code)) {
      const p = ploverIn(vocabulary, c, crosswalk(c));
      if (p) out.add(p);
    }
  }
  return out;
}

/**
 * Matches gold to predictions one to one: each gold event takes the first free prediction that satisfies `ok`,
 * preferring one whose target matches too.
 */
function matchEvents(gold: GoldEvent[], predicted: PredictedEvent[], ok: (g: number, p: number) => boolean): number[] {
  const used = new Uint8Array(predicted.length);
  return gold.map((g, gi) => {
    let pick = -1;
    for (let p = 0; p < predicted.length; p++) {
      if (used[p] || !ok(gi, p)) continue;
      const t = predicted[p]!.target;
      if (pick < 0) pick = p;
      if (!g.target || (t && actorMatches(g.target, t))) {
        pick = p;
        break;
      }
    }
    if (pick >= 0) used[pick] = 1;
    return pick;
  });
}

function sameSource(g: GoldEvent, p: PredictedEvent): boolean {
  const want = countryOf(g.source);
  if (!want) return true;
  if (!p.source) return false;
  return want.startsWith('"') ? p.source === want : countryOf(p.source) === want;
}

/** Scores one role's actor codes in a sentence: distinct gold codes against distinct predicted codes. */
function scoreActors(counter: Counter, gold: (string | null)[], predicted: (string | null)[]): void {
  const g = [...new Set(gold.filter((c): c is string => !!c && c !== '---'))];
  const p = [...new Set(predicted.filter((c): c is string => !!c))];
  const used = new Uint8Array(p.length);
  counter.gold += g.length;
  counter.predicted += p.length;
  for (const code of g) {
    const k = p.findIndex((c, i) => !used[i] && actorMatches(code, c));
    if (k >= 0) {
      used[k] = 1;
      counter.correct++;
    }
  }
}

export function toPredicted(e: Event): PredictedEvent {
  return { cameo: e.cameo, plover: e.plover, source: e.source?.actor ?? null, target: e.target?.actor ?? null, rule: e.rule };
}

function bump(confusion: Map<string, Map<string, number>>, gold: string, pred: string): void {
  let row = confusion.get(gold);
  if (!row) confusion.set(gold, (row = new Map()));
  row.set(pred, (row.get(pred) ?? 0) + 1);
}

/** Scores the predicted events of each record (same order as `records`). */
export function scoreEvents(records: readonly EventGoldRecord[], predictions: readonly PredictedEvent[][], crosswalk: Crosswalk): EventResult {
  const plover = new Counter();
  const cameoRoot = new Counter();
  const sourceActor = new Counter();
  const targetActor = new Counter();
  const byCategory = new Map<string, Counter>();
  const category = (c: string) => {
    let k = byCategory.get(c);
    if (!k) byCategory.set(c, (k = new Counter()));
    return k;
  };
  const confusion = new Map<string, Map<string, number>>();
  const sentences: SentenceResult[] = [];

  records.forEach((record, r) => {
    const predicted = predictions[r] ?? [];
    const vocabulary = vocabularyOf(record.ontology);
    const gold = record.expect_no_events ? [] : record.expected;
    const goldSets = gold.map((g) => goldCategories(g, vocabulary, crosswalk));
    const predCats = predicted.map((p) => ploverIn(vocabulary, p.cameo, p.plover));

    // PLOVER categories.
    const ploverMatch = matchEvents(gold, predicted, (g, p) => {
      const c = predCats[p];
      return !!c && goldSets[g]!.has(c) && sameSource(gold[g]!, predicted[p]!);
    });
    const freeGold: string[] = [];
    gold.forEach((_, g) => {
      const set = goldSets[g]!;
      if (!set.size) return;
      const name = [...set][0]!;
      plover.gold++;
      category(name).gold++;
      if (ploverMatch[g]! >= 0) {
        plover.correct++;
        category(name).correct++;
        bump(confusion, name, name);
      } else freeGold.push(name);
    });
    const matchedPred = new Set(ploverMatch.filter((p) => p >= 0));
    const freePred: string[] = [];
    predCats.forEach((c, p) => {
      if (!c) return;
      plover.predicted++;
      category(c).predicted++;
      if (!matchedPred.has(p)) freePred.push(c);
    });
    // Misses and extras of one sentence pair up as confusions; what is left faced no event.
    for (const g of freeGold) {
      const k = freePred.findIndex((c) => c !== g);
      bump(confusion, g, k >= 0 ? freePred.splice(k, 1)[0]! : NONE);
    }
    for (const p of freePred) bump(confusion, NONE, p);

    // CAMEO roots, on records whose gold is coded in CAMEO.
    let rootMatch = gold.map(() => -1);
    if (record.expect_no_events || (gold.length > 0 && gold.every((g) => g.code))) {
      const roots = gold.map((g) => new Set(goldCodes(g.code).map((c) => c.slice(0, 2))));
      rootMatch = matchEvents(gold, predicted, (g, p) => roots[g]!.has(predicted[p]!.cameo.slice(0, 2)) && sameSource(gold[g]!, predicted[p]!));
      cameoRoot.gold += gold.length;
      cameoRoot.predicted += predicted.length;
      cameoRoot.correct += rootMatch.filter((p) => p >= 0).length;
    }

    scoreActors(sourceActor, gold.map((g) => g.source), predicted.map((p) => p.source));
    scoreActors(targetActor, gold.map((g) => g.target), predicted.map((p) => p.target));
    sentences.push({ record, predicted, goldCategories: goldSets.map((s) => (s.size ? [...s][0]! : null)), predictedCategories: predCats, ploverMatch, rootMatch });
  });

  const categories: Record<string, Rate> = {};
  for (const name of [...byCategory.keys()].sort()) categories[name] = byCategory.get(name)!.rate();
  return {
    scores: {
      records: records.length,
      plover: plover.rate(),
      cameoRoot: cameoRoot.rate(),
      sourceActor: sourceActor.rate(),
      targetActor: targetActor.rate(),
      byCategory: categories,
    },
    confusion,
    sentences,
  };
}
