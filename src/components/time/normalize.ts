/**
 * From meaning to TIMEX3 value. Given the document date (or null), the narrative anchor and the
 * tense of the clause, each spec becomes a value at the granularity the text used: a day
 * (2018-07-18), a week (2018-W28), a month (2018-04), a season (2017-SU), a quarter (2018-Q1), a
 * year, a decade (199). Without a document date nothing relative is guessed: the unknown parts
 * are written as X (XXXX-04, XXXX-WXX-3) and the anchor is 'unknown'.
 */
import type { Timex } from '../../doc/schema.js';
import {
  addDays, addMonths, dayNumber, formatDate, formatMonth, formatWeek, formatYear, isValidDate, isoWeekday, pad, type Ymd,
} from './calendar.js';
import type { Orientation } from './orientation.js';
import type { Season } from './model/lexicon.js';
import type {
  CalendarSpec, ClockTime, DecadeSpec, OffsetSpec, RelativeSpec, SeasonSpec, Shift, TimexSpec, WeekdaySpec, YearPartSpec,
} from './spec.js';

export interface ResolveContext {
  /** The document date, or null when unknown. */
  doc: Ymd | null;
  /** The last day-precise date mentioned before this expression. */
  narrative: Ymd | null;
  /** The tense of the clause; asked only by expressions that need it. */
  orientation: () => Orientation;
}

export interface Resolved {
  type: Timex['type'];
  value: string;
  anchor: Timex['anchor'];
  /** How the value was chosen, appended to the rule ("/past", "/narrative"). */
  note: string;
}

function clockSuffix(spec: { time?: ClockTime; part?: string }): string {
  if (spec.time) return `T${pad(spec.time.hour)}:${pad(spec.time.minute)}`;
  if (spec.part) return `T${spec.part}`;
  return '';
}

function dateType(spec: { time?: ClockTime; part?: string }): Timex['type'] {
  return spec.time || spec.part ? 'TIME' : 'DATE';
}

// ── Periodic things (a month, a season, a quarter, a day of the year) ────────────────────────

interface Occurrence {
  /** Inclusive bounds in the unit of the caller (month index or day number). */
  first: number;
  last: number;
  label: string;
}

/**
 * Picks which April, which summer or which third quarter is meant. "last" is the latest one
 * already over; "next" the first not yet begun; "this" the one under way, else the nearest; a
 * bare one follows the tense (past: the latest already begun; future: the first not yet over;
 * unknown: past, unless the next one begins within `grace` units).
 */
function pickOccurrence(make: (year: number) => Occurrence | null, year: number, now: number, shift: Shift, orientation: () => Orientation, grace: number): [Occurrence, string] {
  const all = [year - 2, year - 1, year, year + 1, year + 2].map(make).filter((o): o is Occurrence => o !== null);
  const latestBegun = [...all].reverse().find((o) => o.first <= now) ?? all[0]!;
  const firstNotOver = all.find((o) => o.last >= now) ?? all[all.length - 1]!;
  switch (shift) {
    case 'last':
      return [[...all].reverse().find((o) => o.last < now) ?? all[0]!, ''];
    case 'next':
      return [all.find((o) => o.first > now) ?? all[all.length - 1]!, ''];
    case 'this': {
      const current = all.find((o) => o.first <= now && now <= o.last);
      if (current) return [current, ''];
      const distance = (o: Occurrence): number => Math.min(Math.abs(o.first - now), Math.abs(o.last - now));
      return [all.reduce((a, b) => (distance(b) < distance(a) ? b : a)), ''];
    }
    case 'bare': {
      const o = orientation();
      if (o === 'future') return [firstNotOver, '/future'];
      if (o === 'past') return [latestBegun, '/past'];
      const upcoming = all.find((x) => x.first > now);
      if (upcoming && upcoming.first - now <= grace && latestBegun.last < now) return [upcoming, '/near'];
      return [latestBegun, '/past'];
    }
  }
}

