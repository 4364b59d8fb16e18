/**
 * Calendar periods chrono does not know: years on their own ("in 2015"), seasons ("last summer",
 * "the summer of 2016"), quarters and halves ("the third quarter", "Q1 2018", "the first half of
 * 2017"), decades ("the 1990s", "the '90s") and centuries ("the 20th century").
 */
import type { Candidate, Shift } from './spec.js';
import { PERIOD_ORDINALS, SEASONS } from './model/lexicon.js';
import { eachMatch, isCapitalized, wordAfter, wordBefore } from './text-context.js';

/** Words after which a four-digit number is a year: "in 2015", "since 1990", "early 2017". */
const YEAR_LEADS = new Set([
  'in', 'since', 'by', 'until', 'till', 'before', 'after', 'during', 'of', 'from', 'through', 'to',
  'between', 'and', 'early', 'late', 'mid', 'mid-', 'fiscal', 'year', 'circa', 'around', 'throughout',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'as', 'than', 'or', 'for',
]);

/** Leads that also introduce counts ("of 2000 people", "to 1500 troops"): a plural after them wins. */
const COUNT_LEADS = new Set(['of', 'to', 'from', 'and', 'between', 'around', 'than', 'or', 'for', 'as', 'by']);

/** Plural nouns that still follow a year used as a name ("the 2016 elections"). */
const EVENT_PLURALS = new Set([
  'elections', 'olympics', 'games', 'talks', 'protests', 'riots', 'attacks', 'midterms', 'polls',
  'floods', 'accords', 'hostilities', 'sanctions', 'negotiations', 'finals', 'championships', 'awards',
]);

const YEAR = /(?<![\d,.$€£#/-])\b(1\d{3}|20\d{2})\b(?![\d%]|[,.]\d|-(?:year|old|strong)|\s*(?:percent|per\s+cent))/g;

const SEASON = /\b(?:(last|this|next|past|coming)\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4})\b|\s+of\s+(this|last|next)\s+year\b)?/gi;

/** Words before a bare season that make it a time ("in the summer", "during winter"). */
const SEASON_LEADS = new Set(['in', 'during', 'since', 'until', 'by', 'the', 'early', 'late', 'mid', 'mid-', 'through', 'throughout', 'over', 'every', 'each']);

/** Prepositions before "the summer": without one, "the fall" is more likely a drop ("the fall in prices"). */
const SEASON_PREPOSITIONS = new Set(['in', 'during', 'since', 'until', 'till', 'by', 'through', 'throughout', 'over', 'for', 'into', 'after', 'before', 'from', 'to', 'of']);

const ORDINAL_SOURCE = '(first|second|third|fourth|1st|2nd|3rd|4th|final)';

const QUARTER = new RegExp(
  `\\b(?:the\\s+)?${ORDINAL_SOURCE}[\\s-]+(?:fiscal[\\s-]+)?quarter\\b(?:\\s+of\\s+(?:(?:fiscal\\s+)?(\\d{4})\\b|(this|last|next)\\s+year\\b))?`,
  'gi',
);
const Q_CODE = /\b(?:(\d{4})\s+)?Q([1-4])\b(?:\s+(\d{4})\b)?/g;
const HALF = /\b(?:the\s+)?(first|second|1st|2nd|latter)\s+half\s+of\s+(?:(\d{4})\b|(this|last|next)\s+year\b|the\s+year\b)/gi;

