/**
 * Numbers written as words or digits, as durations and offsets count them ("five years",
 * "twenty-four hours", "a dozen days", "several weeks").
 */

const UNITS_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Quantities that give no number: TIMEX3 writes them as X ("several years" → PXY). */
const VAGUE_WORDS = ['several', 'few', 'a few', 'many', 'some', 'dozens of', 'hundreds of', 'thousands of'];

const ONES = Object.keys(UNITS_WORDS).filter((w) => w !== 'zero').join('|');
const TENS = Object.keys(TENS_WORDS).join('|');

/**
 * A regex source matching one amount: digits ("24", "1,000", "2.5"), words ("twenty-four",
 * "a hundred"), the article ("a week") or a vague quantity ("several"). No capture groups, so
 * callers can embed it.
 */
export const AMOUNT_SOURCE =
  `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\s+1/2|½)|\\d+(?:\\.\\d+)?|(?:${TENS})(?:[- ](?:${ONES}))?|${ONES}|a\\s+dozen|a\\s+hundred|one\\s+hundred|a\\s+couple\\s+of|couple\\s+of|a\\s+few|several|few|many|some|dozens\\s+of|hundreds\\s+of|thousands\\s+of|an?|half\\s+an?)`;

/** What an amount means: a number, or null for a vague quantity (rendered X). */
export function parseAmount(raw: string): number | null {
  const text = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  const half = /^(\d+)\s*(?:1\/2|½)$/.exec(text);
  if (half) return Number(half[1]) + 0.5;
  if (/^\d/.test(text)) return Number(text.replace(/,/g, ''));
  if (text === 'a' || text === 'an') return 1;
  if (text === 'half a' || text === 'half an') return 0.5;
  if (text === 'a dozen') return 12;
  if (text === 'a couple of' || text === 'couple of') return 2;
  if (text === 'a hundred' || text === 'one hundred') return 100;
  if (VAGUE_WORDS.includes(text)) return null;
  const unit = UNITS_WORDS[text];
  if (unit !== undefined) return unit;
  const [tens, ones] = text.split(/[- ]/);
  const t = TENS_WORDS[tens ?? ''];
  if (t === undefined) return null;
  return t + (ones ? UNITS_WORDS[ones] ?? 0 : 0);
}