const SEASON_MONTHS: Readonly<Record<Season, number>> = { SP: 2, SU: 5, FA: 8, WI: -1 };

function monthIndex(y: number, m: number): number {
  return y * 12 + (m - 1);
}

// ── Resolvers, one per kind of spec ──────────────────────────────────────────────────────────

function resolveCalendar(spec: CalendarSpec, ctx: ResolveContext): Resolved {
  const type = dateType(spec);
  const clock = clockSuffix(spec);
  if (spec.year !== undefined) {
    const value = spec.month === undefined ? formatYear(spec.year) : spec.day === undefined ? formatMonth(spec.year, spec.month) : formatDate({ y: spec.year, m: spec.month, d: spec.day });
    return { type, value: value + (spec.day !== undefined ? clock : ''), anchor: 'absolute', note: '' };
  }
  const month = spec.month!;
  const doc = ctx.doc;
  if (!doc) {
    const value = spec.day === undefined ? `XXXX-${pad(month)}` : `XXXX-${pad(month)}-${pad(spec.day)}${clock}`;
    return { type, value, anchor: 'unknown', note: '' };
  }
  if (spec.day === undefined) {
    const [o, note] = pickOccurrence((y) => ({ first: monthIndex(y, month), last: monthIndex(y, month), label: formatMonth(y, month) }), doc.y, monthIndex(doc.y, doc.m), spec.shift, ctx.orientation, 0);
    return { type, value: o.label, anchor: 'document', note };
  }
  const day = spec.day;
  // "Thursday, July 19": the weekday says which year, whatever the tense.
  if (spec.weekday !== undefined) {
    for (const y of [doc.y, doc.y - 1, doc.y + 1]) {
      if (isValidDate(y, month, day) && isoWeekday({ y, m: month, d: day }) === spec.weekday) {
        return { type, value: formatDate({ y, m: month, d: day }) + clock, anchor: 'document', note: '/weekday' };
      }
    }
  }
  const [o, note] = pickOccurrence(
    (y) => (isValidDate(y, month, day) ? { first: dayNumber({ y, m: month, d: day }), last: dayNumber({ y, m: month, d: day }), label: formatDate({ y, m: month, d: day }) } : null),
    doc.y, dayNumber(doc), spec.shift, ctx.orientation, 14,
  );
  return { type, value: o.label + clock, anchor: 'document', note };
}

function resolveWeekday(spec: WeekdaySpec, ctx: ResolveContext): Resolved {
  const type = dateType(spec);
  const clock = clockSuffix(spec);
  const doc = ctx.doc;
  if (!doc) return { type, value: `XXXX-WXX-${spec.weekday}${clock}`, anchor: 'unknown', note: '' };
  const today = isoWeekday(doc);
  const back = (today - spec.weekday + 7) % 7;
  const ahead = (spec.weekday - today + 7) % 7;
  let date: Ymd;
  let note = '';
  switch (spec.shift) {
    case 'last':
      date = addDays(doc, -(back || 7));
      break;
    case 'next':
      date = addDays(doc, ahead || 7);
      break;
    case 'this':
      date = addDays(doc, spec.weekday - today);
      break;
    case 'bare':
      if (ctx.orientation() === 'future') {
        date = addDays(doc, ahead);
        note = '/future';
      } else {
        // News past preference: the most recent such day on or before the document date.
        date = addDays(doc, -back);
        note = '/past';
      }
  }
  return { type, value: formatDate(date) + clock, anchor: 'document', note };
}

function quarterLabel(y: number, monthIdx0: number): string {
  return `${formatYear(y)}-Q${Math.floor(monthIdx0 / 3) + 1}`;
}

