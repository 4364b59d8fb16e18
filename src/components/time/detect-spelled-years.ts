/**
 * Years written in words, as broadcast transcripts spell them: "nineteen ninety-six", "nineteen
 * seventy-nine", "nineteen hundred", "the year two thousand", "two thousand and one", with a month
 * before them when there is one ("January nineteen ninety-seven").
 */
import type { Candidate } from './spec.js';
import type { Hit } from './cue-words.js';
import { MONTHS } from './model/lexicon.js';
import { endsWithWord, matchAt, matchBefore } from './text-context.js';

export const SPELLED_YEAR_CUES: readonly string[] = ['nineteen', 'thousand'];

const TENS: Readonly<Record<string, number>> = { ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ONES: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Readonly<Record<string, number>> = {
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};

/** After "nineteen": "ninety-six", "seventy nine", "eighteen", "hundred", "oh five". */
const NINETEEN_AFTER = /[\s-]+(?:(hundred)|(ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(one|two|three|four|five|six|seven|eight|nine)\b)?|(eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|oh[\s-]+(one|two|three|four|five|six|seven|eight|nine))\b/iy;
/** After "two thousand": "and one", "nine". */
const THOUSAND_AFTER = /(?:\s+and)?\s+(one|two|three|four|five|six|seven|eight|nine|ten)\b/iy;
const TWO_BEFORE = endsWithWord(/\b(?:the\s+year\s+)?two\s+$/i, ['two']);
const THE_YEAR_BEFORE = endsWithWord(/\bthe\s+year\s+$/i, ['year']);
const MONTH_BEFORE = endsWithWord(
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+$/,
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
);
/** "two thousand people", "nineteen ninety-six dollars": a count, not a year. */
const COUNT_NOUN_AFTER = /\s+(?:people|dollars|percent|years|times|men|women|troops|soldiers|miles|pounds|tons|feet|votes|jobs|workers)\b/y;

export function detectSpelledYears(text: string, hits: readonly Hit[]): Candidate[] {
  const out: Candidate[] = [];
  for (const hit of hits) {
    let start = hit.start;
    let end: number;
    let year: number;
    if (hit.word === 'nineteen') {
      const m = matchAt(text, hit.end, NINETEEN_AFTER);
      if (!m) continue;
      end = hit.end + m[0].length;
      const tens = m[2] ? TENS[m[2].toLowerCase()]! : 0;
      const ones = m[3] ? ONES[m[3].toLowerCase()]! : m[5] ? ONES[m[5].toLowerCase()]! : 0;
      year = 1900 + (m[1] ? 0 : m[4] ? TEENS[m[4].toLowerCase()]! : tens + ones);
    } else {
      const two = matchBefore(text, hit.start, TWO_BEFORE, 16);
      if (!two) continue;
      const more = matchAt(text, hit.end, THOUSAND_AFTER);
      // Without "the year" or a unit after it, "two thousand" is more often a number.
      if (!/year/i.test(two.m[0]) && !more) continue;
      start = two.start;
      end = hit.end + (more ? more[0].length : 0);
      year = 2000 + (more ? (ONES[more[1]!.toLowerCase()] ?? 10) : 0);
    }
    COUNT_NOUN_AFTER.lastIndex = end;
    if (COUNT_NOUN_AFTER.test(text)) continue;
    const month = matchBefore(text, start, MONTH_BEFORE, 12);
    if (month) {
      out.push({ start: month.start, end, spec: { kind: 'calendar', year, month: MONTHS[month.m[1]!.toLowerCase()]!, shift: 'bare' }, rule: 'spelled:month-year' });
      continue;
    }
    const theYear = hit.word === 'nineteen' ? matchBefore(text, start, THE_YEAR_BEFORE, 12) : null;
    out.push({ start: theYear ? theYear.start : start, end, spec: { kind: 'calendar', year, shift: 'bare' }, rule: 'spelled:year' });
  }
  return out;
}
