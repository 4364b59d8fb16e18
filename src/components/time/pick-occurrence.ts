/**
 * Which April, which summer, which Christmas: picking one occurrence of something that comes
 * back every year, from a shift word ("last", "next", "this") or the tense of the clause.
 */
import type { Orientation } from './orientation.js';
import type { Shift } from './spec.js';

export interface Occurrence {
  /** Inclusive bounds in the unit of the caller (month index or day number). */
  first: number;
  last: number;
}

interface YearOccurrence extends Occurrence {
  year: number;
}

export interface PickRules {
  /**
   * Without a future cue: the latest one already begun ('past') or the closest one ('nearest').
   * A day or a month without a year is taken as the closest one even in a past-tense clause:
   * "extended to Nov. 20" or "paid Dec. 14" in an October story are weeks ahead, not a year back.
   */
  untensed: 'past' | 'nearest';
  /**
   * In a past-tense clause, how far ahead the closest one may lie before the latest past one is
   * taken instead ("was held on December 5" in a July story is last December).
   */
  pastReach: number;
  /**
   * With no tense cue, how far ahead the closest one may lie before the latest past one is taken
   * instead: news looks back, so "the record set on Aug. 6" in a February story is last August.
   */
  futureReach: number;
  /** "last" skips this many units back: "last June" said in July means a year ago, not last month. */
  lastGap: number;
}

/**
 * Picks which April, which summer or which third quarter is meant. "last" is the latest one
 * already over (at least `lastGap` units ago); "next" the first not yet begun; "this" the one
 * under way, else the nearest; a bare one follows the tense (past: the latest already begun;
 * future: the first not yet over; no cue: `untensed`). Returns the label of the one picked (only
 * that one is formatted) and a note on how.
 */
export function pickOccurrence(
  make: (year: number) => Occurrence | null,
  label: (year: number) => string,
  year: number,
  now: number,
  shift: Shift,
  orientation: () => Orientation,
  rules: PickRules,
): [string, string] {
  const all: YearOccurrence[] = [];
  for (let y = year - 2; y <= year + 2; y++) {
    const o = make(y);
    if (o !== null) all.push({ first: o.first, last: o.last, year: y });
  }
  const picked = (o: YearOccurrence | undefined, note: string): [string, string] => [label(o!.year), note];
  switch (shift) {
    case 'last':
      return picked(findLast(all, (o) => o.last < now - rules.lastGap) ?? all[0], '');
    case 'next':
      return picked(all.find((o) => o.first > now) ?? all[all.length - 1], '');
    case 'this':
      return picked(nearest(all, now), '');
    case 'bare': {
      const o = orientation();
      if (o === 'future') {
        // A future clause names the first one not yet over, unless the last one is far closer: "the
        // Aug. 7 blasts" in an Aug. 18 story that "would" produce aid, "sales this year through
        // August" in October.
        const ahead = all.find((x) => x.last >= now);
        const behind = findLast(all, (x) => x.last < now);
        if (ahead && behind && (now - behind.last) * FAR_CLOSER < ahead.first - now) return picked(behind, '/future-but-past');
        return picked(ahead ?? all[all.length - 1], '/future');
      }
      const latestBegun = findLast(all, (x) => x.first <= now) ?? all[0];
      if (rules.untensed === 'past') return picked(latestBegun, '/past');
      const close = nearest(all, now);
      if (o === 'past' && close.first - now > rules.pastReach) return picked(latestBegun, '/past');
      if (o === 'none' && close.first - now > rules.futureReach) return picked(latestBegun, '/past');
      return picked(close, o === 'past' ? '/past-nearest' : '/nearest');
    }
  }
}

/** How many times closer a past occurrence must be to win over the next one in a future clause. */
const FAR_CLOSER = 3;

function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}

function distance(o: Occurrence, now: number): number {
  return o.first <= now && now <= o.last ? 0 : Math.min(Math.abs(o.first - now), Math.abs(o.last - now));
}

/** The first of the closest ones. */
function nearest(all: readonly YearOccurrence[], now: number): YearOccurrence {
  if (all.length === 0) throw new TypeError('Reduce of empty array with no initial value');
  let best = all[0]!;
  for (let i = 1; i < all.length; i++) if (distance(all[i]!, now) < distance(best, now)) best = all[i]!;
  return best;
}

/** Months counted from year 0, so that month arithmetic is integer arithmetic. */
export function monthIndex(y: number, m: number): number {
  return y * 12 + (m - 1);
}
