/**
 * Vague references: "now", "currently" (PRESENT_REF); "recently", "in the past" (PAST_REF);
 * "in the future", "soon" (FUTURE_REF). TIMEX3 gives them these fixed values.
 */
import type { Candidate } from './spec.js';
import { eachMatch, wordAfter, wordBefore } from './text-context.js';

const PRESENT = /\b(now|currently|presently|nowadays|at\s+present|at\s+the\s+moment|these\s+days|the\s+present\s+day)\b/gi;
const PAST = /\b(recently|lately|previously|formerly|in\s+recent\s+times)\b/gi;
const RECENT_UNITS = /\brecent\s+(days|weeks|months|years|decades)\b/gi;
const COMING_UNITS = /\bthe\s+(?:coming|next\s+few|following)\s+(days|weeks|months|years|decades)\b/gi;

/** "the past" / "the future" as nouns: after a preposition ("in the past", "for the future"). */
const THE_PAST_FUTURE = /\bthe\s+(?:(near|distant|foreseeable|recent|immediate)\s+)?(past|future)\b/gi;
const NOUN_LEADS = new Set(['in', 'from', 'of', 'than', 'to', 'into', 'with', 'like', 'for', 'about', 'toward', 'towards', 'on']);

const SOON = /\bsoon\b/gi;

export function detectVague(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, value: string, rule: string): void => {
    out.push({ start, end, spec: { kind: 'fixed', type: 'DATE', value }, rule });
  };

  eachMatch(PRESENT, text, (m) => {
    // "now" as a discourse marker before a quote ("Now, he said …") still refers to the present.
    add(m.index, m.index + m[0].length, 'PRESENT_REF', 'vague:present');
  });
  eachMatch(PAST, text, (m) => add(m.index, m.index + m[0].length, 'PAST_REF', 'vague:past'));
  eachMatch(RECENT_UNITS, text, (m) => add(m.index, m.index + m[0].length, 'PAST_REF', 'vague:recent-units'));
  eachMatch(COMING_UNITS, text, (m) => add(m.index, m.index + m[0].length, 'FUTURE_REF', 'vague:coming-units'));

  eachMatch(THE_PAST_FUTURE, text, (m) => {
    if (!NOUN_LEADS.has(wordBefore(text, m.index))) return;
    // "the past five years", "the past week": the duration detector owns those (a longer span).
    const next = wordAfter(text, m.index + m[0].length).toLowerCase();
    if (/^(?:tense|participle|perfect)$/.test(next)) return;
    const value = m[2]!.toLowerCase() === 'past' ? 'PAST_REF' : 'FUTURE_REF';
    add(m.index, m.index + m[0].length, value, `vague:the-${m[2]!.toLowerCase()}`);
  });

  eachMatch(SOON, text, (m) => {
    // "as soon as" is a conjunction; "soon after" narrates, it does not point at the future.
    if (wordBefore(text, m.index) === 'as') return;
    if (/^(?:after|afterwards?|thereafter)$/i.test(wordAfter(text, m.index + m[0].length))) return;
    add(m.index, m.index + m[0].length, 'FUTURE_REF', 'vague:soon');
  });
  return out;
}
