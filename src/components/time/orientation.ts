/**
 * Which way a bare "Wednesday" or "December" points. News narrates the past, so a weekday goes
 * back to the most recent one unless the clause speaks of the future ("will meet on Monday",
 * "is scheduled to close Monday"). The nearest tense cue wins: the one just before the
 * expression in the same sentence, else the first one after it.
 */
import { FUTURE_CUES, NOT_PAST_ED, PAST_CUES } from './model/lexicon.js';

export type Orientation = 'past' | 'future' | 'none';

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

const FUTURE_SOURCE = FUTURE_CUES.map((w) => (w.startsWith("'") ? `${escape(w)}\\b` : `\\b${escape(w)}\\b`)).join('|');
const PAST_SOURCE = `\\b(?:${PAST_CUES.map(escape).join('|')})\\b|\\b[a-z]{2,}ed\\b`;
const CUE = new RegExp(`(${FUTURE_SOURCE})|(${PAST_SOURCE})`, 'gi');
const NOT_PAST = new Set(NOT_PAST_ED);

const LOOK_BACK = 70;
const LOOK_AHEAD = 50;

interface Cue {
  at: number;
  orientation: 'past' | 'future';
}

function cuesIn(text: string): Cue[] {
  const cues: Cue[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    if (m[1]) cues.push({ at: m.index, orientation: 'future' });
    // "will be paid Dec. 14": a participle after "be" is a passive, not a past tense.
    else if (!NOT_PAST.has(m[0].toLowerCase()) && !/\bbe\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) cues.push({ at: m.index, orientation: 'past' });
  }
  return cues;
}

/** The tense around text[start, end) within its sentence [sentenceStart, sentenceEnd). */
export function orientationAt(text: string, start: number, end: number, sentenceStart: number, sentenceEnd: number): Orientation {
  const before = cuesIn(text.slice(Math.max(sentenceStart, start - LOOK_BACK), start));
  if (before.length) return before[before.length - 1]!.orientation;
  const after = cuesIn(text.slice(end, Math.min(sentenceEnd, end + LOOK_AHEAD)));
  if (after.length) return after[0]!.orientation;
  return 'none';
}