function resolveRelative(spec: RelativeSpec, ctx: ResolveContext): Resolved {
  const type = dateType(spec);
  const clock = clockSuffix(spec);
  const doc = ctx.doc;
  if (!doc) {
    const unknown: Record<RelativeSpec['unit'], string> = {
      day: `XXXX-XX-XX${clock}`, week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', year: 'XXXX', decade: 'XXX', century: 'XX',
    };
    return { type, value: unknown[spec.unit], anchor: 'unknown', note: '' };
  }
  const n = spec.offset;
  let value: string;
  let note = '';
  switch (spec.unit) {
    case 'day':
      value = formatDate(addDays(doc, n)) + clock;
      break;
    case 'week':
      value = formatWeek(addDays(doc, 7 * n));
      break;
    case 'weekend': {
      let week = addDays(doc, 7 * n);
      if (spec.oriented) {
        // "over the weekend" in a Monday story is the one just past; "at the weekend" ahead is this week's.
        const future = ctx.orientation() === 'future';
        week = future || isoWeekday(doc) >= 6 ? doc : addDays(doc, -7);
        note = future ? '/future' : '/past';
      }
      value = `${formatWeek(week)}-WE`;
      break;
    }
    case 'month': {
      const d = addMonths({ ...doc, d: 1 }, n);
      value = formatMonth(d.y, d.m);
      break;
    }
    case 'quarter': {
      const d = addMonths({ ...doc, d: 1 }, 3 * n);
      value = quarterLabel(d.y, d.m - 1);
      break;
    }
    case 'year':
      value = formatYear(doc.y + n);
      break;
    case 'decade':
      value = String(Math.floor(doc.y / 10) + n);
      break;
    case 'century':
      value = pad(Math.floor(doc.y / 100) + n);
      break;
  }
  return { type, value, anchor: 'document', note };
}

const UNKNOWN_BY_UNIT: Readonly<Record<OffsetSpec['unit'], string>> = {
  second: 'XXXX-XX-XX', minute: 'XXXX-XX-XX', hour: 'XXXX-XX-XX', day: 'XXXX-XX-XX', week: 'XXXX-WXX', fortnight: 'XXXX-WXX',
  month: 'XXXX-XX', quarter: 'XXXX-QX', year: 'XXXX', decade: 'XXX', century: 'XX',
};

/** The point `amount` units away from `base`, written at the unit's granularity. */
export function offsetValue(base: Ymd, amount: number, unit: OffsetSpec['unit'], direction: 1 | -1): string {
  const k = amount * direction;
  switch (unit) {
    case 'second':
    case 'minute':
      return formatDate(base);
    case 'hour':
      return formatDate(addDays(base, Math.round(k / 24)));
    case 'day':
      return formatDate(addDays(base, Math.round(k)));
    case 'week':
    case 'fortnight':
      return formatWeek(addDays(base, Math.round(k * (unit === 'week' ? 7 : 14))));
    case 'month': {
      if (!Number.isInteger(k)) return formatDate(addDays(base, Math.round(k * 30)));
      const d = addMonths({ ...base, d: 1 }, k);
      return formatMonth(d.y, d.m);
    }
    case 'quarter': {
      const d = addMonths({ ...base, d: 1 }, Math.round(3 * k));
      return quarterLabel(d.y, d.m - 1);
    }
    case 'year': {
      if (!Number.isInteger(k)) {
        const d = addMonths({ ...base, d: 1 }, Math.round(12 * k));
        return formatMonth(d.y, d.m);
      }
      return formatYear(base.y + k);
    }
    case 'decade':
      return String(Math.floor((base.y + Math.round(10 * k)) / 10));
    case 'century':
      return pad(Math.floor((base.y + Math.round(100 * k)) / 100));
  }
}

function resolveOffset(spec: OffsetSpec, ctx: ResolveContext): Resolved {
  const narrative = spec.from === 'narrative' ? ctx.narrative : null;
  const base = narrative ?? ctx.doc;
  if (!base || spec.amount === null) return { type: 'DATE', value: UNKNOWN_BY_UNIT[spec.unit], anchor: 'unknown', note: '' };
  return {
    type: 'DATE',
    value: offsetValue(base, spec.amount, spec.unit, spec.direction),
    anchor: narrative ? 'absolute' : 'document',
    note: spec.from === 'narrative' ? (narrative ? '/narrative' : '/document') : '',
  };
}

