import type { Doc, EntityType, Mention } from '../../doc/schema.js';
import type { Kb } from '../../kb/kb.js';
import { conllType, LABEL_INDEX, type NerType } from '../../ner/labels.js';
import { startsLower, startsUpper } from '../../text/case.js';
import type { NerModel } from '../../ner/model.js';
import { tagSentences } from '../../ner/tagger.js';
import { lowerTokens } from '../../doc/lexicon.js';
import { newMention } from './mention.js';
import { isFusedModifier } from './modifiers.js';

const TYPE: Record<NerType, EntityType> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'LOCATION', MISC: 'MISC' };

/**
 * Rules whose evidence says what a name is, beyond its shape: the knowledge base, a title before
 * it, a spelling variant of a name already found, a media cue ("the daily …"). The other
 * capitalized-word rules only guess, and the trained recognizer decides in their place.
 */
function isStrong(m: Mention): boolean {
  if (m.kind === 'pronoun' || m.kind === 'title') return true;
  const r = m.rule;
  return r.startsWith('gazetteer:') || r === 'name:titled-person' || r.startsWith('name:variant-of:') || r === 'name:known-actor-surname' || r === 'name:media-cue' || r === 'name:media-head';
}

/**
 * A known name inside a longer name ("U.S. Open", "Bank of England", "Real Madrid", "Richard
 * Finn") is part of that name; titled people and variants are not known names.
 */
function isSwallowable(doc: Doc, m: Mention, r: { start: number; end: number }): boolean {
  if (!m.rule.startsWith('gazetteer:') || m.type === 'PERSON' || r.start > m.start || m.end > r.end) return false;
  // "The Kremlin" is the Kremlin: an article or punctuation around a known name adds no name.
  const extra = doc.text.slice(r.start, m.start) + ' ' + doc.text.slice(m.end, r.end);
  return !/^[\s\p{P}]*(?:the|a|an)?[\s\p{P}]*$/iu.test(extra);
}

/** One sentence as the recognizer reads it: parallel lists of words, tags and character spans. */
interface WordSentence {
  texts: string[];
  lower: string[];
  pos: string[];
  starts: number[];
  ends: number[];
}

/**
 * The document's sentences as words the way the recognizer was trained on them (CoNLL-2003):
 * hyphenated words ("al-Assad", "year-old") and initials ("A.") are one word, where the
 * tokenizer splits them, and quotation marks are ASCII.
 */
function recognizerWords(doc: Doc): WordSentence[] {
  const sentences: WordSentence[] = [];
  const toks = doc.tokens;
  const lowerAll = lowerTokens(doc);
  let cur: WordSentence | undefined;
  let curIndex = -1;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.sentence !== curIndex || !cur) {
      cur = { texts: [], lower: [], pos: [], starts: [], ends: [] };
      sentences.push(cur);
      curIndex = t.sentence;
    }
    const n = cur.ends.length;
    const lastStart = n > 0 ? cur.starts[n - 1]! : -1;
    const lastEnd = n > 0 ? cur.ends[n - 1]! : -1;
    if (lastEnd === t.start && (isHyphenJoin(doc.text, lastStart, lastEnd, t, toks[k + 1]) || isInitialDot(doc.text, lastStart, lastEnd, t))) {
      cur.ends[n - 1] = t.end;
      cur.texts[n - 1] = asTrained(doc.text.slice(lastStart, t.end));
      cur.lower[n - 1] = cur.texts[n - 1]!.toLowerCase();
    } else {
      const word = asTrained(t.text);
      cur.texts.push(word);
      cur.lower.push(word === t.text ? lowerAll[k]! : word.toLowerCase());
      cur.pos.push(t.pos);
      cur.starts.push(t.start);
      cur.ends.push(t.end);
    }
  }
  return sentences;
}

function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(c);
}

/** Whether token t continues the word lastStart..lastEnd across a hyphen ("al-Assad"). */
function isHyphenJoin(text: string, lastStart: number, lastEnd: number, t: { start: number; end: number; text: string }, next: { start: number } | undefined): boolean {
  if (t.text === '-') return isWordChar(text[lastEnd - 1]) && next !== undefined && next.start === t.end && isWordChar(text[t.end]);
  return text[lastEnd - 1] === '-' && lastEnd - lastStart > 1 && isWordChar(text[t.start]);
}

/** Whether token t is the dot of an initial ("A.") ending at lastEnd. */
function isInitialDot(text: string, lastStart: number, lastEnd: number, t: { text: string }): boolean {
  return t.text === '.' && lastEnd - lastStart === 1 && /\p{Lu}/u.test(text[lastStart]!);
}

