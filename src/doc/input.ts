/** Raised for input that is no article: callers show the message, never a stack trace. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Largest text `extract` accepts, in characters: far above any article, low enough to bound time and memory. */
export const MAX_TEXT_CHARS = 5_000_000;

/** Checks that a string can be read as an article; throws InputError with a one-line reason when not. */
export function assertArticleText(text: unknown): asserts text is string {
  if (typeof text !== 'string') throw new InputError(`expected the article as a string, got ${text === null ? 'null' : typeof text}`);
  if (text.trim() === '') throw new InputError('the article is empty');
  if (text.length > MAX_TEXT_CHARS) throw new InputError(`the article is ${text.length} characters, over the ${MAX_TEXT_CHARS} limit`);
  if (text.includes('\u0000')) throw new InputError('the article contains NUL characters: it looks like binary data, not text');
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar date written YYYY-MM-DD (2018-02-29 is not). */
export function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; setUTCFullYear keeps years 0–99 as they are.
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0);
  return day <= last.getUTCDate();
}

/** A publication date must be a real calendar day written YYYY-MM-DD. */
export function assertIsoDate(date: string): void {
  if (!isCalendarDate(date)) throw new InputError(`"${date}" is not a calendar date in the form YYYY-MM-DD`);
}
