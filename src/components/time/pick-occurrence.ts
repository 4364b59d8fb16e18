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
  label: string;
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
  /** "last" skips this many units back: "last June" said in July means a year ago, not last month. */
  lastGap: number;
}

/**
 * Picks which April, which summer or which third quarter is meant. "last" is the latest one
 * already over (at least `lastGap` units ago); "next" the first not yet begun; "this" the one
 * under way, else the nearest; a bare one follows the tense (past: the latest already begun;
 * future: the first not yet over; no cue: `untensed`).
 */
export function pickOccurrence(make: (year: number) => Occurrence | null, year: number, now: number, shift: Shift, orientation: () => Orientation, rules: PickRules): [Occurrence, string] {
  const all = [year - 2, year - 1, year, year + 1, year + 2].map(make).filter((o): o is Occurrence => o !== null);
  const distance = (o: Occurrence): number => (o.first <= now && now <= o.last ? 0 : Math.min(Math.abs(o.first - now), Math.abs(o.last - now)));
  const nearest = (): Occurrence => all.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  const latestBegun = [...all].reverse().find((o) => o.first <= now) ?? all[0]!;
  switch (shift) {
    case 'last':
      return [[...all].reverse().find((o) => o.last < now - rules.lastGap) ?? all[0]!, ''];
    case 'next':
      return [all.find((o) => o.first > now) ?? all[all.length - 1]!, ''];
    case 'this':
      return [nearest(), ''];
    case 'bare': {
      const o = orientation();
      if (o === 'future') return [all.find((x) => x.last >= now) ?? all[all.length - 1]!, '/future'];
      if (rules.untensed === 'past') return [latestBegun, '/past'];
      const close = nearest();
      if (o === 'past' && close.first - now > rules.pastReach) return [latestBegun, '/past'];
      return [close, o === 'past' ? '/past-nearest' : '/nearest'];
    }
  }
}

/** Months counted from year 0, so that month arithmetic is integer arithmetic. */
export function monthIndex(y: number, m: number): number {
  return y * 12 + (m - 1);
}
