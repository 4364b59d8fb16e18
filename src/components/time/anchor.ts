/**
 * The narrative anchor: the last day-precise date the text has mentioned so far. "A week before
 * arriving in Tehran" counts from the arrival the story just told, not from the day the article
 * was published; when the story has not yet named a day, the document date stands in.
 */
import type { Timex } from '../../doc/schema.js';
import { parseYmd, type Ymd } from './calendar.js';

export class NarrativeAnchor {
  private last: Ymd | null = null;

  /** The date "before" and "after" count from, or null when the text has named none. */
  get current(): Ymd | null {
    return this.last;
  }

  /** Records a timex in reading order; only dates precise to the day move the anchor. */
  observe(timex: Pick<Timex, 'type' | 'value'>): void {
    if (timex.type !== 'DATE' && timex.type !== 'TIME') return;
    const date = parseYmd(timex.value);
    if (date) this.last = date;
  }
}