/** Parts of speech of lowercase words that start a clause, which no name goes on into. */
const NOT_IN_NAME_POS = new Set(['VERB', 'PART', 'PRON', 'SCONJ']);

/** Marks that may open a sentence before its first word, as the recognizer's words write them. */
const OPENING = new Set(['"', "'", '(', '[']);

// The training text writes quotation marks in ASCII.
const ASCII_QUOTES: Record<string, string> = { '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'" };
const asTrained = (w: string) => (w.length === 1 ? (ASCII_QUOTES[w] ?? w) : w.includes('’') ? w.replace(/’/g, "'") : w);

/**
 * The words a recognized span names, [a, b), or null for no name: stray punctuation at the edges
 * is left out, a name ends on a capitalized word ("the Wooster professor" is a title, not the
 * organization "Wooster professor"), a person's titles are not part of the name, and a title
 * alone ("Vice President", "Leader") names no one.
 */
export function nameBounds(words: readonly string[], a: number, b: number, person: boolean, kb: Kb, pos?: readonly string[]): [number, number] | null {
  // "Parliament, said, "We", "Mme Spanton did not lie": a name the recognizer could not close in time (a span once
  // opened must go on) ends before a verb or a pronoun, and before a comma or colon that a lowercase word or a
  // quotation follows ("Goldman, Sachs & Co", "Mission: Impossible" go on). A short auxiliary may be a particle of
  // another language ("Bild am Sonntag", "Vale do Rio Doce"), and "to" joins names ("Committee to Protect Journalists").
  for (let k = a + 1; k < b; k++) {
    const w = words[k]!;
    const next = words[k + 1];
    const clause = pos !== undefined && startsLower(w) && w !== 'to' && (NOT_IN_NAME_POS.has(pos[k]!) || (pos[k] === 'AUX' && w.length > 2));
    if (clause || ((w === ',' || w === ':' || w === ';') && next !== undefined && (startsLower(next) || next === '"'))) {
      b = k;
      break;
    }
  }
  while (a < b && !isWordChar(words[a]![0])) a++;
  while (b > a && !isWordChar(words[b - 1]![words[b - 1]!.length - 1])) b--;
  // "Tesco and Denmark-based retailer Salling": a compound adjective after a lowercase word is no part of the name before it.
  if (b - a > 2 && isFusedModifier(words[b - 1]!)) {
    let k = b - 2;
    while (k > a && !startsLower(words[k]!)) k--;
    if (k > a) b = k;
  }
  while (b - a > 1 && startsLower(words[b - 1]!)) b--;
  // "I've always been like that": the pronoun, which the recognizer reads as a capital letter.
  if (b - a === 1 && words[a] === 'I') return null;
  if (person) while (b - a > 1 && kb.personTitles.has(words[a]!)) a++;
  // "Diplomatic Advisor", "Policy Advisor": a title's phrase, unless it is an office's name ("Office of the Prime Minister").
  if (!person && b - a > 1 && kb.personTitles.has(words[b - 1]!) && !words.slice(a, b).some((w) => kb.orgHeads.has(w))) return null;
  // "State Department Deputy Assistant Secretary", "Coast Guard Commandant": titles right after an organization's head
  // are a role in it, no part of its name (a word that only qualifies titles, "Alliance Party", is no role).
  if (!person && kb.personTitles.has(words[b - 1]!) && kb.personRoles.has(words[b - 1]!.toLowerCase())) {
    let t = b;
    while (t > a && kb.personTitles.has(words[t - 1]!)) t--;
    if (t > a && kb.orgHeads.has(words[t - 1]!)) b = t;
  }
  let titleOnly = true;
  for (let k = a; k < b && titleOnly; k++) titleOnly = kb.personTitles.has(words[k]!) || words[k] === '-';
  return titleOnly ? null : [a, b];
}

/**
 * The type a recognized name's own words give, where they contradict the recognizer: no person's
 * name ends in "Avenue", "Island" or "Council", nor opens with "Mount" or "Masjid" ("Karl Marx
 * Avenue", "Andros Island", "Masjid Negara" are places, "Marine Corps Council" an organization),
 * and a house of worship is a place, not an organization ("Sultan Qaboos Grand Mosque"). A lone
 * word ("Park", "Church") may be a surname, so only names of two words or more are retyped.
 */
export function typeByHead(words: readonly string[], a: number, b: number, type: EntityType, kb: Kb): EntityType {
  // "the Court ruled", "Parliament voted": a state's institution named by its head alone is no place or thing. (A
  // person may be named "Court", and a "School" or a "Bank" may be where something is.)
  if (b - a === 1 && (type === 'LOCATION' || type === 'MISC') && kb.orgHeads.has(words[a]!) && (kb.sectorWords.get(words[a]!.toLowerCase()) ?? []).some((x) => STATE_SECTORS.has(x))) return 'ORGANIZATION';
  if (b - a < 2 || (type !== 'PERSON' && type !== 'ORGANIZATION')) return type;
  const last = words[b - 1]!;
  if (type === 'ORGANIZATION') return kb.worshipHeads.has(last) ? 'LOCATION' : type;
  // "Sung-Hee Park", "Shirley Temple": a head that is also a surname ends a two-word name as often as a place's.
  if (b - a === 2 && kb.surnameHeads.has(last)) return type;
  if (kb.facilityHeads.has(last) || kb.facilityLeads.has(words[a]!)) return 'LOCATION';
  if (kb.orgHeads.has(last)) return 'ORGANIZATION';
  return type;
}

const STATE_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'COP']);

