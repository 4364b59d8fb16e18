import { isCalendarDate } from '../doc/input.js';
import { CliError } from './errors.js';

export { isCalendarDate };

/** Validates a --date option value; throws a CliError with a one-line message when it is not a real date. */
export function parseDateOption(value: string): string {
  const s = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) throw new CliError(`invalid --date "${value}": expected YYYY-MM-DD`);
  if (!isCalendarDate(s)) throw new CliError(`invalid --date "${value}": not a real calendar date`);
  return s;
}
