import type { Doc, Mention } from '../../../doc/schema.js';
import type { Kb } from '../../../kb/kb.js';
import { startsUpper } from '../../../text/case.js';
import { lowerTokens } from '../../../doc/lexicon.js';
import { ACTOR_NOUNS, ACTOR_OBJECT_VERBS, CITY_NOUNS, NAME_CONNECTORS, PLACE_MODIFIERS, POSSESSIVE_MARKS, REGION_NOUNS, SPATIAL_PREPS } from '../model/cues.js';
import { foldName } from '../model/fold.js';
import type { Candidate, Gazetteer } from '../model/gazetteer.js';

/** A stretch of text that names a place, with what its surroundings say about it. */
export interface PlaceSpan {
  start: number;
  end: number;
  text: string;
  key: string;
  candidates: readonly Candidate[];
  /** First and one-past-last token. */
  first: number;
  last: number;
  sentence: number;
  /** The entity mention it lies in, if any. */
  mention: Mention | null;
  /** A spatial preposition governs it ("in", "near", "from"). */
  spatial: boolean;
  /** "state"/"province" follows or "state of" precedes: a region; "city" likewise: a settlement. */
  cue: 'region' | 'city' | null;
  /** Used for a government or a state acting ("Washington said", "Moscow's ambassador"), not a location. */
  metonymic: boolean;
  /** Followed by "'s". */
  possessive: boolean;
}

/** Longest name tried, in tokens ("Baghdad International Airport", "Washington, D.C."). */
const MAX_TOKENS = 6;

/**
 * Every place name in the text: the names the entity layer found as countries and locations, and names of the
 * gazetteer it typed otherwise or missed when the words around them say they are places. A name inside a
 * person's name or an outlet's ("Michael Jordan", "The Washington Post") is no place.
 */
export function findPlaceSpans(doc: Doc, kb: Kb, gazetteer: Gazetteer): PlaceSpan[] {
  const { tokens, text } = doc;
  const coverOf = coveringMentions(doc);
  const surnames = personSurnames(doc);
  const spans: PlaceSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!startsUpper(t.text)) continue;
    const m = coverOf(i);
    // A demonym, a title or a pronoun is never a place; neither are the entity layer's metonyms that are no
    // capital ("the Kremlin", "the Islamic Republic").
    if (m && (m.kind === 'demonym' || m.kind === 'title' || m.kind === 'pronoun' || m.kind === 'surname' || isSeatOfPower(m))) continue;
    const found = longestName(doc, gazetteer, i);
    if (!found) continue;
    const { last, key } = found;
    let { candidates } = found;
    // An all-capitals abbreviation ("UN", "EU") is no town that happens to be spelled so ("Un", India):
    // only countries and reviewed entries have such short forms.
    if (last - i === 1 && t.text.length <= 4 && t.text === t.text.toUpperCase()) {
      candidates = candidates.filter((c) => c.source === 'country' || c.source === 'reviewed');
      if (!candidates.length) continue;
    }
    const start = t.start;
    const end = tokens[last - 1]!.end;
    if (!m || !isPlaceMention(m)) candidates = spelledAsWritten(text.slice(start, end), candidates);
    if (!candidates.length) continue;
    const spatial = spatialBefore(doc, i);
    if (!accept(doc, kb, i, last, m, candidates, surnames, spatial)) continue;
    if (m && !isPlaceMention(m) && last - i === 1 && lonelyWord(doc, kb, gazetteer, i, m, candidates, spatial)) continue;
    const span: PlaceSpan = {
      start, end, text: text.slice(start, end), key, candidates, first: i, last, sentence: t.sentence, mention: m,
      spatial, cue: cueAround(doc, i, last), metonymic: false, possessive: POSSESSIVE_MARKS.has(tokens[last]?.text ?? ''),
    };
    span.metonymic = !span.spatial && actsAsActor(doc, kb, span);
    spans.push(span);
    i = last - 1;
  }
  return spans;
}

/**
 * "a gift from God" is no trip to Göd: where the entity layer saw no place, a town whose name has letters
 * with diacritics the text wrote without them is only kept when it is well known, while a country, a region
 * or a reviewed entry ("Sao Paulo") stands however it is spelled.
 */