function resolveSeason(spec: SeasonSpec, ctx: ResolveContext): Resolved {
  if (spec.year !== undefined) return { type: 'DATE', value: `${formatYear(spec.year)}-${spec.season}`, anchor: 'absolute', note: '' };
  const doc = ctx.doc;
  if (!doc) return { type: 'DATE', value: `XXXX-${spec.season}`, anchor: 'unknown', note: '' };
  if (spec.yearOffset !== undefined) return { type: 'DATE', value: `${formatYear(doc.y + spec.yearOffset)}-${spec.season}`, anchor: 'document', note: '' };
  // Winter runs from December to February and takes the year of its January ("winter 2018" is Dec 2017 – Feb 2018).
  const startMonth = SEASON_MONTHS[spec.season];
  const [o, note] = pickOccurrence(
    (y) => ({ first: y * 12 + startMonth, last: y * 12 + startMonth + 2, label: `${formatYear(y)}-${spec.season}` }),
    doc.y, monthIndex(doc.y, doc.m), spec.shift, ctx.orientation, 0,
  );
  return { type: 'DATE', value: o.label, anchor: 'document', note };
}

function resolveYearPart(spec: YearPartSpec, ctx: ResolveContext): Resolved {
  const label = (y: number): string => `${formatYear(y)}-${spec.period}${spec.n}`;
  if (spec.year !== undefined) return { type: 'DATE', value: label(spec.year), anchor: 'absolute', note: '' };
  const doc = ctx.doc;
  if (!doc) return { type: 'DATE', value: `XXXX-${spec.period}${spec.n}`, anchor: 'unknown', note: '' };
  if (spec.yearOffset !== undefined) return { type: 'DATE', value: label(doc.y + spec.yearOffset), anchor: 'document', note: '' };
  const length = spec.period === 'Q' ? 3 : 6;
  const [o, note] = pickOccurrence(
    (y) => ({ first: y * 12 + (spec.n - 1) * length, last: y * 12 + spec.n * length - 1, label: label(y) }),
    doc.y, monthIndex(doc.y, doc.m), spec.shift, ctx.orientation, 0,
  );
  return { type: 'DATE', value: o.label, anchor: 'document', note };
}

function resolveDecade(spec: DecadeSpec, ctx: ResolveContext): Resolved {
  if (spec.centuryKnown) return { type: 'DATE', value: String(spec.decade), anchor: 'absolute', note: '' };
  // "the '90s": the latest such decade that has begun by the document date.
  if (!ctx.doc) return { type: 'DATE', value: `XX${spec.decade}`, anchor: 'unknown', note: '' };
  const century = Math.floor(ctx.doc.y / 100);
  const c = century * 100 + spec.decade * 10 <= ctx.doc.y ? century : century - 1;
  return { type: 'DATE', value: `${c}${spec.decade}`, anchor: 'document', note: '' };
}

export function resolveSpec(spec: TimexSpec, ctx: ResolveContext): Resolved {
  switch (spec.kind) {
    case 'calendar':
      return resolveCalendar(spec, ctx);
    case 'weekday':
      return resolveWeekday(spec, ctx);
    case 'relative':
      return resolveRelative(spec, ctx);
    case 'offset':
      return resolveOffset(spec, ctx);
    case 'season':
      return resolveSeason(spec, ctx);
    case 'yearPart':
      return resolveYearPart(spec, ctx);
    case 'decade':
      return resolveDecade(spec, ctx);
    case 'century':
      return { type: 'DATE', value: pad(spec.century), anchor: 'absolute', note: '' };
    case 'fixed':
      return { type: spec.type, value: spec.value, anchor: 'absolute', note: '' };
  }
}
