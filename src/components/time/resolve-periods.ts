/**
 * Resolving periods: units counted from the document ("last week", "next month"), offsets
 * ("three days ago", "a week before"), seasons, quarters and halves, decades. Each value keeps
 * the granularity of the text: a week stays a week (2018-W28), a season a season (2017-SU).
 */
import { addDays, addMonths, formatDate, formatMonth, formatWeek, formatYear, isoWeekday, pad, type Ymd } from './calendar.js';
import type { Season } from './model/lexicon.js';
import { periodValue } from './detect-durations.js';
import { monthIndex, pickOccurrence } from './pick-occurrence.js';
import { clockSuffix, dateType, type ResolveContext, type Resolved } from './resolve-context.js';
import type { AnaphoricSpec, DecadeSpec, OffsetSpec, RelativeSpec, ReportedSpec, SeasonSpec, YearPartSpec } from './spec.js';

/** First month (0-based, from January of the season's year) of each season; winter starts in the December before. */
const SEASON_MONTHS: Readonly<Record<Season, number>> = { SP: 2, SU: 5, FA: 8, WI: -1 };

function quarterLabel(y: number, monthIdx0: number): string {
  return `${formatYear(y)}-Q${Math.floor(monthIdx0 / 3) + 1}`;
}

export function resolveRelative(spec: RelativeSpec, ctx: ResolveContext): Resolved {
  const type = dateType(spec);
  const clock = clockSuffix(spec);
  const event = spec.narrative && spec.event ? ctx.eventDate(spec.event) : null;
  const narrative = spec.narrative && spec.unit === 'day' ? event ?? ctx.narrative : null;
  const doc = narrative ?? ctx.doc;
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
      // In a story on a quarter's results, last year's figure is the same quarter's, a year back
      // (as "a year earlier" is).
      if (spec.figure && ctx.quarter) return { type, value: `${formatYear(ctx.quarter.y + n)}-Q${ctx.quarter.q}`, anchor: 'absolute', note: '/reported-quarter' };
      value = formatYear(doc.y + n);
      break;
    case 'decade':
      value = String(Math.floor(doc.y / 10) + n);
      break;
    case 'century':
      value = pad(Math.floor(doc.y / 100) + n);
      break;
  }
  return { type, value, anchor: narrative ? 'absolute' : 'document', note: event ? `${note}/event` : narrative ? `${note}/narrative` : note };
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

export function resolveOffset(spec: OffsetSpec, ctx: ResolveContext): Resolved {
  // "a year earlier" in a story about a quarter's results is that quarter a year back (TimeML).
  if (spec.unit === 'year' && spec.direction < 0 && ctx.quarter && spec.amount !== null && Number.isInteger(spec.amount)) {
    return { type: 'DATE', value: `${formatYear(ctx.quarter.y - spec.amount)}-Q${ctx.quarter.q}`, anchor: 'absolute', note: '/reported-quarter' };
  }
  if (spec.ahead) {
    if (ctx.orientation() !== 'future') return { type: 'DURATION', value: periodValue(spec.amount, spec.unit), anchor: 'absolute', note: '/duration' };
    if (spec.amount === null) return { type: 'DATE', value: 'FUTURE_REF', anchor: 'document', note: '/future' };
    if (!ctx.doc) return { type: 'DATE', value: UNKNOWN_BY_UNIT[spec.unit], anchor: 'unknown', note: '/future' };
    return { type: 'DATE', value: offsetValue(ctx.doc, spec.amount, spec.unit, 1), anchor: 'document', note: '/future' };
  }
  if (spec.relativeTo) {
    const event = spec.relativeTo.event ? ctx.eventDate(spec.relativeTo.event) : null;
    if (event && spec.amount !== null) return { type: 'DATE', value: offsetValue(event, spec.amount, spec.unit, spec.direction), anchor: 'absolute', note: '/event' };
    return { type: 'DURATION', value: periodValue(spec.amount, spec.unit), anchor: 'absolute', note: '/duration' };
  }
  const narrative = spec.from === 'narrative' ? (spec.neighbour ? namedBase(spec.unit, ctx) : null) ?? ctx.narrative : null;
  const base = narrative ?? ctx.doc;
  if (!base || spec.amount === null) return { type: 'DATE', value: UNKNOWN_BY_UNIT[spec.unit], anchor: 'unknown', note: '' };
  return {
    type: 'DATE',
    value: offsetValue(base, spec.amount, spec.unit, spec.direction),
    anchor: narrative ? 'absolute' : 'document',
    note: spec.from === 'narrative' ? (narrative ? '/narrative' : '/document') : '',
  };
}

export function resolveSeason(spec: SeasonSpec, ctx: ResolveContext): Resolved {
  if (spec.year !== undefined) return { type: 'DATE', value: `${formatYear(spec.year)}-${spec.season}`, anchor: 'absolute', note: '' };
  const doc = ctx.doc;
  if (!doc) return { type: 'DATE', value: `XXXX-${spec.season}`, anchor: 'unknown', note: '' };
  if (spec.yearOffset !== undefined) return { type: 'DATE', value: `${formatYear(doc.y + spec.yearOffset)}-${spec.season}`, anchor: 'document', note: '' };
  // Winter runs from December to February and takes the year of its January ("winter 2018" is Dec 2017 – Feb 2018).
  const startMonth = SEASON_MONTHS[spec.season];
  const [value, note] = pickOccurrence(
    (y) => ({ first: y * 12 + startMonth, last: y * 12 + startMonth + 2 }),
    (y) => `${formatYear(y)}-${spec.season}`,
    doc.y, monthIndex(doc.y, doc.m), spec.shift, ctx.orientation, { untensed: 'past', lastGap: 0, pastReach: 0, futureReach: 0 },
  );
  return { type: 'DATE', value, anchor: 'document', note };
}