const DECADE = /\b(?:the\s+)?(1\d|20)(\d)0'?s\b/gi;
const SHORT_DECADE = /\b(?:the\s+)?['’](\d)0s\b/gi;
const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};
const WORD_DECADE = /\bthe\s+(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;

const CENTURY = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/gi;
const CENTURY_WORDS: Readonly<Record<string, number>> = {
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};
const WORD_CENTURY = /\b(?:the\s+)?(eighteenth|nineteenth|twentieth|twenty[- ]first)[\s-]+century\b/gi;

function shiftOf(word: string | undefined): Shift {
  const w = (word ?? '').toLowerCase();
  return w === 'last' || w === 'past' ? 'last' : w === 'next' || w === 'coming' ? 'next' : w === 'this' ? 'this' : 'bare';
}

function yearOffsetOf(word: string | undefined): number | undefined {
  const w = (word ?? '').toLowerCase();
  return w === 'last' ? -1 : w === 'next' ? 1 : w === 'this' ? 0 : undefined;
}

/** A four-digit number is a year only where the words around it say so. */
function isYearInContext(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  const next = wordAfter(text, end);
  const countNounNext = /^[a-z]+s$/.test(next) && !EVENT_PLURALS.has(next);
  if (/^['’]s\b/.test(text.slice(end, end + 3))) return true;
  if (YEAR_LEADS.has(before)) return !(COUNT_LEADS.has(before) && countNounNext);
  if (/mid-$/i.test(text.slice(Math.max(0, start - 4), start))) return true;
  // "the 2016 election", "the 2018 World Cup": a year used as a name of an event.
  if (before === 'the' && next !== '' && (isCapitalized(next) || !countNounNext)) return true;
  return false;
}

export function detectCalendar(text: string): Candidate[] {
  const out: Candidate[] = [];

  eachMatch(YEAR, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (!isYearInContext(text, start, end)) return;
    out.push({ start, end, spec: { kind: 'calendar', year: Number(m[1]), shift: 'bare' }, rule: 'calendar:year' });
  });

  eachMatch(SEASON, text, (m) => {
    const [whole, shiftWord, seasonWord, yearText, yearRel] = m as unknown as [string, string | undefined, string, string | undefined, string | undefined];
    const start = m.index;
    const end = start + whole.length;
    if (!shiftWord && !yearText && !yearRel) {
      const before = wordBefore(text, start);
      if (!SEASON_LEADS.has(before)) return;
      if (before === 'the') {
        const theAt = start - (/the\s*$/i.exec(text.slice(Math.max(0, start - 8), start))?.[0].length ?? 0);
        if (!SEASON_PREPOSITIONS.has(wordBefore(text, theAt))) return;
      }
      // "the fall of Berlin", "the Winter Olympics": an event or a name, not a season.
      const next = wordAfter(text, end);
      if (/^of$/i.test(next)) return;
      if (isCapitalized(seasonWord) && isCapitalized(next)) return;
    }
    out.push({
      start,
      end,
      spec: {
        kind: 'season',
        season: SEASONS[seasonWord.toLowerCase()]!,
        ...(yearText ? { year: Number(yearText) } : {}),
        ...(yearRel ? { yearOffset: yearOffsetOf(yearRel)! } : {}),
        shift: shiftOf(shiftWord),
      },
      rule: 'calendar:season',
    });
  });

  eachMatch(QUARTER, text, (m) => {
    const ordinal = m[1]!.toLowerCase();
    const n = ordinal === 'final' ? 4 : PERIOD_ORDINALS[ordinal]!;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      spec: { kind: 'yearPart', period: 'Q', n, ...(m[2] ? { year: Number(m[2]) } : {}), ...(m[3] ? { yearOffset: yearOffsetOf(m[3])! } : {}), shift: 'bare' },
      rule: 'calendar:quarter',
    });
  });

  eachMatch(Q_CODE, text, (m) => {
    const yearText = m[1] ?? m[3];
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      spec: { kind: 'yearPart', period: 'Q', n: Number(m[2]), ...(yearText ? { year: Number(yearText) } : {}), shift: 'bare' },
      rule: 'calendar:q-code',
    });
  });

  eachMatch(HALF, text, (m) => {
    const n = /^(?:first|1st)$/i.test(m[1]!) ? 1 : 2;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      spec: { kind: 'yearPart', period: 'H', n, ...(m[2] ? { year: Number(m[2]) } : {}), ...(m[3] ? { yearOffset: yearOffsetOf(m[3])! } : m[2] ? {} : { yearOffset: 0 }), shift: 'bare' },
      rule: 'calendar:half',
    });
  });

  eachMatch(DECADE, text, (m) => {
    out.push({ start: m.index, end: m.index + m[0].length, spec: { kind: 'decade', decade: Number(m[1]! + m[2]!), centuryKnown: true }, rule: 'calendar:decade' });
  });

  eachMatch(SHORT_DECADE, text, (m) => {
    out.push({ start: m.index, end: m.index + m[0].length, spec: { kind: 'decade', decade: Number(m[1]), centuryKnown: false }, rule: 'calendar:short-decade' });
  });

  eachMatch(WORD_DECADE, text, (m) => {
    // "in her twenties" is an age; "the nineties" after a possessive does not occur with "the".
    out.push({ start: m.index, end: m.index + m[0].length, spec: { kind: 'decade', decade: DECADE_WORDS[m[1]!.toLowerCase()]!, centuryKnown: false }, rule: 'calendar:decade-word' });
  });

  eachMatch(CENTURY, text, (m) => {
    out.push({ start: m.index, end: m.index + m[0].length, spec: { kind: 'century', century: Number(m[1]) - 1 }, rule: 'calendar:century' });
  });

  eachMatch(WORD_CENTURY, text, (m) => {
    const n = CENTURY_WORDS[m[1]!.toLowerCase().replace('-', ' ')] ?? CENTURY_WORDS[m[1]!.toLowerCase()]!;
    out.push({ start: m.index, end: m.index + m[0].length, spec: { kind: 'century', century: n - 1 }, rule: 'calendar:century' });
  });
  return out;
}
