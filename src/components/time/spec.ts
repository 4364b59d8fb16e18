/**
 * What a time expression means before it is anchored. Detectors produce these; `normalize.ts`
 * turns them into TIMEX3 values once the anchor (document date, narrative date or nothing) and
 * the tense of the clause are known. Keeping meaning and anchoring apart is what lets the same
 * "Wednesday" become 2018-07-18 with a document date and XXXX-WXX-3 without one.
 */
import type { Timex } from '../../doc/schema.js';
import type { PartOfDay, Season, Unit } from './model/lexicon.js';

/** "last April", "this week", "next Friday", or none of those. */
export type Shift = 'bare' | 'last' | 'this' | 'next';

export interface ClockTime {
  hour: number;
  minute: number;
}

/** Fields written out in the text; a missing year is filled from the anchor. */
export interface CalendarSpec {
  kind: 'calendar';
  year?: number;
  /** "July last year": the year counted from the anchor's year. */
  yearOffset?: number;
  month?: number;
  day?: number;
  /** Written next to a day-month without a year ("Thursday, July 19"): picks the year. */
  weekday?: number;
  shift: Shift;
  time?: ClockTime;
  part?: PartOfDay;
}

export interface WeekdaySpec {
  kind: 'weekday';
  weekday: number;
  shift: Shift;
  /** "the previous Friday", "the following Monday": counted from the story's last date, not the document's. */
  narrative?: true;
  time?: ClockTime;
  part?: PartOfDay;
}

export type RelativeUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** A calendar unit counted from the document date: "yesterday" is day -1, "last week" week -1. */
export interface RelativeSpec {
  kind: 'relative';
  unit: RelativeUnit;
  offset: number;
  /** "the weekend": which one (last or coming) depends on the tense of the clause. */
  oriented?: boolean;
  /** A clock time alone ("was shot at 10 p.m."): on the day the story last named, else the document's. */
  narrative?: true;
  /**
   * The stem of the verb a clock time alone belongs to ("shot"): a sentence that dated that event
   * ("was shot to death last Oct. 23") gives its day before the story's last date does.
   */
  event?: string;
  time?: ClockTime;
  part?: PartOfDay;
  /**
   * "compared with a loss of $3 million last year", "up from last year's $1.55 billion": a figure
   * compared with last year's, which in a story on a quarter's results is that quarter's.
   */
  figure?: true;
}

/**
 * An amount of time before or after a point: "three days ago" counts from the document date,
 * "a week before arriving" from the last date the narrative mentioned.
 */
export interface OffsetSpec {
  kind: 'offset';
  amount: number | null;
  unit: Unit;
  direction: -1 | 1;
  from: 'document' | 'narrative';
  /**
   * "a week before arriving in Tehran": the stem of the event the offset counts from ("arriv"),
   * looked for in the sentences of earlier dates. When no dated sentence tells of it, the
   * expression is the stretch of time alone ("a week", a duration, as TimeML annotates it), which
   * ends at `unitEnd`.
   */
  relativeTo?: { event: string | null; unitEnd: number };
  /** "the following month", "the previous year": the unit next to the last date the text named. */
  neighbour?: true;
  /**
   * "Oct. 12, the day before the plunge": set off by a comma after another name for the day,
   * an apposition that restates that date rather than counting from it.
   */
  appositive?: true;
  /**
   * "redeemed in five years": in a clause about the future, the point that many units ahead of the
   * document date (TimeML: a date); otherwise the stretch of time ("a second letter in two weeks").
   */
  ahead?: true;
  /** "the day before last Tuesday", "two days after Christmas": counted from the date named. */
  base?: TimexSpec;
}

/** "the week of March 6", "Easter week": the week that holds a day. */
export interface WeekOfSpec {
  kind: 'weekOf';
  base: TimexSpec;
}

export interface SeasonSpec {
  kind: 'season';
  season: Season;
  year?: number;
  /** "the summer of last year": the year counted from the anchor's year. */
  yearOffset?: number;
  shift: Shift;
}

/** A quarter ("Q3", "the third quarter") or a half ("the first half") of a year. */
export interface YearPartSpec {
  kind: 'yearPart';
  period: 'Q' | 'H';
  n: number;
  year?: number;
  yearOffset?: number;
  shift: Shift;
}

/** "the 1990s" (century known) or "the '90s" (century from the anchor). */
export interface DecadeSpec {
  kind: 'decade';
  decade: number;
  centuryKnown: boolean;
}

export interface CenturySpec {
  kind: 'century';
  /** TIMEX3 century digits: the 20th century is "19". */
  century: number;
}

/** A named day ("Christmas Eve", "Thanksgiving"): a day of the year found by a rule. */
export interface HolidaySpec {
  kind: 'holiday';
  /** Key into the holiday table (lower case). */
  name: string;
  year?: number;
  shift: Shift;
}

/**
 * The quarter a business story reports on, named again ("the quarter", "the latest period") or
 * compared a year back ("the year-ago quarter", "year-earlier"): the last quarter the text named,
 * `yearOffset` years away. `year` and `quarter` when the words give them ("the 1988 quarter").
 */
export interface ReportedSpec {
  kind: 'reported';
  yearOffset: number;
  year?: number;
  quarter?: number;
  /** Named "period", which need not be a quarter ("the 1988 period" after "the first nine months"). */
  period?: true;
  /** Named by the month it ended in ("the quarter ended July 31"), before the text named any quarter. */
  endMonth?: number;
}

/** "that year", "later that day": the last date the text named, at the precision of `unit`. */
export interface AnaphoricSpec {
  kind: 'anaphoric';
  unit: 'day' | 'week' | 'month' | 'year';
}

/** Durations, sets and vague references: their value does not depend on any anchor. */
export interface FixedSpec {
  kind: 'fixed';
  type: Timex['type'];
  value: string;
}

export type TimexSpec =
  | CalendarSpec
  | WeekdaySpec
  | RelativeSpec
  | OffsetSpec
  | SeasonSpec
  | YearPartSpec
  | DecadeSpec
  | CenturySpec
  | HolidaySpec
  | ReportedSpec
  | AnaphoricSpec
  | WeekOfSpec
  | FixedSpec;

/** A detector's proposal: a span of the text, its meaning, and the rule that found it. */
export interface Candidate {
  start: number;
  end: number;
  spec: TimexSpec;
  mod?: string;
  rule: string;
}
