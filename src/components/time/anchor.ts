/**
 * The narrative anchor: the last day-precise date the text has mentioned so far. "A week before
 * arriving in Tehran" counts from the arrival the story just told, not from the day the article
 * was published; when the story has not yet named a day, the document date stands in. It also
 * keeps the last date named at any precision ("that year", "the following month") and the last
 * finished quarter a business story named ("the latest quarter", "a year earlier").
 */
import type { Timex } from '../../doc/schema.js';
import { parseYmd, type Ymd } from './calendar.js';

export class NarrativeAnchor {
  /** `doc` is the document date, if known. */
  constructor(private readonly doc: Ymd | null = null) {}

  private last: Ymd | null = null;
  private explicit: { date: Ymd; at: number } | null = null;
  private lastQuarter: { y: number; q: number } | null = null;
  private lastNamed: { y: number; m?: number; d?: number } | null = null;

  /** The last date the text named, as precise as it was written: what "that year" points back at. */
  get lastDate(): { y: number; m?: number; d?: number } | null {
    return this.lastNamed;
  }

  /** The last quarter the text named: what "the quarter" and "a year earlier" compare in a business story. */
  get quarter(): { y: number; q: number } | null {
    return this.lastQuarter;
  }

  /** The date "before" and "after" count from, or null when the text has named none. */
  get current(): Ymd | null {
    return this.last;
  }

  /**
   * The last timex, if it was a full date written with its year, ended at or after `since` and
   * falls within a month of `month`: "on November 15, 2017 … resigned on November 21" puts the
   * second date in 2017 too, whatever the document date. Anything looser (another month, an
   * older sentence, a date in between) is more often a different story than the same one.
   */
  explicitNear(since: number, month: number): Ymd | null {
    const e = this.explicit;
    if (!e || e.at < since) return null;
    const gap = Math.abs(e.date.m - month);
    return Math.min(gap, 12 - gap) <= 1 ? e.date : null;
  }

  /**
   * Records a timex in reading order; only dates precise to the day move the anchor. `toldInPast`
   * says whether its clause is in the past tense (asked only of a quarter not yet over by the
   * calendar).
   */
  observe(timex: Pick<Timex, 'type' | 'value' | 'anchor' | 'end' | 'rule'>, toldInPast?: () => boolean): void {
    const v = timex.value;
    if ((timex.type === 'DATE' || timex.type === 'TIME') && v.length >= 4) {
      const named = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?![\dX])/.exec(v);
      if (named) this.lastNamed = { y: Number(named[1]), ...(named[2] ? { m: Number(named[2]) } : {}), ...(named[3] ? { d: Number(named[3]) } : {}) };
    }
    // Only a quarter the text names ("the third quarter"), not one resolved from another.
    // A stretch of months or a business year ("the first nine months", "the year ended Sept. 30")
    // moves the story off its quarter: "a year earlier" then compares those.
    if (timex.type === 'DURATION' && (/^P\d+M$/.test(v) || timex.rule === 'relative:the-year-ended')) this.lastQuarter = null;
    if (timex.rule.startsWith('calendar:') && v.length === 7 && v.charCodeAt(5) === 81 && /^\d{4}-Q[1-4]$/.test(v)) {
      const quarter = { y: Number(v.slice(0, 4)), q: Number(v[6]) };
      // Results are reported for a quarter that is over: "the fourth quarter" still under way is an
      // outlook. Of the finished ones the latest named is the story's ("third-quarter net rose …
      // after a flat second quarter … the year-earlier period" compares the third quarter). A
      // fiscal quarter runs ahead of the calendar: "reported a decline in fourth-quarter earnings"
      // in November tells of one that is over, whatever the calendar's fourth quarter.
      const over = !this.doc || this.doc.y * 12 + this.doc.m > quarter.y * 12 + quarter.q * 3 || (toldInPast?.() ?? false);
      const latest = this.lastQuarter;
      if (over && (!latest || quarter.y * 4 + quarter.q >= latest.y * 4 + latest.q)) this.lastQuarter = quarter;
    }
    const date = timex.type === 'DATE' || timex.type === 'TIME' ? parseYmd(timex.value) : null;
    if (date) this.last = date;
    this.explicit = date && timex.anchor === 'absolute' ? { date, at: timex.end } : null;
  }
}
