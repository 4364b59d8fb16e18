/**
 * Settling overlaps between detectors: the longest span wins ("the past five years" over "the
 * past", "a week before" over "a week", "Thursday, July 19" over "Thursday"); on equal length the
 * detector listed first wins. The result is sorted by start and never overlaps.
 */
import type { Candidate } from './spec.js';

export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    if (kept.every((k) => c.end <= k.start || k.end <= c.start)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
