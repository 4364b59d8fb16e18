/** Precision, recall and F1, the figures every `tidings eval` reports. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Rates from counts; precision and recall may count their correct items apart (a system item and a
 * gold item can each match more than one). Nothing to score on a side gives 0 there, not a perfect rate.
 */
export function rates(systemCorrect: number, system: number, goldCorrect: number, gold: number): Prf {
  const precision = system ? systemCorrect / system : 0;
  const recall = gold ? goldCorrect / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The rates rounded to four decimals, as reports print them. */
export function rounded(r: Prf): Prf {
  return { precision: round4(r.precision), recall: round4(r.recall), f1: round4(r.f1) };
}

export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
