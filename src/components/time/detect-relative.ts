/**
 * Calendar units named relative to the document date: "last week", "this year", "next month",
 * "earlier this week", "the weekend", "today", "yesterday", "last night", "this morning".
 * Chrono turns these into instants; TIMEX3 wants the unit kept (2018-W28, not 2018-07-13).
 */
import type { Candidate, RelativeUnit } from './spec.js';
import { PARTS_OF_DAY } from './model/lexicon.js';
import { eachMatch, isCapitalized, wordBefore, atSentenceStart } from './text-context.js';

/** "last week", "this past year", "next month", "earlier this week", "the current quarter". */
const NAMED_UNIT =
  /\b(?:(earlier|later)\s+)?(this\s+past|last|this|next|current|the\s+current|the\s+coming)\s+(week|month|quarter|year|decade|century)\b(?!-)/gi;

/** "the weekend", "this weekend", "last weekend". */
const WEEKEND = /\b(this\s+past|last|this|next|the\s+coming|the)\s+weekend\b/gi;

/** "today", "tonight", "yesterday", "tomorrow", "last night". */
const CASUAL_DAY = /\b(today|tonight|yesterday|tomorrow|last\s+night)\b/gi;

/** "this morning", "this evening". */
const THIS_PART = /\bthis\s+(morning|afternoon|evening)\b/gi;

/** "at noon", "by midnight": a clock time on the anchor day. */
const NOON = /\b(?:at|by|until|till|before|after|from|around|about|since|past)\s+(noon|midday|midnight)\b/gi;

const CASUAL_OFFSET: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'last night': -1 };

export function detectRelative(text: string): Candidate[] {
  const out: Candidate[] = [];

  eachMatch(NAMED_UNIT, text, (m) => {
    const shift = m[2]!.toLowerCase().replace(/\s+/g, ' ');
    // "the last year" and "the past year" are durations (found elsewhere); bare "last year" is a date.
    if (shift === 'last' && /^the$/.test(wordBefore(text, m.index))) return;
    const offset = shift === 'last' || shift === 'this past' ? -1 : shift === 'next' || shift === 'the coming' ? 1 : 0;
    const unit = m[3]!.toLowerCase() as RelativeUnit;
    out.push({ start: m.index, end: m.index + m[0].length, spec: { kind: 'relative', unit, offset }, rule: `relative:${shift.replace(/\s+/g, '-')}-unit` });
  });

  eachMatch(WEEKEND, text, (m) => {
    const shift = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const oriented = shift === 'the';
    const offset = shift === 'last' || shift === 'this past' ? -1 : shift === 'next' || shift === 'the coming' ? 1 : 0;
    out.push({ start: m.index, end: m.index + m[0].length, spec: { kind: 'relative', unit: 'weekend', offset, oriented }, rule: 'relative:weekend' });
  });

  eachMatch(CASUAL_DAY, text, (m) => {
    const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    // "USA Today", "Russia Today": a capitalized Today after a name is a title.
    if (m[1] === 'Today' && !atSentenceStart(text, m.index) && isCapitalized(wordBeforeRaw(text, m.index))) return;
    const night = word === 'tonight' || word === 'last night';
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      spec: { kind: 'relative', unit: 'day', offset: CASUAL_OFFSET[word] ?? 0, ...(night ? { part: 'NI' as const } : {}) },
      rule: `relative:${word.replace(/\s+/g, '-')}`,
    });
  });

  eachMatch(THIS_PART, text, (m) => {
    out.push({ start: m.index, end: m.index + m[0].length, spec: { kind: 'relative', unit: 'day', offset: 0, part: PARTS_OF_DAY[m[1]!.toLowerCase()]! }, rule: 'relative:this-part-of-day' });
  });

  eachMatch(NOON, text, (m) => {
    const start = m.index + m[0].length - m[1]!.length;
    const hour = m[1]!.toLowerCase() === 'midnight' ? 24 : 12;
    out.push({ start, end: m.index + m[0].length, spec: { kind: 'relative', unit: 'day', offset: 0, time: { hour, minute: 0 } }, rule: 'relative:noon' });
  });
  return out;
}

function wordBeforeRaw(text: string, offset: number): string {
  const m = /([A-Za-z]+)\s*$/.exec(text.slice(Math.max(0, offset - 30), offset));
  return m ? m[1]! : '';
}
