/**
 * Offsets: an amount of time before or after a point. "three days ago" counts back from the
 * document date; "a week before arriving", "two years later", "the next day" count from the last
 * date the narrative mentioned, which is what a reader does.
 */
import type { Candidate } from './spec.js';
import type { Hit } from './cue-words.js';
import { UNITS, type Unit } from './model/lexicon.js';
import { AMOUNT_SOURCE, parseAmount } from './model/numbers.js';
import { eventStem } from './event-words.js';
import { endsWithAmount, endsWithWord, matchAt, matchBefore, spaceThen, wordBefore } from './text-context.js';

export const OFFSET_CUES: readonly string[] = [...Object.keys(UNITS), 'ago'];

/** What follows the unit: the direction word, after an "or so" that makes the amount approximate. */
const DIRECTION_AFTER = spaceThen(/(?:\s+or\s+so)?\s+(ago|before|after|earlier|later|prior|from\s+now|hence)\b/iy, 'abelpfho');
const AMOUNT_BEFORE = endsWithAmount(new RegExp(`\\b(${AMOUNT_SOURCE})\\s+$`, 'i'));

/** "the next day", "the previous year". */
const NEIGHBOUR_BEFORE = endsWithWord(/\bthe\s+(previous|preceding|prior|next|following)\s+$/i, ['previous', 'preceding', 'prior', 'next', 'following']);
/** "the day before", "the week after" (but not "the day before yesterday"). */
const THE_BEFORE = endsWithWord(/\bthe\s+$/i, ['the']);
const NEIGHBOUR_AFTER = spaceThen(/\s+(before|after|earlier|later|prior)\b(?!\s+(?:yesterday|tomorrow))/iy, 'baelp');

/** "long ago", "some time ago": the past without a measure. */
const VAGUE_AGO_BEFORE = endsWithWord(/\b(?:long|some\s+time|a\s+long\s+time|a\s+while)\s+$/i, ['long', 'time', 'while']);

/**
 * "He served for five years before joining": the counted stretch is a duration, not a point, when
 * a preposition of extent or a verb of spending governs it.
 */
const EXTENT_BEFORE = endsWithWord(
  /\b(?:for|during|over|spent|spend|spends|spending|lasted|last|lasts|took|take|takes|within|of)\s+$/i,
  ['for', 'during', 'over', 'spent', 'spend', 'spends', 'spending', 'lasted', 'last', 'lasts', 'took', 'take', 'takes', 'within', 'of'],
);

const SINGLE_UNITS = new Set<Unit>(['day', 'week', 'month', 'year']);
/** Prepositions that put something inside "the day" rather than count from it ("later in the day"). */
const WITHIN_LEADS = new Set(['in', 'during', 'throughout', 'of']);

export function detectOffsets(text: string, hits: readonly Hit[]): Candidate[] {
  const out: Candidate[] = [];
  for (const hit of hits) {
    if (hit.word === 'ago') {
      const vague = matchBefore(text, hit.start, VAGUE_AGO_BEFORE, 20);
      if (vague) out.push({ start: vague.start, end: hit.end, spec: { kind: 'fixed', type: 'DATE', value: 'PAST_REF' }, rule: 'offset:vague-ago' });
      continue;
    }
    const unit = UNITS[hit.word];
    if (!unit) continue;

    const dir = matchAt(text, hit.end, DIRECTION_AFTER);
    if (dir) {
      const word = dir[1]!.toLowerCase().replace(/\s+/g, ' ');
      const fromNow = word === 'ago' || word === 'from now' || word === 'hence';
      const direction = word === 'ago' || word === 'before' || word === 'earlier' || word === 'prior' ? -1 : 1;
      const end = hit.end + dir[0].length;
      const counted = matchBefore(text, hit.start, AMOUNT_BEFORE, 32);
      if (!counted) {
        // "years ago" points into the past without saying where; "days later" has no value at all.
        if (fromNow) out.push({ start: hit.start, end, spec: { kind: 'fixed', type: 'DATE', value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF' }, rule: 'offset:vague-ago' });
      } else {
        const amount = parseAmount(counted.m[1]!);
        if (amount === null) {
          if (fromNow) out.push({ start: counted.start, end, spec: { kind: 'fixed', type: 'DATE', value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF' }, rule: 'offset:vague-ago' });
        } else if (word === 'later') {
          // "Three days later": TimeML annotates the stretch ("Three days", a duration), which the
          // duration detector finds.
        } else if (fromNow || !matchBefore(text, counted.start, EXTENT_BEFORE, 12)) {
          const relative = word === 'before' || word === 'after' || word === 'prior';
          out.push({
            start: counted.start,
            end,
            spec: { kind: 'offset', amount, unit, direction, from: fromNow ? 'document' : 'narrative', ...(relative ? { relativeTo: { event: eventStem(text, end), unitEnd: hit.end } } : {}) },
            ...(/^\s+or\s/i.test(dir[0]) ? { mod: 'APPROX' } : {}),
            rule: fromNow ? 'offset:ago' : 'offset:before-after',
          });
        }
      }
    }

    if (!SINGLE_UNITS.has(unit) || hit.word.endsWith('s')) continue;
    const neighbour = matchBefore(text, hit.start, NEIGHBOUR_BEFORE, 20);
    if (neighbour) {
      const direction = /^(?:previous|preceding|prior)$/i.test(neighbour.m[1]!) ? -1 : 1;
      out.push({ start: neighbour.start, end: hit.end, spec: { kind: 'offset', amount: 1, unit, direction, from: 'narrative', neighbour: true }, rule: 'offset:the-next-unit' });
      continue;
    }
    const the = matchBefore(text, hit.start, THE_BEFORE, 8);
    const after = the ? matchAt(text, hit.end, NEIGHBOUR_AFTER) : null;
    // "later in the day before returning home": the day itself, and "before" opens a clause.
    if (the && after && !WITHIN_LEADS.has(wordBefore(text, the.start))) {
      const direction = /^(?:before|earlier|prior)$/i.test(after[1]!) ? -1 : 1;
      // "Oct. 12, the day before the plunge": a second name for the date just given.
      const appositive = /,\s*$/.test(text.slice(Math.max(0, the.start - 3), the.start)) && /^\s+[a-z]/i.test(text.slice(hit.end + after[0].length, hit.end + after[0].length + 2));
      out.push({ start: the.start, end: hit.end + after[0].length, spec: { kind: 'offset', amount: 1, unit, direction, from: 'narrative', neighbour: true, ...(appositive ? { appositive: true } : {}) }, rule: 'offset:the-unit-after' });
    }
  }
  return out;
}