/** Honorifics only a person's name takes. */
const HONORIFICS = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Mme', 'Mme.', 'Mlle', 'Mlle.', 'Dr', 'Dr.']);

/** The end of the last organization head in words [a, b), or a when there is none. */
function orgHeadEnd(words: readonly string[], a: number, b: number, kb: Kb): number {
  for (let k = b; k > a; k--) if (kb.orgHeads.has(words[k - 1]!)) return k;
  return a;
}

/**
 * Where a person's name starts at the end of an organization's span, or -1: a given name and a
 * surname after the organization's head and at most two more capitalized words, a title the
 * knowledge base may not know ("House Intelligence Committee Represenative Adam Schiff", "Ford
 * Motor Co. Chairman Donald Petersen"). A name that goes on after its head ("Bank of America
 * Merrill Lynch", "Committee to Elect Adam Smith") or ends on one ("Tony Blair Institute") is
 * the organization's own.
 */
export function trailingPerson(words: readonly string[], a: number, b: number, kb: Kb): number {
  const given = b - 2;
  if (given - a < 2 || !kb.givenNames.has(words[given]!) || !startsUpper(words[b - 1]!) || kb.orgHeads.has(words[b - 1]!)) return -1;
  const head = orgHeadEnd(words, a, given, kb);
  if (head === a || given - head > 2) return -1;
  // A title between, one word each ("Represenative", "Mil Aide"), not a phrase ("Non-Profit Job Creators").
  for (let k = head; k < given; k++) if (!startsUpper(words[k]!) || kb.orgHeads.has(words[k]!) || /[-\d]/.test(words[k]!)) return -1;
  if (kb.personTitles.has(words[b - 1]!)) return -1;
  return given;
}

/**
 * Names the trained recognizer finds in the document's sentences, as character spans cut to the
 * words they name (`nameBounds`).
 */
export function recognizeNames(doc: Doc, kb: Kb, model: NerModel, rules: Mention[] = []): Array<{ start: number; end: number; type: EntityType }> {
  const sentences = recognizerWords(doc);
  const spans = tagSentences(sentences.map((ws) => ws.texts), model, kb, sentences.map((ws) => ws.pos), knownLabels(doc, sentences, rules), sentences.map((ws) => ws.lower));
  const out: Array<{ start: number; end: number; type: EntityType }> = [];
  const inContext = new Map<number, Mention>();
  for (const m of rules) if (m.rule === 'name:person-apposition') inContext.set(m.start, m);
  spans.forEach((ss, s) => {
    const { texts: words, starts, ends } = sentences[s]!;
    for (const sp of ss) {
      const w0 = sp.start - 1;
      // "Vijay Goel, a member of …": opening a sentence, where case says little, a given name the recognizer never saw
      // is taken for a word, and the surname alone for something else ("Goel", a place to it). The rules' person,
      // named so by a role or a noun for a person in apposition, is the name.
      const person = w0 === 0 || (w0 === 1 && OPENING.has(words[0]!)) ? inContext.get(starts[w0]!) : undefined;
      if (person && person.end === ends[sp.end - 1] && !words[w0]!.includes('-') && !model.knowsWord(sentences[s]!.lower[w0]!)) {
        out.push({ start: person.start, end: person.end, type: 'PERSON' });
        continue;
      }
      // "Mme Spanton", "Mr. Okafor": a name after a personal honorific is a person's, whatever the recognizer's type.
      const honored = sp.type !== 'PER' && sp.end - sp.start > 1 && HONORIFICS.has(words[sp.start]!);
      const bounds = nameBounds(words, sp.start, sp.end, sp.type === 'PER' || honored, kb, sentences[s]!.pos);
      if (!bounds) continue;
      const [a, b] = bounds;
      if (honored) {
        out.push({ start: starts[a]!, end: ends[b - 1]!, type: 'PERSON' });
        continue;
      }
      const member = sp.type === 'ORG' ? trailingPerson(words, a, b, kb) : -1;
      // A person the rules found by a title ("Bureau Chief Susan Page") already drops the span, as it did before.
      if (member > 0 && !rules.some((m) => m.type === 'PERSON' && isStrong(m) && m.start <= starts[member]! && m.end >= ends[b - 1]!)) {
        // "House Intelligence Committee Represenative Adam Schiff": the committee, then its member.
        out.push({ start: starts[a]!, end: ends[orgHeadEnd(words, a, member, kb) - 1]!, type: 'ORGANIZATION' });
        out.push({ start: starts[member]!, end: ends[b - 1]!, type: 'PERSON' });
        continue;
      }
      out.push({ start: starts[a]!, end: ends[b - 1]!, type: typeByHead(words, a, b, TYPE[sp.type], kb) });
    }
  });
  return out;
}

