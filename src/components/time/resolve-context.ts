/**
 * What every resolver receives and returns: the anchors it may use, and the value it chose with
 * a note on how.
 */
import type { Timex } from '../../doc/schema.js';
import { pad, type Ymd } from './calendar.js';
import type { Orientation } from './orientation.js';
import type { ClockTime } from './spec.js';

export interface ResolveContext {
  /** The document date, or null when unknown. */
  doc: Ymd | null;
  /** The last day-precise date mentioned before this expression. */
  narrative: Ymd | null;
  /** The date of the last dated sentence before this expression that holds a word with this stem. */
  eventDate: (stem: string) => Ymd | null;
  /** The last date the text named, as precise as it was written (a year, a month or a day). */
  lastDate: { y: number; m?: number; d?: number } | null;
  /** The last quarter the text named (1989-Q3 as { y: 1989, q: 3 }), or null. */
  quarter: { y: number; q: number } | null;
  /** The tense of the clause; asked only by expressions that need it. */
  orientation: () => Orientation;
  /**
   * A full date written with its year just before (see NarrativeAnchor.explicitNear): it, not the
   * document date, places a yearless "November 21" of the same story.
   */
  nearbyExplicit: (month: number) => Ymd | null;
}

export interface Resolved {
  type: Timex['type'];
  value: string;
  anchor: Timex['anchor'];
  /** How the value was chosen, appended to the rule ("/past", "/narrative"). */
  note: string;
}

/** "T15:00" or "TNI" for a clock time or a part of the day, else nothing. */
export function clockSuffix(spec: { time?: ClockTime; part?: string }): string {
  if (spec.time) return `T${pad(spec.time.hour)}:${pad(spec.time.minute)}`;
  if (spec.part) return `T${spec.part}`;
  return '';
}

/** TIME when the text names a clock time or a part of the day, DATE otherwise. */
export function dateType(spec: { time?: ClockTime; part?: string }): Timex['type'] {
  return spec.time || spec.part ? 'TIME' : 'DATE';
}
