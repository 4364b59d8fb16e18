/**
 * Calendar units named relative to the document date: "last week", "this year", "next month",
 * "earlier this week", "the weekend", "today", "yesterday", "last night", "this morning",
 * "at noon". Chrono turns these into instants; TIMEX3 wants the unit kept (2018-W28, not
 * 2018-07-13).
 */
import type { Candidate, RelativeUnit } from './spec.js';
import type { Hit } from './cue-words.js';
import { PARTS_OF_DAY } from './model/lexicon.js';
import { atSentenceStart, endsWithWord, matchAt, matchBefore, spaceThen, wordBefore, type Before } from './text-context.js';

export const RELATIVE_CUES: readonly string[] = [
  'last', 'this', 'next', 'current', 'coming', 'weekend', 'today', 'tonight', 'yesterday', 'tomorrow', 'noon', 'midday', 'midnight',
  'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night',
];

/** After "last", "this", "next", "current", "coming": the unit. */
const UNIT_AFTER = spaceThen(/(?:\s+past)?\s+(week|month|quarter|year|decade|century|night|morning|afternoon|evening)\b(?!-)/iy, 'pwmqydcnae');
const THE_BEFORE = endsWithWord(/\bthe\s+$/i, ['the']);
const WEEKEND_SHIFT_BEFORE = endsWithWord(/\b(this\s+past|last|this|next|the\s+coming|the)\s+$/i, ['past', 'last', 'this', 'next', 'coming', 'the']);
const CLOCK_LEAD_BEFORE = endsWithWord(
  /\b(?:at|by|until|till|before|after|from|around|about|since|past)\s+$/i,
  ['at', 'by', 'until', 'till', 'before', 'after', 'from', 'around', 'about', 'since', 'past'],
);
/** "USA Today", "Russia Today": a capitalized Today after a name is a title. */
const NAME_BEFORE = /[A-Z][A-Za-z]*\s+$/;

