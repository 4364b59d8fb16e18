/**
 * From meaning to TIMEX3 value. Given the document date (or null), the narrative anchor and the
 * tense of the clause, each spec becomes a value at the granularity the text used: a day
 * (2018-07-18), a week (2018-W28), a month (2018-04), a season (2017-SU), a quarter (2018-Q1), a
 * year, a decade (199). Without a document date nothing relative is guessed: the unknown parts
 * are written as X (XXXX-04, XXXX-WXX-3) and the anchor is 'unknown'.
 */
import { formatWeek, pad, parseYmd } from './calendar.js';
import { resolveCalendar, resolveHoliday, resolveWeekday } from './resolve-days.js';
import { offsetValue, resolveAnaphoric, resolveDecade, resolveOffset, resolveRelative, resolveReported, resolveSeason, resolveYearPart } from './resolve-periods.js';
import type { ResolveContext, Resolved } from './resolve-context.js';
import type { TimexSpec } from './spec.js';

export type { ResolveContext, Resolved } from './resolve-context.js';

export function resolveSpec(spec: TimexSpec, ctx: ResolveContext): Resolved {
  switch (spec.kind) {
    case 'calendar':
      return resolveCalendar(spec, ctx);
    case 'weekday':
      return resolveWeekday(spec, ctx);
    case 'relative':
      return resolveRelative(spec, ctx);
    case 'offset': {
      if (!spec.base || spec.amount === null) return resolveOffset(spec, ctx);
      const base = resolveSpec(spec.base, ctx);
      const day = parseYmd(base.value);
      if (!day) return { type: 'DATE', value: 'XXXX-XX-XX', anchor: 'unknown', note: '/of-unknown-date' };
      // Weeks from a named day land on a day: "a week before July 4" is June 27.
      const [amount, unit] = spec.unit === 'week' || spec.unit === 'fortnight' ? [spec.amount * (spec.unit === 'week' ? 7 : 14), 'day' as const] : [spec.amount, spec.unit];
      return { type: 'DATE', value: offsetValue(day, amount, unit, spec.direction), anchor: base.anchor, note: `${base.note}/of-date` };
    }
    case 'weekOf': {
      const base = resolveSpec(spec.base, ctx);
      const day = parseYmd(base.value);
      return day ? { type: 'DATE', value: formatWeek(day), anchor: base.anchor, note: base.note } : { type: 'DATE', value: 'XXXX-WXX', anchor: 'unknown', note: base.note };
    }
    case 'season':
      return resolveSeason(spec, ctx);
    case 'yearPart':
      return resolveYearPart(spec, ctx);
    case 'decade':
      return resolveDecade(spec, ctx);
    case 'century':
      return { type: 'DATE', value: pad(spec.century), anchor: 'absolute', note: '' };
    case 'holiday':
      return resolveHoliday(spec, ctx);
    case 'anaphoric':
      return resolveAnaphoric(spec, ctx);
    case 'reported':
      return resolveReported(spec, ctx);
    case 'fixed':
      return { type: spec.type, value: spec.value, anchor: 'absolute', note: '' };
  }
}
