/** conlleval-style scoring: a predicted span counts only when start, end and type all match. */
import { rates } from '../eval/prf.js';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  correct: number;
  predicted: number;
  gold: number;
}

export interface Tally {
  correct: number;
  predicted: number;
  gold: number;
}

export function prf(t: Tally): Prf {
  return { ...rates(t.correct, t.predicted, t.correct, t.gold), ...t };
}

export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

/** Adds one unit's (sentence's or document's) spans to the per-type tallies. */
export function tallySpans(gold: TypedSpan[], predicted: TypedSpan[], byType: Map<string, Tally>): void {
  const key = (s: TypedSpan) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const get = (type: string) => {
    let t = byType.get(type);
    if (!t) byType.set(type, (t = { correct: 0, predicted: 0, gold: 0 }));
    return t;
  };
  for (const g of gold) get(g.type).gold++;
  for (const p of predicted) {
    const t = get(p.type);
    t.predicted++;
    if (goldKeys.has(key(p))) t.correct++;
  }
}

export function microTotal(byType: Map<string, Tally>, types: readonly string[]): Tally {
  const total = { correct: 0, predicted: 0, gold: 0 };
  for (const ty of types) {
    const t = byType.get(ty);
    if (!t) continue;
    total.correct += t.correct;
    total.predicted += t.predicted;
    total.gold += t.gold;
  }
  return total;
}
