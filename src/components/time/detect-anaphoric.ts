/**
 * Units that point back at the story's own dates: "that year", "later that year", "earlier that
 * day", "that same day", "that month". TimeML resolves them to the last date the text named, at
 * the unit's precision; the resolver reads it from the narrative anchor. Also the business year
 * named without its number: "the full year", "the current fiscal year" (this year), and "the
 * fiscal year ended Jan. 31" (a year long).
 */
import type { Candidate } from './spec.js';
import type { Hit } from './cue-words.js';
import { endsWithWord, matchAt, matchBefore, spaceThen } from './text-context.js';

export const ANAPHORIC_CUES: readonly string[] = ['day', 'week', 'month', 'year'];

const THAT_BEFORE = endsWithWord(/(?:\b(earlier|later)\s+)?\bthat\s+(?:same\s+|very\s+)?$/i, ['that', 'same', 'very']);
const BUSINESS_YEAR_BEFORE = endsWithWord(/\bthe\s+(?:(?:current|full|fiscal|entire|whole)\s+)+$/i, ['current', 'full', 'fiscal', 'entire', 'whole']);
const ENDED_AFTER = spaceThen(/\s+end(?:ed|ing)\b/iy, 'e');

export function detectAnaphoric(text: string, hits: readonly Hit[]): Candidate[] {
  const out: Candidate[] = [];
  for (const hit of hits) {
    const w = hit.word;
    if (w !== 'day' && w !== 'week' && w !== 'month' && w !== 'year') continue;
    // "That Day", a title; "that day-long meeting", an adjective.
    if (/[A-Z]/.test(text[hit.start]!) || text.charCodeAt(hit.end) === 45) continue;
    const that = matchBefore(text, hit.start, THAT_BEFORE, 30);
    if (that) {
      out.push({ start: that.start, end: hit.end, spec: { kind: 'anaphoric', unit: w }, rule: 'anaphoric:that-unit' });
      continue;
    }
    if (w !== 'year') continue;
    const business = matchBefore(text, hit.start, BUSINESS_YEAR_BEFORE, 40);
    if (!business) continue;
    if (matchAt(text, hit.end, ENDED_AFTER)) out.push({ start: business.start, end: hit.end, spec: { kind: 'fixed', type: 'DURATION', value: 'P1Y' }, rule: 'anaphoric:business-year-ended' });
    else out.push({ start: business.start, end: hit.end, spec: { kind: 'relative', unit: 'year', offset: 0 }, rule: 'anaphoric:business-year' });
  }
  return out;
}
