/**
 * The words that name an event, reduced to stems so that a later mention finds the sentence that
 * dated it: "a week before arriving in Tehran" finds "arrived in Tehran on Wednesday", "ten days
 * before the shooting" finds "was shot to death last Oct. 23", and "was shot to death at 10 p.m."
 * finds the same sentence for its clock time.
 */
import { isRegularPast, PAST_CUES } from './model/lexicon.js';

/** Words skipped on the way to the event after "before"/"after": determiners, pronouns, auxiliaries. */
const EVENT_SKIP = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'to', 'he', 'she', 'it', 'they', 'we', 'i',
  'you', 'was', 'were', 'had', 'has', 'have', 'been', 'being', 'having', 'is', 'are', 'first', 'last', 'finally',
]);

function stemOf(word: string): string | null {
  const stem = word.toLowerCase().replace(/(?:ing|ed|es|al|ment|ion|s|e)$/, '');
  return stem.length >= 3 ? stem : null;
}

const AUXILIARIES = new Set(['was', 'were', 'had', 'has', 'have', 'is', 'are', 'been', 'be']);

/**
 * The stem of the event after "before"/"after" ("arriving in Tehran" → "arriv", "the vote" →
 * "vot"), or null when none is in the next few words. Capitalized words (names) are passed over,
 * and so is the subject of a clause: "after his team was effectively blocked" → "block".
 */
export function eventStem(text: string, from: number): string | null {
  const re = /\s*([A-Za-z]+)/y;
  re.lastIndex = from;
  let subject = false;
  let afterAuxiliary = false;
  for (let k = 0; k < 7; k++) {
    const m = re.exec(text);
    if (!m) return null;
    const word = m[1]!;
    const lower = word.toLowerCase();
    if (subject && AUXILIARIES.has(lower)) {
      subject = false;
      afterAuxiliary = true;
      continue;
    }
    // "was effectively blocked": the adverb between the auxiliary and its verb.
    if (EVENT_SKIP.has(lower) || /^[A-Z]/.test(word) || (afterAuxiliary && lower.endsWith('ly'))) continue;
    const next = /\s*([A-Za-z]+)/y;
    next.lastIndex = re.lastIndex;
    const following = next.exec(text)?.[1]?.toLowerCase();
    if (!subject && following && AUXILIARIES.has(following)) {
      subject = true;
      continue;
    }
    return stemOf(word);
  }
  return null;
}

/**
 * Irregular verbs frequent in news, as the stem of the base form (what eventStem makes of "the
 * shooting", "fleeing") and the past forms a dated sentence uses ("was shot", "fled").
 */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  shoot: ['shot'], slay: ['slain', 'slew'], meet: ['met'], leav: ['left'], fly: ['flew', 'flown'], buy: ['bought'], sell: ['sold'],
  strik: ['struck'], speak: ['spoke', 'spoken'], break: ['broke', 'broken'], tak: ['took', 'taken'], giv: ['gave', 'given'],
  beginn: ['began', 'begun'], winn: ['won'], los: ['lost'], hold: ['held'], bring: ['brought'], seek: ['sought'], flee: ['fled'],
  find: ['found'], writ: ['wrote', 'written'], choos: ['chose', 'chosen'], steal: ['stole', 'stolen'], driv: ['drove', 'driven'],
  catch: ['caught'], build: ['built'], fight: ['fought'], fall: ['fell', 'fallen'], ris: ['rose', 'risen'], sink: ['sank', 'sunk'],
  com: ['came'], send: ['sent'], spend: ['spent'], hid: ['hid', 'hidden'], lead: ['led'], runn: ['ran'],
  throw: ['threw', 'thrown'], withdraw: ['withdrew', 'withdrawn'], swear: ['swore', 'sworn'], tell: ['told'], say: ['said'],
};

/** Past form → stem of its base ("shot" → "shoot"). */
const BASE_OF: ReadonlyMap<string, string> = new Map(Object.entries(IRREGULAR).flatMap(([base, forms]) => forms.map((f) => [f, base] as [string, string])));

/**
 * Words news uses in turn for one event, as stems: "10 days before the murder" is dated by "was
 * shot to death on Oct. 23", "two days after the bombing" by "the blast on Aug. 7".
 */
const SAME_EVENT: readonly (readonly string[])[] = [
  ['murder', 'kill', 'slay', 'shoot', 'assassinat'],
  ['bomb', 'blast', 'explos', 'explod'],
];
const FAMILY_OF: ReadonlyMap<string, readonly string[]> = new Map(SAME_EVENT.flatMap((family) => family.map((stem) => [stem, family] as [string, readonly string[]])));

/**
 * The forms a stem may take in another sentence: itself, the irregular forms of the same verb,
 * and the words told of the same event.
 */
export function stemForms(stem: string): string[] {
  const base = BASE_OF.get(stem) ?? stem;
  const family = FAMILY_OF.get(base) ?? [base];
  return family.flatMap((b) => [b, ...(IRREGULAR[b] ?? [])]);
}

/** Past forms that tell no event of their own: auxiliaries, verbs of saying, and the past adverbs of PAST_CUES. */
const NO_EVENT = new Set(['was', 'were', 'had', 'did', 'said', 'told', 'ago', 'earlier', 'previously', 'last', 'got', 'became', 'made']);
const IRREGULAR_PAST = new Set(PAST_CUES.filter((w) => !NO_EVENT.has(w)));

/** How many words back from a clock time its verb is looked for ("observed Kopp's car at 6 a.m."). */
const VERB_REACH = 5;

/**
 * The stem of the past-tense verb a clock time belongs to ("was shot to death at 10 p.m." →
 * "shot"), looked for a few words back within the sentence; null when there is none.
 */
export function verbStemBefore(text: string, at: number, sentenceStart: number): string | null {
  const words = text.slice(Math.max(sentenceStart, at - 60), at).match(/[A-Za-z]+(?:'s)?/g) ?? [];
  for (let k = words.length - 1; k >= 0 && k >= words.length - VERB_REACH; k--) {
    const word = words[k]!.toLowerCase();
    if (IRREGULAR_PAST.has(word)) return word;
    if (isRegularPast(word)) return stemOf(word);
  }
  return null;
}
