/**
 * Which way a bare "Wednesday" or "December" points. News narrates the past, so a weekday goes
 * back to the most recent one unless the clause speaks of the future ("will meet on Monday",
 * "is scheduled to close Monday"). The nearest tense cue wins: the one just before the
 * expression in the same sentence, else the first one after it.
 */
import { FUTURE_CUES, NOT_PAST_ED, PAST_CUES, SCHEDULE_VERBS } from './model/lexicon.js';
import { isSpaceCode } from './scan.js';
import { atSentenceStart, wordBefore } from './text-context.js';

export type Orientation = 'past' | 'future' | 'none';

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

const FUTURE_SOURCE = FUTURE_CUES.map((w) => (w.startsWith("'") ? `${escape(w)}\\b` : `\\b${escape(w)}\\b`)).join('|');
const PAST_SOURCE = `\\b(?:${PAST_CUES.map(escape).join('|')})\\b|\\b[a-z]{2,}ed\\b`;
const CUE = new RegExp(`(${FUTURE_SOURCE})|(${PAST_SOURCE})`, 'gi');
const NOT_PAST = new Set(NOT_PAST_ED);

/** How far back the tense of the clause is looked for: a subject and its verb phrase ("will be named commander of the Space Shuttle Columbia for a mission in December"). */
const LOOK_BACK = 100;
/** How far back a deadline looks for a past perfect ("had filed reports by Wednesday"): the verb governing it, not an earlier clause. */
const PERFECT_LOOK_BACK = 70;
const LOOK_AHEAD = 80;

/** isWordCode for `\b`: [A-Za-z0-9_]. */
function isWordCode(c: number): boolean {
  return ((c | 0x20) >= 97 && (c | 0x20) <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * /\bbe\s+$/i on text.slice(max(0, at - 4), at): "will be paid", where a participle after "be" is
 * a passive, not a past tense.
 */
function afterBe(text: string, at: number): boolean {
  const lo = Math.max(0, at - 4);
  let j = at - 1;
  if (j < lo || !isSpaceCode(text.charCodeAt(j))) return false;
  while (j >= lo && isSpaceCode(text.charCodeAt(j))) j--;
  if (j - 1 < lo || (text.charCodeAt(j) | 0x20) !== 101 || (text.charCodeAt(j - 1) | 0x20) !== 98) return false;
  return j - 2 < lo || !isWordCode(text.charCodeAt(j - 2));
}

/** Words that, right before an "-ed" word, make it an adjective: "a still unspecified date". */
const ADJECTIVE_LEADS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'still', 'newly', 'recently']);

/** How far after "had" a plan stays in the past: "had been scheduled to expire Friday". */
const PERFECT_REACH = 28;

/**
 * The tense cues in `text` (a stretch of a sentence), in order, each given to `take` until it
 * returns true. A plan told in the past perfect ("had been due to expire", "had been scheduled")
 * is a past one; an "-ed" word after a determiner is an adjective ("a still unspecified date").
 */
function eachCue(text: string, take: (orientation: 'past' | 'future', word: string, at: number) => boolean): void {
  CUE.lastIndex = 0;
  let perfectEnd = -1;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const word = m[0].toLowerCase();
    if (m[1]) {
      if (take(m.index <= perfectEnd ? 'past' : 'future', word, m.index)) return;
    } else if (!NOT_PAST.has(word) && !afterBe(text, m.index) && !(word.endsWith('ed') && ADJECTIVE_LEADS.has(wordBefore(text, m.index)))) {
      if (word === 'had') perfectEnd = m.index + 3 + PERFECT_REACH;
      if (take('past', word, m.index)) return;
    }
  }
}