/** "the end of the month", "earlier in the year": the unit that holds the document date. */
const PART_OF_UNIT_BEFORE = endsWithWord(/\b(?:(?:end|beginning|start|middle|close|rest|remainder|turn|months|weeks|days)\s+of|(?:earlier|later)\s+in|for)\s+the\s+$/i, ['the']);
const THE_UNIT_START = THE_BEFORE;
/** "year-end", "by year's end". */
const UNIT_END_AFTER = /(?:-end|\s+end|['’]s\s+end)\b/iy;

const IN_THE_BEFORE = endsWithWord(/\b(?:in|during)\s+the\s+$/i, ['the']);
const ENDED_AFTER = spaceThen(/\s+end(?:ed|ing)\b/iy, 'e');

const NEIGHBOUR_PART_BEFORE = endsWithWord(/\bthe\s+(next|following|previous|preceding)\s+$/i, ['next', 'following', 'previous', 'preceding']);
/** "4 in the morning", "10 at night": an hour of the clock, then the part of the day that places it. */
const HOUR_OF_PART_BEFORE = endsWithWord(/\b(1[0-2]|[1-9])\s+(?:in\s+the|at)\s+$/i, ['the', 'at']);

const MID_BEFORE: Before = { re: /\bmid(?:-|\s+)$/i, hyphens: true, lastWord: (word) => word === 'mid' };

const CASUAL_OFFSET: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/**
 * Nouns that "today's" and "tomorrow's" turn into the people or things of an age, not of a day:
 * "today's youth", "many of today's personal computers", "tomorrow's leaders".
 */
const GENERIC_HOLDERS = new Set([
  'world', 'society', 'youth', 'young', 'generation', 'generations', 'children', 'kids', 'teenagers', 'teens', 'students',
  'parents', 'families', 'women', 'men', 'workers', 'consumers', 'leaders', 'politicians', 'people', 'culture', 'economy',
  'technology', 'computers', 'cars', 'standards', 'science', 'medicine', 'music',
]);
/** "today's" or "tomorrow's" and the three words after it. */
const POSSESSIVE_WORDS_AFTER = /['’]s((?:\s+[A-Za-z-]+){1,3})/y;
/** Endings of adjectives that may stand between "today's" and its noun ("today's global economy"). */
const ADJECTIVE_ENDING = /(?:al|ic|ive|ous|ful|ern|ary|less|able|ible|ian|ese|ish|ent|ant|est|ile|young)$/;
/** "the people of tomorrow", "the Europe of today": a noun phrase that ends in the day names an age. */
const NOUN_OF_BEFORE = endsWithWord(/\b(?:the|a|an)\s+(?:[A-Za-z-]+\s+){0,2}([A-Za-z-]+)\s+of\s+$/i, ['of']);
/** Nouns of a part of the day itself, or of what happens in it: "the end of today", "the events of today". */
const PART_NOUNS = new Set(['end', 'beginning', 'start', 'close', 'middle', 'rest', 'remainder', 'morning', 'afternoon', 'evening', 'night', 'events', 'session']);

/** "today's youth", "the leaders of tomorrow": today or tomorrow as the present or the coming age. */
function genericDay(text: string, start: number, end: number): boolean {
  POSSESSIVE_WORDS_AFTER.lastIndex = end;
  const after = POSSESSIVE_WORDS_AFTER.exec(text);
  if (after) {
    // "many of today's personal computers": the holder heads the noun phrase, after any adjectives
    // ("today's roundtable included leaders" is the day's roundtable).
    for (const word of after[1]!.trim().split(/\s+/)) {
      const lower = word.toLowerCase();
      if (GENERIC_HOLDERS.has(lower)) return true;
      if (!ADJECTIVE_ENDING.test(lower)) return false;
    }
    return false;
  }
  if (text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019) return false;
  const of = matchBefore(text, start, NOUN_OF_BEFORE, 48);
  return of !== null && !PART_NOUNS.has(of.m[1]!.toLowerCase());
}

/** "today is the eighth day of …", "it was the third day of …": a day counted in what it belongs to, told by a copula. */
const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
const ORDINAL_DAY_BEFORE: Before = {
  re: /\b(is|['’]s|was)\s+(the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+)$/i,
  hyphens: false,
  lastWord: (word) => ORDINAL_WORDS.has(word) || /^\d{1,3}(?:st|nd|rd|th)$/.test(word),
};
const OF_AFTER = spaceThen(/\s+of\b/iy, 'o');
/** "in the morning", "during the afternoon". */
const IN_THE_PART_BEFORE = endsWithWord(/\b(?:in|during)\s+the\s+$/i, ['the']);
/**
 * A sum of money right before "last year" ("a loss of $3 million last year", "C$9.7 million, or 70
 * Canadian cents a share last year"); a percentage is a share, not a result, and is left out.
 */
const FIGURE_BEFORE = /(?:[$#£€]\s?\d[\d.,]*(?:\s+(?:million|billion))?|\d\s+(?:million|billion)\s+[a-z]+|\b(?:cents|pence|francs|marks|yen|guilders|dollars|pounds))(?:\s+a\s+share)?\s*,?\s+$/i;
/** "last year's $1.55 billion". */
const FIGURE_AFTER = /['’]s\s+(?:[A-Z]{0,2}[$#£€]|\d[\d.,]*\s+(?:million|billion)\b)/y;

export function detectRelative(text: string, hits: readonly Hit[]): Candidate[] {
  const out: Candidate[] = [];
  for (const hit of hits) {
    const w = hit.word;
    if (w === 'last' || w === 'this' || w === 'next' || w === 'current' || w === 'coming') {
      const after = matchAt(text, hit.end, UNIT_AFTER);
      if (!after) continue;
      // "This Week", the television show: a capitalized unit is a title.
      if (/[A-Z]/.test(after[1]![0]!)) continue;
      const unitWord = after[1]!.toLowerCase();
      const past = /past/i.test(after[0]);
      const end = hit.end + after[0].length;
      if (unitWord in PARTS_OF_DAY) {
        // "last night" is the night before the document date; "this morning" the same day.
        if (w === 'last' && unitWord === 'night') out.push({ start: hit.start, end, spec: { kind: 'relative', unit: 'day', offset: -1, part: 'NI' }, rule: 'relative:last-night' });
        else if (w === 'this' && unitWord !== 'night') out.push({ start: hit.start, end, spec: { kind: 'relative', unit: 'day', offset: 0, part: PARTS_OF_DAY[unitWord]! }, rule: 'relative:this-part-of-day' });
        continue;
      }
      if (past && w !== 'this') continue;
      const the = matchBefore(text, hit.start, THE_BEFORE, 8);
      // "the last year" and "the past year" are durations (found elsewhere); "the next year" counts from the narrative.
      if (the && (w === 'last' || w === 'next')) continue;
      const offset = w === 'last' || past ? -1 : w === 'next' || w === 'coming' ? 1 : 0;
      const start = the ? the.start : hit.start;
      FIGURE_AFTER.lastIndex = end;
      const figure = w === 'last' && unitWord === 'year' && !the && (FIGURE_BEFORE.test(text.slice(Math.max(0, hit.start - 60), hit.start)) || FIGURE_AFTER.test(text));
      out.push({ start, end, spec: { kind: 'relative', unit: unitWord as RelativeUnit, offset, ...(figure ? { figure: true as const } : {}) }, rule: `relative:${past ? 'this-past' : w}-unit` });
    } else if (w === 'week' || w === 'month' || w === 'year') {
      if (/[A-Z]/.test(text[hit.start]!)) continue;
      const part = matchBefore(text, hit.start, PART_OF_UNIT_BEFORE, 32);
      if (part) {
        const the = matchBefore(text, hit.start, THE_UNIT_START, 6)!;
        // "for the year ended March 31": a business year, counted as its length (TimeML).
        const ended = w === 'year' ? matchAt(text, hit.end, ENDED_AFTER) : null;
        if (ended) {
          out.push({ start: the.start, end: hit.end, spec: { kind: 'fixed', type: 'DURATION', value: 'P1Y' }, rule: 'relative:the-year-ended' });
          continue;
        }
        out.push({ start: the.start, end: hit.end, spec: { kind: 'relative', unit: w, offset: 0 }, rule: 'relative:the-unit' });
        continue;
      }
      // "in the year ending June 30": a business year, as long as "for the year ended" is.
      const inThe = w === 'year' ? matchBefore(text, hit.start, IN_THE_BEFORE, 16) : null;
      if (inThe && matchAt(text, hit.end, ENDED_AFTER)) {
        const the = matchBefore(text, hit.start, THE_UNIT_START, 6)!;
        out.push({ start: the.start, end: hit.end, spec: { kind: 'fixed', type: 'DURATION', value: 'P1Y' }, rule: 'relative:the-year-ended' });
        continue;
      }
      const yearEnd = w === 'year' ? matchAt(text, hit.end, UNIT_END_AFTER) : null;
      if (yearEnd && /^(?:by|at|before|until|after|since|around|to|the|of)$/.test(wordBefore(text, hit.start))) {
        out.push({ start: hit.start, end: hit.end + yearEnd[0].length, spec: { kind: 'relative', unit: 'year', offset: 0 }, mod: 'END', rule: 'relative:year-end' });
      }
    } else if (w === 'weekend') {
      const shift = matchBefore(text, hit.start, WEEKEND_SHIFT_BEFORE, 16);
      if (!shift) continue;
      const s = shift.m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const offset = s === 'last' || s === 'this past' ? -1 : s === 'next' || s === 'the coming' ? 1 : 0;
      out.push({ start: shift.start, end: hit.end, spec: { kind: 'relative', unit: 'weekend', offset, oriented: s === 'the' }, rule: 'relative:weekend' });
    } else if (w === 'day') {
      // The day the copula speaks of: the document's in the present, the story's last one in the past.
      const ordinal = matchAt(text, hit.end, OF_AFTER) ? matchBefore(text, hit.start, ORDINAL_DAY_BEFORE, 32) : null;
      if (!ordinal) continue;
      const past = ordinal.m[1]!.toLowerCase() === 'was';
      const start = hit.start - ordinal.m[2]!.length;
      out.push({ start, end: hit.end, spec: { kind: 'relative', unit: 'day', offset: 0, ...(past ? { narrative: true as const } : {}) }, rule: 'relative:ordinal-day' });
    } else if (w in CASUAL_OFFSET) {
      if (text.startsWith('Today', hit.start) && !atSentenceStart(text, hit.start) && matchBefore(text, hit.start, NAME_BEFORE, 20)) continue;
      if ((w === 'today' || w === 'tomorrow') && genericDay(text, hit.start, hit.end)) continue;
      out.push({
        start: hit.start,
        end: hit.end,
        spec: { kind: 'relative', unit: 'day', offset: CASUAL_OFFSET[w]!, ...(w === 'tonight' ? { part: 'NI' as const } : {}) },
        rule: `relative:${w}`,
      });
    } else if (w === 'morning' || w === 'afternoon' || w === 'evening' || w === 'night') {
      // "the next morning", "the previous night": a part of the day next to the story's last day.
      const neighbour = matchBefore(text, hit.start, NEIGHBOUR_PART_BEFORE, 24);
      if (neighbour) {
        const offset = /^(?:next|following)$/i.test(neighbour.m[1]!) ? 1 : -1;
        out.push({ start: neighbour.start, end: hit.end, spec: { kind: 'relative', unit: 'day', offset, narrative: true, part: PARTS_OF_DAY[w]! }, rule: 'relative:neighbour-part' });
        continue;
      }
      // "4 in the morning", "10 at night": a clock time told by the part of the day.
      const clock = matchBefore(text, hit.start, HOUR_OF_PART_BEFORE, 16);
      if (clock) {
        const hour = Number(clock.m[1]);
        const pm = w === 'afternoon' || w === 'evening' || (w === 'night' && hour >= 6);
        out.push({ start: clock.start, end: hit.end, spec: { kind: 'relative', unit: 'day', offset: 0, narrative: true, time: { hour: pm && hour < 12 ? hour + 12 : !pm && hour === 12 ? 0 : hour, minute: 0 } }, rule: 'relative:hour-of-part' });
        continue;
      }
      if (w === 'night') continue;
      // "placed heavy buy orders in the morning": that part of the day the story tells of (its last
      // day named, else the document's); "in the morning of May 3" is the date's, found with it.
      const inThe = matchBefore(text, hit.start, IN_THE_PART_BEFORE, 16);
      if (inThe && !matchAt(text, hit.end, OF_AFTER)) {
        out.push({ start: inThe.start + inThe.m[0].search(/the\s+$/i), end: hit.end, spec: { kind: 'relative', unit: 'day', offset: 0, narrative: true, part: PARTS_OF_DAY[w]! }, rule: 'relative:in-the-part' });
        continue;
      }
      // "by mid-afternoon", "mid-morning yesterday": a part of the day (of the day named next, if any).
      const mid = matchBefore(text, hit.start, MID_BEFORE, 8);
      if (mid) out.push({ start: mid.start, end: hit.end, spec: { kind: 'relative', unit: 'day', offset: 0, part: PARTS_OF_DAY[w]! }, rule: 'relative:mid-part' });
    } else if (w === 'noon' || w === 'midday' || w === 'midnight') {
      if (!matchBefore(text, hit.start, CLOCK_LEAD_BEFORE, 12)) continue;
      out.push({ start: hit.start, end: hit.end, spec: { kind: 'relative', unit: 'day', offset: 0, time: { hour: w === 'midnight' ? 24 : 12, minute: 0 } }, rule: 'relative:noon' });
    }
  }
  return out;
}