/** BILOU label numbers by position in a span of one type. */
const SPAN_LABELS = new Map(
  (['PER', 'ORG', 'LOC', 'MISC'] as const).map((type) => [type, { U: LABEL_INDEX.get(`U-${type}`)!, B: LABEL_INDEX.get(`B-${type}`)!, I: LABEL_INDEX.get(`I-${type}`)!, L: LABEL_INDEX.get(`L-${type}`)! }]),
);

/**
 * Labels the rules already settle, so the recognizer need not score those words: a name the
 * knowledge base or a clear cue gives, which nothing capitalized follows (so no longer name can
 * swallow it: "U.S. Open" is scored), and titles, which are no part of a name. The merge keeps
 * such names whatever the recognizer says; scoring them would only cost time.
 */
function knownLabels(doc: Doc, sentences: WordSentence[], rules: Mention[]): Array<Int16Array | undefined> {
  const out: Array<Int16Array | undefined> = [];
  const bySentence = new Map<number, Mention[]>();
  let s = 0;
  for (const m of rules) {
    if (!isStrong(m) || m.kind === 'pronoun') continue;
    while (s < sentences.length && sentences[s]!.ends[sentences[s]!.ends.length - 1]! <= m.start) s++;
    if (s >= sentences.length) break;
    let list = bySentence.get(s);
    if (!list) bySentence.set(s, (list = []));
    list.push(m);
  }
  for (const [si, ms] of bySentence) {
    const { starts, ends } = sentences[si]!;
    const labels = new Int16Array(starts.length).fill(-1);
    let w = 0;
    for (const m of ms) {
      while (w < starts.length && starts[w]! < m.start) w++;
      if (w >= starts.length || starts[w] !== m.start) continue;
      let e = w;
      while (e < ends.length && ends[e]! < m.end) e++;
      if (e >= ends.length || ends[e] !== m.end) continue;
      if (e + 1 < starts.length && startsUpper(doc.text.slice(starts[e + 1]!, starts[e + 1]! + 1))) continue;
      const type = conllType(m);
      const span = type === null ? undefined : SPAN_LABELS.get(type)!;
      for (let k = w; k <= e; k++) labels[k] = span === undefined ? 0 : e === w ? span.U : k === w ? span.B : k === e ? span.L : span.I;
    }
    out[si] = labels;
  }
  return out;
}

/**
 * The spans of a list that overlap a query span, in list order, without comparing every pair: the
 * list is sorted by start, and a running maximum of ends says where overlaps can begin.
 */
function overlapFinder<T extends { start: number; end: number }>(list: readonly T[]): (q: { start: number; end: number }) => T[] {
  const sorted = [...list].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let max = -Infinity;
  for (const x of sorted) maxEnd.push((max = Math.max(max, x.end)));
  return (q) => {
    // First index whose running maximum end passes the query's start: nothing before it can overlap.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (maxEnd[mid]! <= q.start) lo = mid + 1;
      else hi = mid;
    }
    const found: T[] = [];
    for (let k = lo; k < sorted.length && sorted[k]!.start < q.end; k++) if (sorted[k]!.end > q.start) found.push(sorted[k]!);
    return found;
  };
}

/**
 * Joins the recognizer's names with the rule-based mentions. What the knowledge base or a clear
 * cue (a title, a speech verb, a surname seen in full) says stands; names the rules only guessed
 * at, or missed, take the recognizer's span and type.
 */
