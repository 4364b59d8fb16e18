/**
 * Settling overlaps between detectors: the longest span wins ("the past five years" over "the
 * past", "a week before" over "a week", "Thursday, July 19" over "Thursday"); on equal length the
 * detector listed first wins. The result is sorted by start and never overlaps.
 */
import type { Candidate } from './spec.js';

export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  // Indexes ranked longest first, then in detector order.
  const ranked: number[] = [];
  for (let i = 0; i < candidates.length; i++) ranked.push(i);
  ranked.sort((a, b) => {
    const ca = candidates[a]!;
    const cb = candidates[b]!;
    return cb.end - cb.start - (ca.end - ca.start) || a - b;
  });
  const kept: Candidate[] = [];
  for (const i of ranked) {
    const c = candidates[i]!;
    let free = true;
    for (const k of kept) {
      if (!(c.end <= k.start || k.end <= c.start)) {
        free = false;
        break;
      }
    }
    if (free) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