export function resolveYearPart(spec: YearPartSpec, ctx: ResolveContext): Resolved {
  const label = (y: number): string => `${formatYear(y)}-${spec.period}${spec.n}`;
  if (spec.year !== undefined) return { type: 'DATE', value: label(spec.year), anchor: 'absolute', note: '' };
  const doc = ctx.doc;
  if (!doc) return { type: 'DATE', value: `XXXX-${spec.period}${spec.n}`, anchor: 'unknown', note: '' };
  if (spec.yearOffset !== undefined) return { type: 'DATE', value: label(doc.y + spec.yearOffset), anchor: 'document', note: '' };
  const length = spec.period === 'Q' ? 3 : 6;
  const [value, note] = pickOccurrence(
    (y) => ({ first: y * 12 + (spec.n - 1) * length, last: y * 12 + spec.n * length - 1 }),
    label,
    doc.y, monthIndex(doc.y, doc.m), spec.shift, ctx.orientation, { untensed: 'past', lastGap: 0, pastReach: 0, futureReach: 0 },
  );
  return { type: 'DATE', value, anchor: 'document', note };
}

export function resolveDecade(spec: DecadeSpec, ctx: ResolveContext): Resolved {
  if (spec.centuryKnown) return { type: 'DATE', value: String(spec.decade), anchor: 'absolute', note: '' };
  // "the '90s": the latest such decade that has begun by the document date.
  if (!ctx.doc) return { type: 'DATE', value: `XX${spec.decade}`, anchor: 'unknown', note: '' };
  const century = Math.floor(ctx.doc.y / 100);
  const c = century * 100 + spec.decade * 10 <= ctx.doc.y ? century : century - 1;
  return { type: 'DATE', value: `${c}${spec.decade}`, anchor: 'document', note: '' };
}

export function resolveReported(spec: ReportedSpec, ctx: ResolveContext): Resolved {
  if (spec.endMonth !== undefined && ctx.doc) return quarterEnded(spec.endMonth, ctx.doc);
  const q = spec.quarter ?? ctx.quarter?.q;
  const y = spec.year ?? (ctx.quarter ? ctx.quarter.y + spec.yearOffset : undefined);
  if (q !== undefined && y !== undefined) return { type: 'DATE', value: `${formatYear(y)}-Q${q}`, anchor: 'absolute', note: '' };
  // No quarter to read ("year-earlier" before any quarter resolved): the year back, or an unknown quarter.
  if (spec.yearOffset !== 0 && ctx.doc) return { type: 'DATE', value: formatYear(ctx.doc.y + spec.yearOffset), anchor: 'document', note: '/no-quarter' };
  // "the 1988 period" after "the first nine months": the year is all the text says of it.
  if (spec.period && spec.year !== undefined) return { type: 'DATE', value: formatYear(spec.year), anchor: 'absolute', note: '/no-quarter' };
  return { type: 'DATE', value: y !== undefined ? `${formatYear(y)}-QX` : 'XXXX-QX', anchor: 'unknown', note: '/no-quarter' };
}

/**
 * A quarter known by the month it ended in: the latest such quarter that is over, counted as the
 * calendar quarter that holds most of its three months (ended July 31: May to July, 2nd quarter).
 */
function quarterEnded(endMonth: number, doc: Ymd): Resolved {
  const year = endMonth <= doc.m ? doc.y : doc.y - 1;
  const middle = monthIndex(year, endMonth) - 1;
  const y = Math.floor(middle / 12);
  const q = Math.floor((middle % 12) / 3) + 1;
  return { type: 'DATE', value: `${formatYear(y)}-Q${q}`, anchor: 'document', note: '/ended' };
}

export function resolveAnaphoric(spec: AnaphoricSpec, ctx: ResolveContext): Resolved {
  const named = ctx.lastDate;
  const precise = named && (spec.unit === 'year' || (named.m !== undefined && (spec.unit === 'month' || named.d !== undefined)));
  if (named && precise) {
    const day = { y: named.y, m: named.m ?? 1, d: named.d ?? 1 };
    const value = spec.unit === 'year' ? formatYear(named.y) : spec.unit === 'month' ? formatMonth(named.y, day.m) : spec.unit === 'week' ? formatWeek(day) : formatDate(day);
    return { type: 'DATE', value, anchor: 'absolute', note: '/narrative' };
  }
  // Nothing named precisely enough before: as unknown as the unit ("that day" → XXXX-XX-XX).
  const unknown = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX' }[spec.unit];
  return { type: 'DATE', value: unknown, anchor: 'unknown', note: '/no-antecedent' };
}

/**
 * "The following month" after "in March": a month or a year counts from the last date the text
 * named, even one written without its day.
 */
function namedBase(unit: OffsetSpec['unit'], ctx: ResolveContext): Ymd | null {
  const named = ctx.lastDate;
  if (!named) return null;
  if (unit === 'year' || unit === 'decade' || unit === 'century') return { y: named.y, m: named.m ?? 1, d: named.d ?? 1 };
  if ((unit === 'month' || unit === 'quarter') && named.m !== undefined) return { y: named.y, m: named.m, d: named.d ?? 1 };
  return null;
}