export function mergeRecognized(doc: Doc, rules: Mention[], recognized: Array<{ start: number; end: number; type: EntityType }>, orgHeads: ReadonlySet<string> = new Set()): Mention[] {
  const out: Mention[] = [];
  const drop = new Set<Mention>();
  const overlaps = overlapFinder(rules);
  const recognizedOverlaps = overlapFinder(recognized);
  // A guessed name the recognizer does not see as a name is no name, unless it is the surname of
  // a person the recognizer found in full ("Putin" in "Putin-Trump summit", "Vladimir Putin" above).
  const fullNames = recognized.filter((r) => r.type === 'PERSON').map((r) => doc.text.slice(r.start, r.end));
  const confirmedSurname = (m: Mention) => m.rule === 'name:surname-of-full-name' && fullNames.some((n) => n.endsWith(' ' + m.text));
  // "MRC Centre for Global Infectious Disease Analysis": an organization's head, a connector and the words after it are
  // one name, which the recognizer splits at the connector; a longer name it finds around it ("United States
  // Department of Justice", "American Civil Liberties Union") is that organization.
  const strong = new Set<Mention>();
  const orgAround = new Set<{ start: number; end: number; type: EntityType }>();
  for (const m of rules) {
    // "New Jersey" where the recognizer saw "Jersey" alone (or nothing) is the state; where it saw the whole, its type
    // stands ("North Sydney" beat …: a team).
    if (m.rule === 'name:place-of-words') {
      if (!recognizedOverlaps(m).some((r) => r.start === m.start && r.end === m.end)) strong.add(m);
      continue;
    }
    // "Constitutional Court", "National Hurricane Center": the recognizer keeps only the head ("Court", often a
    // person's name to it); the organization's name is the run of capitalized words its head ends.
    if (m.rule === 'name:org-head') {
      const found = recognizedOverlaps(m);
      if (!orgHeads.has(m.text.slice(m.text.lastIndexOf(' ') + 1))) continue;
      if (found.length > 0 && found.every((r) => r.start > m.start && r.end <= m.end) && found.some((r) => r.end === m.end)) strong.add(m);
      continue;
    }
    if (m.rule !== 'name:org-of') continue;
    const around = recognizedOverlaps(m).filter((r) => r.start <= m.start && r.end >= m.end && r.end - r.start > m.end - m.start);
    for (const r of around) orgAround.add(r);
    if (around.length) continue;
    strong.add(m);
    // "American Civil Liberties Union of Montana": the name begins where the recognizer begins it, before an article only.
    const before = recognizedOverlaps(m).find((r) => r.start < m.start && r.end > m.start);
    if (before && !/^(?:the|a|an)\s*$/i.test(doc.text.slice(before.start, m.start))) {
      m.start = before.start;
      m.text = doc.text.slice(m.start, m.end);
      for (const x of overlaps(m)) {
        if (x === m || !isSwallowable(doc, x, m)) continue;
        drop.add(x);
        if (x.country && !m.country) m.country = x.country;
      }
    }
  }
  const isFirm = (m: Mention) => isStrong(m) || strong.has(m);
  for (const m of rules) if (!isFirm(m) && !confirmedSurname(m) && recognizedOverlaps(m).length === 0) drop.add(m);
  for (const r of recognized) {
    const overlapping = overlaps(r).filter((m) => m.kind !== 'pronoun');
    if (overlapping.some((m) => isFirm(m) && !isSwallowable(doc, m, r))) continue;
    // Nationalities and events do not speak: "Okafor said" is someone, whatever the recognizer guessed.
    if (r.type === 'MISC' && overlapping.some((m) => m.rule === 'name:speaker-of-verb')) continue;
    for (const m of overlapping) drop.add(m);
    const type = orgAround.has(r) ? 'ORGANIZATION' : r.type;
    const mention = newMention(r.start, r.end, doc.text.slice(r.start, r.end), { type, kind: 'name', rule: `ner:${type.toLowerCase()}` });
    // "Iranian Foreign Ministry", "Bank of England": the country of a swallowed name stays known.
    // "New Jersey", "New Mexico", "New England" are named after a country, not in it; "British Columbia" and
    // "French Polynesia" are places a nationality names, not in that country: the places layer knows where they are.
    const named = (m: Mention) => (m.type === 'COUNTRY' && /^New\s+$/.test(doc.text.slice(r.start, m.start))) || (r.type === 'LOCATION' && m.kind === 'demonym');
    const country = overlapping.find((m) => m.country && r.type !== 'PERSON' && !named(m))?.country;
    if (country) mention.country = country;
    out.push(mention);
  }
  for (const m of rules) if (!drop.has(m)) out.push(m);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
