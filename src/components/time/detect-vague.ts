/**
 * Vague references: "now", "currently" (PRESENT_REF); "recently", "in the past", "in recent
 * years" (PAST_REF); "in the future", "the coming weeks", "soon" (FUTURE_REF). TIMEX3 gives them
 * these fixed values.
 */
import type { Candidate } from './spec.js';
import type { Hit } from './cue-words.js';
import { isRegularPast, PAST_CUES } from './model/lexicon.js';
import { atSentenceStart, endsWithWord, matchAt, matchBefore, spaceThen, wordAfter, wordBefore } from './text-context.js';

const SIMPLE: Readonly<Record<string, string>> = {
  now: 'PRESENT_REF', currently: 'PRESENT_REF', presently: 'PRESENT_REF', nowadays: 'PRESENT_REF',
  recently: 'PAST_REF', lately: 'PAST_REF',
};
// "previously" and "formerly" qualify an event ("a previously announced plan") rather than name a
// time; TimeML corpora leave them out.

export const VAGUE_CUES: readonly string[] = [...Object.keys(SIMPLE), 'present', 'moment', 'these', 'recent', 'coming', 'past', 'future', 'soon', 'current', 'term', 'ahead', 'later'];

/** Nouns after which "current" is a term, not a time: "current account", "current assets". */
const CURRENT_TERMS = new Set(['account', 'accounts', 'assets', 'liabilities', 'ratio', 'affairs', 'density', 'flow', 'flows']);
const THEN_BEFORE = endsWithWord(/\bthen\s+$/i, ['then']);
/** "most recently last October", "more recently in 1997": the date that follows is the time, "recently" only ranks it. */
const MOST_BEFORE = endsWithWord(/\b(?:most|more)\s+$/i, ['most', 'more']);
const DATE_NEXT = /^,?\s+(?:last|this|yesterday|today|(?:in|on)\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/i;

const TERM_BEFORE = endsWithWord(/\bthe\s+(?:near|short|long)\s+$/i, ['near', 'short', 'long']);
const UNITS_AHEAD_BEFORE = endsWithWord(/\bthe\s+(days|weeks|months|years)\s+$/i, ['days', 'weeks', 'months', 'years']);
const DATE_AFTER = spaceThen(/\s+date\b/iy, 'd');
const A_BEFORE = endsWithWord(/\ba\s+$/i, ['a']);

const AT_BEFORE = endsWithWord(/\bat\s+(?:the\s+)?$/i, ['at', 'the']);
const THESE_DAYS_AFTER = spaceThen(/\s+days\b/iy, 'd');
const PRESENT_DAY_AFTER = spaceThen(/\s+day\b/iy, 'd');
const PLURAL_UNIT_AFTER = spaceThen(/\s+(?:days|weeks|months|quarters|years|decades|times)\b/iy, 'dwmqyt');
/** "future quarters", "past years": the adjective before a plural unit, no count between. */
const BARE_PLURAL_UNIT_AFTER = spaceThen(/\s+(?:days|weeks|months|quarters|years|decades)\b/iy, 'dwmqy');
const THE_BEFORE = endsWithWord(/\bthe\s+$/i, ['the']);
/** "the near future", "the recent past": qualifiers kept in the span. */
const THE_QUALIFIED_BEFORE = endsWithWord(/\bthe\s+(?:(?:near|distant|foreseeable|recent|immediate)\s+)?$/i, ['the', 'near', 'distant', 'foreseeable', 'recent', 'immediate']);

/** Past forms of verbs, for "soon" told of the past ("was soon released", "soon became a flood"). */
const PAST_VERBS = new Set(PAST_CUES.filter((w) => !['ago', 'earlier', 'previously', 'last'].includes(w)));
function isPastVerb(word: string): boolean {
  return PAST_VERBS.has(word) || isRegularPast(word);
}

/** "the past" / "the future" are time nouns after a preposition ("in the past", "for the future"). */
const NOUN_LEADS = new Set(['in', 'from', 'of', 'than', 'to', 'into', 'with', 'like', 'for', 'about', 'toward', 'towards', 'on']);

export function detectVague(text: string, hits: readonly Hit[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, value: string, rule: string): void => {
    out.push({ start, end, spec: { kind: 'fixed', type: 'DATE', value }, rule });
  };
  for (const hit of hits) {
    const w = hit.word;
    const simple = SIMPLE[w];
    if (simple) {
      // "Now, he says, …", "Now, following asset sales, …": set off at the head of a sentence, "now"
      // is the discourse marker that turns to the next point, not a reference to the present
      // (TimeML leaves it out); "Now the court has ruled" and "for now," stay.
      if (w === 'now' && text.charCodeAt(hit.end) === 44 && atSentenceStart(text, hit.start)) continue;
      if (w === 'recently' && matchBefore(text, hit.start, MOST_BEFORE, 8) && DATE_NEXT.test(text.slice(hit.end, hit.end + 16))) continue;
      add(hit.start, hit.end, simple, simple === 'PRESENT_REF' ? 'vague:present' : 'vague:past');
    } else if (w === 'present' || w === 'moment') {
      // "at present", "at the moment", "the present day"; "the present situation" is an adjective.
      const at = matchBefore(text, hit.start, AT_BEFORE, 10);
      if (at && (w === 'moment') === /the/i.test(at.m[0])) add(at.start, hit.end, 'PRESENT_REF', 'vague:at-present');
      else if (w === 'present') {
        const day = matchAt(text, hit.end, PRESENT_DAY_AFTER);
        const the = matchBefore(text, hit.start, THE_BEFORE, 6);
        if (day && the) add(the.start, hit.end + day[0].length, 'PRESENT_REF', 'vague:present-day');
      }
    } else if (w === 'current') {
      // "its current chairman", "current market conditions": the present, as TimeML annotates the
      // adjective; "the then current price" is a past one. Terms of accounting ("current
      // account", "current assets") are not times, and "the current year" is the unit's (longer).
      const next = wordAfter(text, hit.end);
      if (!/^[a-z]/.test(next) || CURRENT_TERMS.has(next) || text.charCodeAt(hit.start) !== 99) continue;
      const then = wordBefore(text, hit.start) === 'then' ? matchBefore(text, hit.start, THEN_BEFORE, 8) : null;
      if (then) add(then.start, hit.end, 'PAST_REF', 'vague:then-current');
      else add(hit.start, hit.end, 'PRESENT_REF', 'vague:current');
    } else if (w === 'term') {
      // "in the near term", "for the short term": the time ahead.
      const the = matchBefore(text, hit.start, TERM_BEFORE, 16);
      if (the && text.charCodeAt(hit.end) !== 45) add(the.start, hit.end, 'FUTURE_REF', 'vague:the-near-term');
    } else if (w === 'ahead') {
      // "in the weeks ahead": a stretch of unknown length to come.
      const units = matchBefore(text, hit.start, UNITS_AHEAD_BEFORE, 16);
      if (units) out.push({ start: units.start, end: hit.end, spec: { kind: 'fixed', type: 'DURATION', value: `PX${units.m[1]![0]!.toUpperCase()}` }, rule: 'vague:units-ahead' });
    } else if (w === 'later') {
      // "at a later date".
      const date = matchAt(text, hit.end, DATE_AFTER);
      const a = date ? matchBefore(text, hit.start, A_BEFORE, 4) : null;
      if (date && a) add(a.start, hit.end + date[0].length, 'FUTURE_REF', 'vague:a-later-date');
    } else if (w === 'these') {
      const days = matchAt(text, hit.end, THESE_DAYS_AFTER);
      if (days) add(hit.start, hit.end + days[0].length, 'PRESENT_REF', 'vague:these-days');
    } else if (w === 'recent') {
      const units = matchAt(text, hit.end, PLURAL_UNIT_AFTER);
      if (!units) continue;
      // "in recent weeks" is a stretch of unknown length (PXW); "in recent years" the past.
      const unit = /\s(days|weeks|months|quarters)$/i.exec(units[0])?.[1]?.toLowerCase();
      if (unit) out.push({ start: hit.start, end: hit.end + units[0].length, spec: { kind: 'fixed', type: 'DURATION', value: `PX${unit[0]!.toUpperCase()}` }, rule: 'vague:recent-units' });
      else add(hit.start, hit.end + units[0].length, 'PAST_REF', 'vague:recent-units');
    } else if (w === 'coming') {
      // "the coming weeks", "in coming months".
      const units = matchAt(text, hit.end, PLURAL_UNIT_AFTER);
      const the = matchBefore(text, hit.start, THE_BEFORE, 6);
      if (units && (the || /^(?:in|over|during|for)$/.test(wordBefore(text, hit.start)))) add(the ? the.start : hit.start, hit.end + units[0].length, 'FUTURE_REF', 'vague:coming-units');
    } else if (w === 'past' || w === 'future') {
      // "in future quarters", "sell programs in past years": the time ahead or gone by, of no set
      // length ("the past five years", "the past years" are stretches, the duration detector's).
      const units = matchAt(text, hit.end, BARE_PLURAL_UNIT_AFTER);
      if (units && (w === 'future' || !matchBefore(text, hit.start, THE_BEFORE, 6))) {
        add(hit.start, hit.end + units[0].length, w === 'past' ? 'PAST_REF' : 'FUTURE_REF', `vague:${w}-units`);
        continue;
      }
      const the = matchBefore(text, hit.start, THE_QUALIFIED_BEFORE, 20);
      if (!the || !NOUN_LEADS.has(wordBefore(text, the.start))) continue;
      // "the past five years", "the past week" belong to the duration detector (a longer span).
      if (/^(?:tense|participle|perfect)$/i.test(wordAfter(text, hit.end))) continue;
      add(the.start, hit.end, w === 'past' ? 'PAST_REF' : 'FUTURE_REF', `vague:the-${w}`);
    } else if (w === 'soon') {
      // "as soon as" is a conjunction; "soon after" narrates, it does not point at the future.
      if (wordBefore(text, hit.start) === 'as') continue;
      const next = wordAfter(text, hit.end);
      if (/^(?:after|afterwards?|thereafter)$/i.test(next)) continue;
      // Told of the past, "soon" is "shortly after" an event the story narrates ("he was soon
      // released", "a trickle that soon became a flood"), not a time ahead of the document.
      const before = wordBefore(text, hit.start);
      if (before === 'was' || before === 'were' || before === 'had' || isPastVerb(next.toLowerCase())) continue;
      add(hit.start, hit.end, 'FUTURE_REF', 'vague:soon');
    }
  }
  return out;
}
