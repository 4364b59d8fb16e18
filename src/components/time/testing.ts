/** Shared helpers for the time tests: tag a sentence, pick one timex by its text. */
import type { Timex } from '../../doc/schema.js';
import { findTimexes } from './find-timexes.js';

/** A Friday, like the seed article's date. */
export const DOC_DATE = '2018-07-20';

export function tag(text: string, date: string | null = DOC_DATE): Timex[] {
  return findTimexes(text, date);
}

/** The timex whose text is exactly `phrase`; throws with what was found otherwise. */
export function timexOf(text: string, phrase: string, date: string | null = DOC_DATE): Timex {
  const found = tag(text, date);
  const hit = found.find((t) => t.text === phrase);
  if (!hit) throw new Error(`no timex "${phrase}" in ${JSON.stringify(text)}; found ${JSON.stringify(found.map((t) => `${t.text}=${t.value}`))}`);
  return hit;
}

export function valueOf(text: string, phrase: string, date: string | null = DOC_DATE): string {
  return timexOf(text, phrase, date).value;
}

/** [text, value] pairs of everything found, for compact assertions. */
export function pairs(text: string, date: string | null = DOC_DATE): [string, string][] {
  return tag(text, date).map((t) => [t.text, t.value]);
}