function spelledAsWritten(written: string, candidates: readonly Candidate[]): readonly Candidate[] {
  if (!/^[\x20-\x7e]*$/.test(written)) return candidates;
  return candidates.filter((c) => c.source !== 'city' || c.population >= UNCUED_POPULATION || /^[\x20-\x7e]*$/.test(c.name));
}

/**
 * "Kamloops Police", "Abu Dhabi Media", "Sudesh Amman": a capitalized word that goes on a name the entity layer
 * found is no place of its own. Words that place a name ("Northern Syria", "County Galway", "North Karnataka"),
 * a comma or a preposition ("Biobio Region in Chile") and a hyphen ("Nagorno-Karabakh") leave it one.
 */
function goesOnName(before: string): boolean {
  if (/[,(]/.test(before) || /-\s*$/.test(before)) return false;
  const words = before.trim().split(/\s+/);
  if (words.some((w) => !startsUpper(w))) return false;
  return !words.every((w) => PLACE_MODIFIERS.has(w.toLowerCase()) || w === 'County');
}

const isPlaceMention = (x: Mention) => x.type === 'COUNTRY' || x.type === 'LOCATION';

/** A building or street that stands for a government ("the White House", "Downing Street"): no town of that name. */
const isSeatOfPower = (x: Mention) => x.kind === 'metonym' && x.rule === 'gazetteer:metonym';

/**
 * The mention covering a token, for tokens asked in increasing order: a country or location when there is
 * one ("Georgia" inside "Georgia state police"), else the longest.
 */
function coveringMentions(doc: Doc): (i: number) => Mention | null {
  const mentions = doc.mentions;
  let k = 0;
  return (i) => {
    const t = doc.tokens[i]!;
    while (k < mentions.length && mentions[k]!.end <= t.start) k++;
    let out: Mention | null = null;
    for (let j = k; j < mentions.length && mentions[j]!.start < t.end; j++) {
      const m = mentions[j]!;
      if (m.end <= t.start) continue;
      if (!out || (isPlaceMention(m) && !isPlaceMention(out)) || (isPlaceMention(m) === isPlaceMention(out) && m.end - m.start > out.end - out.start)) out = m;
    }
    return out;
  };
}

/** The longest run of capitalized words (with connectors) from token i that the gazetteer knows. */
function longestName(doc: Doc, gazetteer: Gazetteer, i: number): { last: number; key: string; candidates: readonly Candidate[] } | null {
  const { tokens, text } = doc;
  const sentence = tokens[i]!.sentence;
  const firstKey = foldName(tokens[i]!.text);
  let stop = i + 1;
  if (!gazetteer.startsLongName(firstKey)) {
    const candidates = gazetteer.lookup(firstKey);
    return candidates.length ? { last: i + 1, key: firstKey, candidates } : null;
  }
  // Extend over capitalized words, connectors between them, and a comma before a capitalized word
  // ("Washington, D.C."); the run never leaves the sentence.
  while (stop < tokens.length && stop - i < MAX_TOKENS && tokens[stop]!.sentence === sentence) {
    const w = tokens[stop]!.text;
    if (startsUpper(w) || /^\d/.test(w)) stop++;
    else if ((NAME_CONNECTORS.has(w) || w === ',' || w === '-') && stop + 1 < tokens.length && startsUpper(tokens[stop + 1]!.text)) stop++;
    else break;
  }
  for (let last = stop; last > i; last--) {
    const end = tokens[last - 1]!.text;
    if (end === ',' || NAME_CONNECTORS.has(end)) continue;
    const key = foldName(text.slice(tokens[i]!.start, tokens[last - 1]!.end));
    let candidates = gazetteer.lookup(key);
    if (!candidates.length && key.startsWith('the ')) candidates = gazetteer.lookup(key.slice(4));
    if (candidates.length) return { last, key, candidates };
  }
  return null;
}

/** Whether a gazetteer match at tokens [i, last) is a place here, given the mention the entity layer made there. */
function accept(doc: Doc, kb: Kb, i: number, last: number, m: Mention | null, candidates: readonly Candidate[], surnames: ReadonlySet<string>, spatial: boolean): boolean {
  const { tokens } = doc;
  const start = tokens[i]!.start;
  const end = tokens[last - 1]!.end;
  if (m) {
    const exact = m.start === start && m.end === end;
    if (m.start < start && goesOnName(doc.text.slice(m.start, start))) return false;
    if (m.type === 'COUNTRY' || m.type === 'LOCATION') return spatial || !surnames.has(m.text);
    // A landmark or water body of several words stands even inside a longer, badly cut name.
    if (last - i > 1 && candidates.some((c) => c.source === 'reviewed' && (c.feature === 'landmark' || c.feature === 'water'))) return m.type !== 'PERSON';
    if (m.type === 'PERSON') {
      // A person's whole name may be a place the recognizer took for a person ("Halifax", "Vancouver"),
      // unless the person is named more fully elsewhere ("Michael Jordan" … "Jordan").
      if (!exact || m.role || m.kind !== 'name') return false;
      const entity = m.entity ? doc.entities.find((e) => e.id === m.entity) : undefined;
      if (entity && (entity.type === 'PERSON' && (entity.roles.length > 0 || entity.mentions.some((x) => x.text.length > m.text.length && x.text.includes(m.text))))) return false;
      return true;
    }
    // Organizations, outlets, other names: a place when the name is all of it ("Perth", "Seattle") and the
    // knowledge base does not know it as something else, or follows a spatial preposition inside it
    // ("Police in Amritsar").
    if (exact) return !m.rule.startsWith('gazetteer:') || spatial;
    if (spatial && start > m.start) return true;
    // A well-known place at the head of a name a preposition governs ("from Cambridge to Boston Common").
    return spatial && start === m.start && strong(candidates);
  }
  // No mention: a name the entity layer missed. Inside a sentence a capitalized known name is one. The first
  // word of a sentence may be a common word ("Nice weather", "Mobile phones"): there it must not modify a
  // noun, and the tagger calls every capitalized first word a proper noun, so that is no help.
  if (spatial) return true;
  const t = tokens[i]!;
  const lower = lowerTokens(doc);
  if (kb.nonNameWords.has(lower[i]!)) return false;
  const sentenceStart = i === 0 || tokens[i - 1]!.sentence !== t.sentence || /^["“‘'(]$/.test(tokens[i - 1]!.text);
  const next = tokens[last];
  const modifies = next && next.sentence === t.sentence && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN');
  // "Birmingham city council": the noun says it is a place.
  if (sentenceStart && modifies && !CITY_NOUNS.has(lower[last]!) && !REGION_NOUNS.has(lower[last]!)) return false;
  return strong(candidates, UNCUED_POPULATION);
}

/**
 * A single word the entity layer called a person or an organization is a place only when something puts it on
 * the map or the name is known as one. A word that heads or names institutions ("Congress", "University",
 * "Union") needs a cue word or "City, Region" even after a preposition ("in Congress"); with no preposition, a
 * given name ("Mary", "David") must be a region or a large city, and a hamlet spelled like a common word
 * ("Earth", Texas; "Reform", Alabama) is refused.
 */
function lonelyWord(doc: Doc, kb: Kb, gazetteer: Gazetteer, i: number, m: Mention, candidates: readonly Candidate[], spatial: boolean): boolean {
  if (cueAround(doc, i, i + 1) || regionAfterComma(doc, gazetteer, i + 1)) return false;
  const word = doc.tokens[i]!.text;
  const lower = word.toLowerCase();
  if (kb.orgHeads.has(word) || kb.sectorWords.has(lower) || kb.groupNouns.has(lower)) return true;
  if (spatial) return false;
  if (m.type === 'PERSON' && kb.givenNames.has(word)) return !strong(candidates, GIVEN_NAME_POPULATION);
  return !strong(candidates, HAMLET_POPULATION);
}

/** "Maroochydore, Queensland", "Paris, Texas": a region or country after a comma at token k. */
function regionAfterComma(doc: Doc, gazetteer: Gazetteer, k: number): boolean {
  const { tokens } = doc;
  if (tokens[k]?.text !== ',' || !tokens[k + 1] || tokens[k + 1]!.sentence !== tokens[k]!.sentence || !startsUpper(tokens[k + 1]!.text)) return false;
  const next = longestName(doc, gazetteer, k + 1);
  return !!next && next.candidates.some((c) => c.source === 'country' || c.source === 'region');
}

/** A city the text names with no cue at all must be this large to be taken for a place. */
const GIVEN_NAME_POPULATION = 500_000;
/** Below this, a town named by a lone word the entity layer took for an actor is a coincidence of spelling. */
const HAMLET_POPULATION = 5_000;

const UNCUED_POPULATION = 50_000;

/** A name that is itself well known: a country, a region, a reviewed place, a large city. */
function strong(candidates: readonly Candidate[], population = 100_000): boolean {
  return candidates.some((c) => c.source !== 'city' || c.population >= population);
}

/** Last words of the people the document names in full ("Michael Jordan" → "Jordan"): those are persons. */
function personSurnames(doc: Doc): Set<string> {
  const out = new Set<string>();
  for (const e of doc.entities) {
    if (e.type !== 'PERSON') continue;
    for (const m of e.mentions) {
      const space = m.text.lastIndexOf(' ');
      if (space > 0) out.add(m.text.slice(space + 1));
    }
  }
  return out;
}

/** Whether a spatial preposition governs token i, over articles and place adjectives ("in southern Lebanon"). */
function spatialBefore(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const lower = lowerTokens(doc);
  let b = i - 1;
  let skipped = 0;
  while (b >= 0 && skipped < 3 && PLACE_MODIFIERS.has(lower[b]!)) {
    b--;
    skipped++;
  }
  return b >= 0 && tokens[b]!.sentence === tokens[i]!.sentence && SPATIAL_PREPS.has(lower[b]!);
}

/** "Idlib province", "Washington state", "the state of Georgia" → region; "Birmingham city council", "the city of Lima" → city. */
function cueAround(doc: Doc, i: number, last: number): 'region' | 'city' | null {
  const lower = lowerTokens(doc);
  const after = lower[last] ?? '';
  if (REGION_NOUNS.has(after)) return 'region';
  if (CITY_NOUNS.has(after) && after !== 'capital') return 'city';
  if (i >= 2 && lower[i - 1] === 'of') {
    const noun = lower[i - 2]!;
    if (REGION_NOUNS.has(noun)) return 'region';
    if (CITY_NOUNS.has(noun)) return 'city';
  }
  return null;
}

/**
 * A place name used for the state or government there: the subject of a verb ("Washington imposed",
 * "Tehran and Moscow have been allied") or the owner of an actor noun ("Moscow's ambassador",
 * "Washington's hostile policy").
 */
function actsAsActor(doc: Doc, kb: Kb, span: PlaceSpan): boolean {
  const { tokens } = doc;
  const lower = lowerTokens(doc);
  let k = span.last;
  if (span.possessive) {
    // "'s" then up to two modifiers, then the noun.
    for (let j = k + 1; j < Math.min(tokens.length, k + 4); j++) {
      const w = lower[j]!;
      if (ACTOR_NOUNS.has(w) || kb.personRoles.has(w) || kb.sectorWords.has(w)) return true;
      if (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN') return false;
    }
    return false;
  }
  // The object of a verb addressed to someone ("accused Tehran of arming").
  const before = span.first > 0 ? tokens[span.first - 1]! : undefined;
  if (before && before.pos === 'VERB' && ACTOR_OBJECT_VERBS.has(before.lemma.toLowerCase())) return true;
  // Over a coordinated place ("Tehran and Moscow have"), to the verb.
  if (lower[k] === 'and' && k + 1 < tokens.length && startsUpper(tokens[k + 1]!.text)) {
    k += 2;
    while (k < tokens.length && startsUpper(tokens[k]!.text)) k++;
  }
  const next = tokens[k];
  if (!next || next.sentence !== tokens[span.first]!.sentence) return false;
  const prev = span.first > 0 ? tokens[span.first - 1] : undefined;
  // The subject begins its clause: after nothing, a comma, a conjunction or a speech verb ("said Washington's …").
  const opensClause = !prev || prev.sentence !== next.sentence || /^[,;:“"‘(]$/.test(prev.text) || prev.pos === 'CCONJ' || prev.pos === 'SCONJ' || prev.pos === 'VERB';
  return opensClause && (next.pos === 'VERB' || next.pos === 'AUX');
}
