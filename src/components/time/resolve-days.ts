/**
 * Resolving days: a date without its year ("July 18"), a weekday ("Wednesday", "last Monday")
 * and a holiday ("Thanksgiving") against the document date, or against a full date the story
 * has just given.
 */
import { addDays, dayNumber, formatDate, formatMonth, formatYear, isValidDate, isoWeekday, pad, type Ymd } from './calendar.js';
import { HOLIDAYS } from './model/holidays.js';
import { monthIndex, pickOccurrence } from './pick-occurrence.js';
import { clockSuffix, dateType, type ResolveContext, type Resolved } from './resolve-context.js';
import type { CalendarSpec, HolidaySpec, WeekdaySpec } from './spec.js';

export function resolveCalendar(spec: CalendarSpec, ctx: ResolveContext): Resolved {
  const type = dateType(spec);
  const clock = clockSuffix(spec);
  if (spec.year !== undefined) {
    const value = spec.month === undefined ? formatYear(spec.year) : spec.day === undefined ? formatMonth(spec.year, spec.month) : formatDate({ y: spec.year, m: spec.month, d: spec.day });
    return { type, value: value + (spec.day !== undefined ? clock : ''), anchor: 'absolute', note: '' };
  }
  const month = spec.month!;
  const nearby = spec.yearOffset === undefined && spec.shift === 'bare' ? ctx.nearbyExplicit(month) : null;
  const doc = nearby ?? ctx.doc;
  const anchor = nearby ? 'absolute' : 'document';
  const via = nearby ? '/nearby-year' : '';
  if (!doc) {
    const value = spec.day === undefined ? `XXXX-${pad(month)}` : `XXXX-${pad(month)}-${pad(spec.day)}${clock}`;
    return { type, value, anchor: 'unknown', note: '' };
  }
  const day = spec.day;
  if (spec.yearOffset !== undefined || spec.shift === 'this') {
    // "July last year", "this September": the year is named relative to the document's.
    const y = doc.y + (spec.yearOffset ?? 0);
    return { type, value: day === undefined ? formatMonth(y, month) : formatDate({ y, m: month, d: day }) + clock, anchor, note: via };
  }
  if (day === undefined) {
    const [label, note] = pickOccurrence(
      (y) => ({ first: monthIndex(y, month), last: monthIndex(y, month) }),
      (y) => formatMonth(y, month),
      doc.y, monthIndex(doc.y, doc.m), spec.shift, ctx.orientation, { untensed: 'nearest', lastGap: 1, pastReach: 2, futureReach: 3 },
    );
    return { type, value: label, anchor, note: note + via };
  }
  // "Thursday, July 19": the weekday says which year, whatever the tense.
  if (spec.weekday !== undefined) {
    for (const y of [doc.y, doc.y - 1, doc.y + 1]) {
      if (isValidDate(y, month, day) && isoWeekday({ y, m: month, d: day }) === spec.weekday) {
        return { type, value: formatDate({ y, m: month, d: day }) + clock, anchor, note: '/weekday' + via };
      }
    }
  }
  const [label, note] = pickOccurrence(
    (y) => {
      if (!isValidDate(y, month, day)) return null;
      const n = dayNumber({ y, m: month, d: day });
      return { first: n, last: n };
    },
    (y) => formatDate({ y, m: month, d: day }),
    doc.y, dayNumber(doc), spec.shift, ctx.orientation, { untensed: 'nearest', lastGap: 0, pastReach: 60, futureReach: 90 },
  );
  return { type, value: label + clock, anchor, note: note + via };
}

export function resolveWeekday(spec: WeekdaySpec, ctx: ResolveContext): Resolved {
  // "Friday night" keeps its part of the day in the value (…TNI) but stays a DATE, as TempEval-3
  // annotates a named day with a part of it; a clock time ("9 a.m. Tuesday") makes it a TIME.
  const type = spec.time ? 'TIME' : 'DATE';
  const clock = clockSuffix(spec);
  const narrative = spec.narrative ? ctx.narrative : null;
  const doc = narrative ?? ctx.doc;
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
  return { type, value: formatDate(date) + clock, anchor: narrative ? 'absolute' : 'document', note: narrative ? note + '/narrative' : note };
}

export function resolveHoliday(spec: HolidaySpec, ctx: ResolveContext): Resolved {
  const rule = HOLIDAYS[spec.name]!;
  if (spec.year !== undefined) return { type: 'DATE', value: formatDate(rule(spec.year)), anchor: 'absolute', note: '' };
  const doc = ctx.doc;
  if (!doc) {
    const sample = rule(2001);
    // A fixed day keeps its month and day; a movable feast is unknown without a year.
    const fixedDay = formatDate(rule(2002)).slice(5) === formatDate(sample).slice(5);
    return { type: 'DATE', value: fixedDay ? `XXXX-${formatDate(sample).slice(5)}` : 'XXXX-XX-XX', anchor: 'unknown', note: '' };
  }
  const [label, note] = pickOccurrence(
    (y) => {
      const n = dayNumber(rule(y));
      return { first: n, last: n };
    },
    (y) => formatDate(rule(y)),
    doc.y, dayNumber(doc), spec.shift, ctx.orientation, { untensed: 'nearest', lastGap: 0, pastReach: 60, futureReach: 90 },
  );
  return { type: 'DATE', value: label, anchor: 'document', note };
}
