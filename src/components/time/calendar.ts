/**
 * Calendar arithmetic on plain year-month-day triples. Dates are days, not instants: working in
 * UTC day numbers keeps time zones and daylight saving out of date resolution.
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

/** Whether the fields are ones the arithmetic below handles as Date.UTC does (it maps years 0–99 to 1900–1999). */
function isPlain(date: Ymd): boolean {
  return Number.isInteger(date.y) && Number.isInteger(date.m) && Number.isInteger(date.d) && date.y >= 100 && date.y <= 200000 && date.m >= 1 && date.m <= 12 && Math.abs(date.d) <= 1e6;
}

/** Days from 1970-01-01 to the first of the month, in the proleptic Gregorian calendar. */
function daysToMonth(y: number, m: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5);
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function dayNumber(date: Ymd): number {
  if (isPlain(date)) return daysToMonth(date.y, date.m) + date.d - 1;
  return Math.floor(Date.UTC(date.y, date.m - 1, date.d) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  if (Number.isInteger(n) && Math.abs(n) <= 7e7) {
    // The inverse of daysToMonth (civil from days).
    const z = n + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
  }
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(date) + days);
}

/** Adds months, clamping the day so that Jan 31 + 1 month is Feb 28/29, not March. */
export function addMonths(date: Ymd, months: number): Ymd {
  const index = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // What new Date(Date.UTC(y, m, 0)).getUTCDate() gives, without a Date, for the usual arguments.
  if (Number.isInteger(y) && Number.isInteger(m) && m >= 1 && m <= 12 && y >= 100 && y <= 200000) {
    return m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1]!;
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(date: Ymd): number {
  if (isPlain(date)) {
    // 1970-01-01, day 0, was a Thursday.
    const js = (((dayNumber(date) + 4) % 7) + 7) % 7;
    return js === 0 ? 7 : js;
  }
  const js = new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
  return js === 0 ? 7 : js;
}

/** ISO-8601 week: the week belongs to the year that holds its Thursday. */
export function isoWeek(date: Ymd): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = dayNumber({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((dayNumber(thursday) - jan1) / 7) + 1 };
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parses "YYYY-MM-DD" (a document date); anything else is null. */
export function parseYmd(text: string | null | undefined): Ymd | null {
  // /^(\d{4})-(\d{2})-(\d{2})/, read digit by digit: this runs for every timex.
  if (!text || text.length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  if (y < 0 || m < 0 || d < 0) return null;
  return isValidDate(y, m, d) ? { y, m, d } : null;
}

/** The number written in text[start, end) if all of it is ASCII digits, else -1. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatYear(y: number): string {
  return pad(y, 4);
}

export function formatMonth(y: number, m: number): string {
  return `${formatYear(y)}-${pad(m)}`;
}

export function formatDate(date: Ymd): string {
  return `${formatMonth(date.y, date.m)}-${pad(date.d)}`;
}

export function formatWeek(date: Ymd): string {
  const w = isoWeek(date);
  return `${formatYear(w.year)}-W${pad(w.week)}`;
}
