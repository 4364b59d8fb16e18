import { CliError } from './errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar date written YYYY-MM-DD (2018-02-29 is not). */
export function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; Date.UTC maps years 0–99 to 1900+, so use setUTCFullYear.
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/** Validates a --date option value; throws a CliError with a one-line message when it is not a real date. */
export function parseDateOption(value: string): string {
  const s = value.trim();
  if (!ISO_DATE.test(s)) throw new CliError(`invalid --date "${value}": expected YYYY-MM-DD`);
  if (!isCalendarDate(s)) throw new CliError(`invalid --date "${value}": not a real calendar date`);
  return s;
}