const SCHEDULE_FORMS = new Set(SCHEDULE_VERBS.flatMap((v) => [v, /(?:s|sh|ch|x|o)$/.test(v) ? `${v}es` : v.endsWith('y') && !/[aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`]));
const SCHEDULE_BASES = new Set(SCHEDULE_VERBS);
const SCHEDULE_WORD = new RegExp(`\\b(?:${[...SCHEDULE_FORMS].join('|')})\\b`, 'i');
/** Before a verb form, words that make it an infinitive, a question or a noun ("to meet", "did meet", "the meeting"). */
const NOT_FINITE_LEADS = new Set([
  'to', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'do', 'does', "don't", "didn't", "doesn't",
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'any', 'no', 'each',
  'every', 'first', 'last', 'next', 'final', 'weekly', 'annual', 'two', 'three', 'of', 'for', 'and', 'or', 'after', 'before', 'its',
]);
const SUBJECT_PRONOUNS = new Set(['they', 'we', 'you', 'i']);
/** How many words back from a date its clause's schedule verb is looked for ("meet separately with X on Monday"). */
const SCHEDULE_REACH = 5;

/**
 * Where, in `text` (the words before a date, within its clause), a schedule verb in the present
 * tense stands, or -1. A base form needs a subject right before it (a name, a pronoun, a plural:
 * "Arafat meet", "they meet", "ministers meet"); an -s form only no determiner ("the visits").
 */
function presentScheduleAt(text: string): number {
  // Most clauses hold no such verb: one scan says so before any splitting into words.
  if (!SCHEDULE_WORD.test(text)) return -1;
  const clause = text.slice(Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf(':')) + 1);
  const offset = text.length - clause.length;
  const words = [...clause.matchAll(/[A-Za-z'’]+/g)];
  for (let k = words.length - 1; k >= 0 && k >= words.length - SCHEDULE_REACH; k--) {
    const word = words[k]![0];
    const lower = word.toLowerCase();
    if (!SCHEDULE_FORMS.has(lower)) continue;
    const lead = words[k - 1]?.[0] ?? '';
    const leadLower = lead.toLowerCase();
    if (NOT_FINITE_LEADS.has(leadLower) || /\d/.test(lead)) return -1;
    if (SCHEDULE_BASES.has(lower) && !(SUBJECT_PRONOUNS.has(leadLower) || /^[A-Z]/.test(lead) || /[^s]s$/.test(leadLower))) return -1;
    return offset + words[k]!.index!;
  }
  return -1;
}

/** Prepositions of a deadline: "by February", "until Tuesday", "through January". */
const DEADLINE_LEADS = new Set(['by', 'until', 'till', 'through']);

/** The tense around text[start, end) within its sentence [sentenceStart, sentenceEnd). */
export function orientationAt(text: string, start: number, end: number, sentenceStart: number, sentenceEnd: number): Orientation {
  let found: Orientation = 'none';
  // "pay down the loan by February", "extended the loans through January": a deadline lies ahead,
  // unless the clause tells of it in the past perfect ("had filed reports by Wednesday", "Until
  // Thursday, they had not called him") or narrates what happened by then ("By Monday, officials
  // hardened their stand").
  if (DEADLINE_LEADS.has(wordBefore(text, start))) {
    let perfect = false;
    eachCue(text.slice(Math.max(sentenceStart, start - PERFECT_LOOK_BACK), Math.min(sentenceEnd, end + LOOK_AHEAD)), (_o, word) => (perfect = word === 'had'));
    if (perfect) return 'past';
    const lead = /\S+\s*$/.exec(text.slice(Math.max(0, start - 16), start));
    if (lead && atSentenceStart(text, start - lead[0].length) && firstCue(text.slice(end, Math.min(sentenceEnd, end + LOOK_AHEAD))) === 'past') return 'past';
    return 'future';
  }
  // "get around Wednesday's ruling": a possessive day names an event of its own, whose tense the
  // main clause does not tell; only the words after it may.
  const possessive = (text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019) && (text.charCodeAt(end + 1) | 0x20) === 115;
  // The last cue before the expression wins, else the first one after it.
  let cueAt = -1;
  const before = text.slice(Math.max(sentenceStart, start - LOOK_BACK), start);
  if (!possessive) eachCue(before, (o, _word, at) => {
    found = o;
    cueAt = at;
    return false;
  });
  // "Arafat and Netanyahu meet separately Monday": a plan told in the present, after any other cue.
  if (!possessive && presentScheduleAt(before) > cueAt) return 'future';
  if (found !== 'none') return found;
  // "In January, a week after the anniversary of the ruling, a bombing killed …": a date that
  // opens its sentence is told by the main verb, however long the words set off before it.
  const opening = /^\s*,/.test(text.slice(end, end + 3)) && opensSentence(text, start);
  return firstCue(text.slice(end, Math.min(sentenceEnd, end + (opening ? LOOK_AHEAD * 3 : LOOK_AHEAD))));
}

/** The expression starts its sentence, alone or after one word ("January, …", "In January, …"). */
function opensSentence(text: string, start: number): boolean {
  if (atSentenceStart(text, start)) return true;
  const lead = /\b[A-Za-z]+\s+$/.exec(text.slice(Math.max(0, start - 16), start));
  return lead !== null && atSentenceStart(text, start - lead[0].length);
}

/** The tense of the first cue in `text`, or 'none'. */
function firstCue(text: string): Orientation {
  let found: Orientation = 'none';
  eachCue(text, (o) => {
    found = o;
    return true;
  });
  return found;
}
