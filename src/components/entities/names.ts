import type { Doc, Mention, Token } from '../../doc/schema.js';
import type { Kb } from '../../kb/kb.js';
import { gazetteerFor, wordKey, type GazetteerHit } from './gazetteer.js';
import { startsLower, startsUpper } from '../../text/case.js';
import { lowerTokens } from '../../doc/lexicon.js';
import { gazetteerFor as placeGazetteer } from '../places/model/gazetteer.js';
import { foldName } from '../places/model/fold.js';
import { RecentCache } from '../../text/recent-cache.js';
import { newMention, type MentionFields } from './mention.js';

const NOT_NAME_POS = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'NUM', 'VERB', 'SYM']);
const PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself']);
const OPENING_MARKS = new Set(['“', '"', '‘', "'", '(', '[', '«']);

export function mentionFromTokens(doc: Doc, first: Token, last: Token, rest: MentionFields): Mention {
  return newMention(first.start, last.end, doc.text.slice(first.start, last.end), rest);
}

function fromHit(doc: Doc, first: Token, last: Token, hit: GazetteerHit): Mention {
  const m = mentionFromTokens(doc, first, last, { type: hit.type, kind: hit.kind, rule: hit.rule, canonical: hit.name });
  if (hit.country) m.country = hit.country;
  if (hit.sectors?.length) m.sectors = [...hit.sectors];
  if (hit.organization?.code) m.code = hit.organization.code;
  if (hit.actor?.code) m.code = hit.actor.code;
  return m;
}

/**
 * Title words that only modify the title after them ("Foreign Minister", "House Speaker", "Deputy Mayor"): alone before
 * a capitalized word they open a name ("Foreign Affairs", "House of Representatives"), no one's title.
 */
const TITLE_MODIFIERS = new Set(['Vice', 'Prime', 'Field', 'Supreme', 'Regional', 'Deputy', 'Defence', 'Defense', 'Foreign', 'Interior', 'Finance', 'Health', 'Trade', 'Home', 'State', 'Opposition', 'Party', 'Former', 'Acting', 'Interim', 'Senior', 'Majority', 'Minority', 'House', 'Senate']);

/** Lowercase words that join the words of a name ("Party for Socialism and Liberation"), unlike particles ("van"). */
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on']);

/** Months and days: "published in October" names a time, not a journal. */
const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;

/** Nouns for a person, as the head of an apposition ("…, a member of the council"), that are no one's title. */
const PERSON_NOUNS = new Set(['member', 'resident', 'native', 'son', 'daughter', 'wife', 'husband', 'widow', 'mother', 'father', 'brother', 'sister']);
const ARTICLES = new Set(['a', 'an', 'the']);

/** Most words a run's leading title can have ("Supreme Leader Ayatollah", "Deputy Prime Minister"). */
const MAX_TITLE_WORDS = 10;

/**
 * Names in the text: known phrases from the knowledge base first (longest match), then runs of
 * capitalized words classified by their shape and context. A single unknown capitalized word is
 * kept only when something says what it is (a surname seen in full, a speech verb, a title).
 */
export function findNameMentions(doc: Doc, kb: Kb): Mention[] {
  const gaz = gazetteerFor(kb);
  const toks = doc.tokens;
  const texts = toks.map((t) => t.text);
  const lower = lowerTokens(doc);
  const keys = lower.map((lw, k) => (lw.endsWith('.') ? wordKey(texts[k]!) : lw));
  // Each position is asked about repeatedly (as a run start and inside runs): answer once.
  const hits: Array<ReturnType<typeof gaz.match> | undefined> = new Array(toks.length);
  const matchAt = (k: number) => {
    let h = hits[k];
    if (h === undefined) hits[k] = h = gaz.match(texts, keys, k);
    return h;
  };
  const capMemo = new Int8Array(toks.length);
  const lowerWords = new Set<string>();
  for (const t of toks) if (startsLower(t.text)) lowerWords.add(t.text);
  const mentions: Mention[] = [];
  const pending: Array<{ i: number; titled: boolean }> = [];
  const capCounts = new Map<string, number>();
  for (const t of toks) if (startsUpper(t.text)) capCounts.set(t.text, (capCounts.get(t.text) ?? 0) + 1);

  const isCap = (i: number): boolean => {
    if (capMemo[i] === 0) capMemo[i] = computeIsCap(i) ? 1 : 2;
    return capMemo[i] === 1;
  };
  const computeIsCap = (i: number): boolean => {
    const t = toks[i]!;
    if (!startsUpper(t.text) || kb.nonNameWords.has(lower[i]!)) return false;
    if (NOT_NAME_POS.has(t.pos) && !(t.pos === 'VERB' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !sentenceStart(i))) return false;
    if (sentenceStart(i) && t.pos !== 'PROPN' && (lowerWords.has(lower[i]!) || kb.commonWords.has(lower[i]!))) return false;
    return true;
  };
  const sentenceStart = (i: number): boolean => {
    if (i === 0) return true;
    const prev = toks[i - 1]!;
    return prev.sentence !== toks[i]!.sentence || OPENING_MARKS.has(prev.text);
  };
  const sameSentence = (i: number, j: number) => j < toks.length && toks[j]!.sentence === toks[i]!.sentence;

  // "Foreign Minister of Iran Javad Zarif", "First Minister of Scotland Nicola Sturgeon": after a title's "of"
  // and a place, the run names the title's holder.
  const titleOfBefore = (k: number) => k >= 2 && lower[k - 1] === 'of' && kb.personTitles.has(texts[k - 2]!) && !TITLE_MODIFIERS.has(texts[k - 2]!);
  const titleOfTheBefore = (k: number) => k >= 3 && lower[k - 1] === 'the' && titleOfBefore(k - 1);
  let titledPlaceEnd = -1;
  /** The run's start once a place the knowledge base lacks ("Scotland") is cut from its front as a location. */
  const placeOfTitle = (from: number, to: number): number => {
    if (!titleOfBefore(from)) return from;
    for (let p = to - 2; p > from; p--) {
      if (placeGazetteer(kb).lookup(foldName(texts.slice(from, p).join(' '))).length === 0) continue;
      mentions.push(mentionFromTokens(doc, toks[from]!, toks[p - 1]!, { type: 'LOCATION', kind: 'name', rule: 'name:place-of-title' }));
      return p;
    }
    return from;
  };
  /**
   * Whether the "and" at j joins two words of one field ("Health and Human Services") in the run from i,
   * not a second name: no organization ("and Ministry of …"), acronym ("and NATO") or person ("and Chris …")
   * after it, no place before it ("University of Miami and …").
   */
  const joinsField = (i: number, j: number): boolean => {
    const next = texts[j + 1]!;
    if (kb.orgHeads.has(next) || kb.givenNames.has(next) || /^\p{Lu}+$/u.test(next)) return false;
    let c = j - 1;
    while (c > i && lower[c] !== 'of' && lower[c] !== 'for') c--;
    const field = texts.slice(lower[c + 1] === 'the' ? c + 2 : c + 1, j).join(' ');
    return placeGazetteer(kb).lookup(foldName(field)).length === 0;
  };
  /** The place a capitalized word at i names with the known name after it, and the token after that name. */
  const placeWithWordBefore = (i: number): { end: number; name: string; country: string | null } | null => {
    const next = sameSentence(i, i + 1) && toks[i + 1]!.start === toks[i]!.end + 1 ? matchAt(i + 1) : null;
    if (!next || (next.hit.type !== 'COUNTRY' && next.hit.type !== 'LOCATION') || !sameSentence(i, i + next.length)) return null;
    // "the Northern Ireland-born actor": a compound adjective, the recognizer's to read.
    const after = toks[i + 1 + next.length];
    if (after && after.text === '-' && after.start === toks[i + next.length]!.end) return null;
    const found = placeGazetteer(kb).lookup(foldName(doc.text.slice(toks[i]!.start, toks[i + next.length]!.end)));
    const best = found.find((c) => c.feature === 'region' || c.feature === 'city' || c.feature === 'country');
    return best ? { end: i + 1 + next.length, name: best.name, country: best.country } : null;
  };
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (t.pos === 'PRON' && PRONOUNS.has(lower[i]!)) {
      mentions.push(mentionFromTokens(doc, t, t, { type: 'PERSON', kind: 'pronoun', rule: 'pronoun' }));
      i++;
      continue;
    }
    const hit = matchAt(i);
    if (hit && sameSentence(i, i + hit.length - 1)) {
      // "Sputnik News", "Tasnim News": an outlet's name with its head word; "Darwin Herald", "Lagos Times": a town's paper.
      let end = i + hit.length;
      // "Greek Reporter", "Irish Times": a nationality opens a paper's name too, though not before a head that is a
      // common word ("American Express").
      const opensOutlet = (k: number) => hit.hit.type === 'MEDIA' || outletOfPlace(hit.hit) || (hit.hit.kind === 'demonym' && !kb.ambiguousMediaHeads.has(texts[k]!));
      while (sameSentence(i, end) && kb.mediaHeads.has(texts[end]!) && !matchAt(end) && opensOutlet(end)) end++;
      // "Iraqi News Agency", "British Broadcasting Corporation": a longer name is the recognizer's to read.
      if (hit.hit.kind === 'demonym' && sameSentence(i, end) && isCap(end)) end = i + hit.length;
      // "American Journal of Preventive Medicine": the outlet's field after "of".
      if (end > i + hit.length && lower[end] === 'of' && sameSentence(i, end + 1) && isCap(end + 1) && !matchAt(end + 1)) {
        end += 2;
        while (sameSentence(i, end) && isCap(end) && !matchAt(end)) end++;
      }
      if (end > i + hit.length) {
        const outlet = mentionFromTokens(doc, t, toks[end - 1]!, { type: 'MEDIA', kind: 'name', rule: 'name:media-head' });
        if (hit.hit.type === 'MEDIA') outlet.canonical = hit.hit.name;
        if (hit.hit.country) outlet.country = hit.hit.country;
        if (hit.hit.sectors?.length) outlet.sectors = [...hit.hit.sectors];
        mentions.push(outlet);
        i = end;
        continue;
      }
      mentions.push(fromHit(doc, t, toks[i + hit.length - 1]!, hit.hit));
      if ((hit.hit.type === 'COUNTRY' || hit.hit.type === 'LOCATION') && titleOfBefore(i)) titledPlaceEnd = i + hit.length;
      i += hit.length;
      continue;
    }
    if (!isCap(i)) {
      i++;
      continue;
    }
    // "New Jersey", "New Mexico": a word that makes a known place's name with the known name after it (the country
    // Jersey is no part of the state), which the recognizer, reading "New" as a word, may cut.
    const place = placeWithWordBefore(i);
    if (place) {
      const m = mentionFromTokens(doc, t, toks[place.end - 1]!, { type: 'LOCATION', kind: 'name', rule: 'name:place-of-words', canonical: place.name });
      if (place.country) m.country = place.country;
      mentions.push(m);
      i = place.end;
      continue;
    }
    // A run of capitalized words, joined by name particles (al-, bin, de) and hyphens between titles.
    let j = i + 1;
    let connected = false;
    while (sameSentence(i, j)) {
      const w = toks[j]!;
      if (matchAt(j)) break;
      if (isCap(j)) {
        j++;
        continue;
      }
      const lw = lower[j]!;
      // "Ministry of Foreign Affairs", "Movement for Democratic Change": connectors inside organization names ("and" joins two organizations).
      if ((lw === 'of' || lw === 'for') && texts.slice(i, j).some((x) => kb.orgHeads.has(x))) {
        const k = lower[j + 1] === 'the' ? j + 2 : j + 1;
        if (sameSentence(i, k) && isCap(k) && !matchAt(k)) {
          j = k + 1;
          connected = true;
          continue;
        }
      }
      // "Centers for Disease Control and Prevention", "Institute for Health Metrics and Evaluation": after a
      // connector, "and" joins the field's words; a second organization ("and Ministry of …", "and NATO") stays apart.
      if (lw === 'and' && connected && sameSentence(i, j + 1) && isCap(j + 1) && !matchAt(j + 1) && joinsField(i, j)) {
        j += 2;
        continue;
      }
      if ((kb.nameParticles.has(lw) || w.text === '-') && sameSentence(i, j + 1)) {
        const prev = toks[j - 1]!.text;
        const joinsHyphen = w.text === '-' && (kb.nameParticles.has(lower[j - 1]!) || (kb.personTitles.has(prev) && kb.personTitles.has(toks[j + 1]!.text)));
        if ((kb.nameParticles.has(lw) && (toks[j + 1]!.text === '-' || isCap(j + 1))) || joinsHyphen) {
          j++;
          continue;
        }
      }
      break;
    }
    // "Minister of Foreign Affairs Sergei Lavrov": the run between a title's "of" and a known person ends the title.
    const holder = titleOfBefore(i) && sameSentence(i, j) ? matchAt(j) : null;
    if (!(holder && holder.hit.type === 'PERSON')) {
      // "Governor of Colorado", "Mayor of Birmingham": one word after a title's "of" is its domain, not its holder,
      // who follows a place ("Foreign Minister of Iran Zarif") or is named in full.
      const from = placeOfTitle(i, j);
      classifyRun(from, j, titledPlaceEnd === i || (titleOfBefore(i) && (from > i || j - from >= 2)));
    }
    i = j;
  }


  /**
   * Capitalized runs name plans, laws and events as often as people. A run is a person when
   * something says so: a common given name first, a speech verb after it, a role in apposition,
   * or its last word coming back alone later (the surname). Says whether a role or a noun for a
   * person in apposition told, which says more than the rest.
   */
  function looksLikePerson(from: number, to: number, words: string[]): 'name' | 'apposition' | null {
    const evidence = contextOfPerson(from, to);
    if (evidence) return evidence;
    if (kb.givenNames.has(words[0]!)) return 'name';
    if ((capCounts.get(words[words.length - 1]!) ?? 0) > 1) return 'name';
    return null;
  }

  function contextOfPerson(from: number, to: number): 'name' | 'apposition' | null {
    const next = toks[to];
    if (next && next.sentence === toks[from]!.sentence) {
      if (kb.speechVerbs.has(next.lemma) && (next.pos === 'VERB')) return 'name';
      if (next.pos === 'AUX' && toks[to + 1] && kb.speechVerbs.has(toks[to + 1]!.lemma)) return 'name';
      if (next.text === ',') {
        for (let k = to + 1; k < Math.min(toks.length, to + 7) && toks[k]!.sentence === next.sentence; k++) {
          if (kb.personRoles.has(lower[k]!)) return 'apposition';
          // "Vijay Goel, a member of the Rajya Sabha": a noun for a person that is no title.
          if (PERSON_NOUNS.has(lower[k]!) && ARTICLES.has(lower[to + 1]!)) return 'apposition';
        }
      }
    }
    const prev = toks[from - 1];
    if (prev && prev.text === ',' && from >= 2 && kb.personRoles.has(lower[from - 2]!)) return 'apposition';
    return null;
  }

  /**
   * "findings published Wednesday in Science Advances", "published a study in The Lancet": a name the knowledge base
   * does not know as a place, after "in" that completes "published", is the journal (or outlet) that published it.
   */
  function publishedIn(from: number): boolean {
    let k = from - 1;
    if (k >= 0 && lower[k] === 'the') k--;
    if (k < 1 || lower[k] !== 'in' || !sameSentence(k, from)) return false;
    for (let p = k - 1; p >= Math.max(0, k - 7) && sameSentence(p, k); p--) {
      if (toks[p]!.lemma === 'publish' || lower[p]!.startsWith('publish')) return true;
      if (toks[p]!.pos === 'PUNCT' || toks[p]!.pos === 'VERB') return false;
    }
    return false;
  }

  /** `titledBefore`: a title stands before the run, outside it ("Minister of Iran" + "Javad Zarif"). */
  function classifyRun(from: number, to: number, titledBefore = false): void {
    // Leading titles ("President", "Foreign Minister", "Supreme Leader Ayatollah") are not the name.
    let start = from;
    // Only the first words can be a title: a run of thousands of capitalized words must not be tried at every length.
    for (let p = Math.min(to - 2, from + MAX_TITLE_WORDS - 1); p >= from; p--) {
      const words = texts.slice(from, p + 1);
      const phrase = words.join(' ').toLowerCase().replace(/ - /g, '-');
      if (words.every((w) => kb.personTitles.has(w) || w === '-') || kb.personRoles.has(phrase)) {
        start = p + 1;
        break;
      }
    }
    while (start < to && (kb.personTitles.has(toks[start]!.text) || toks[start]!.text === '-')) start++;
    // "Party for Socialism and Liberation": a title word joined to the rest by a connector heads a name, no one's title;
    // "Foreign Affairs", "House Oversight": a word that only modifies a title is no title before a name.
    // A title's "of" before the run makes it the domain ("Speaker of the House Nancy Pelosi").
    // "Former Vice-President Biden", "Senior Staff Attorney": a title or role after the modifier is one.
    const roleAfter = () => {
      for (let k = start; k < to; k++) if (kb.personRoles.has(lower[k]!) || (kb.personTitles.has(texts[k]!.split('-').pop()!) && !TITLE_MODIFIERS.has(texts[k]!))) return true;
      return false;
    };
    const modifiersOnly = texts.slice(from, start).every((w) => TITLE_MODIFIERS.has(w) || w === '-') && start < to && !roleAfter();
    if (start > from && start < to && (CONNECTORS.has(lower[start]!) || (modifiersOnly && !titledBefore && !titleOfTheBefore(from)))) start = from;
    // "Emergency Situations Minister Alexander Chupriyan": a title inside the run ends the role part.
    const hasOrgHead = texts.slice(from, to).some((w) => kb.orgHeads.has(w));
    for (let p = to - 3; p >= start && !hasOrgHead; p--) {
      if (kb.personTitles.has(texts[p]!) && kb.personRoles.has(lower[p]!)) {
        start = p + 1;
        break;
      }
    }
    const titled = start > from || titledBefore;
    if (start >= to) return;
    // "Lord Mayor Candidate", "Vice Presidents": titles and roles alone name no one.
    if (titled && texts.slice(start, to).every((w) => kb.personRoles.has(w.toLowerCase()) || kb.personRoles.has(w.toLowerCase().replace(/s$/, '')))) return;
    const words = texts.slice(start, to);
    let evidence: ReturnType<typeof looksLikePerson> = null;
    const last = words[words.length - 1]!;
    const prev = from > 0 ? lower[from - 1]! : '';
    const first = toks[start]!;
    const end = toks[to - 1]!;
    const afterThe = start === from && from > 0 && texts[from - 1] === 'The' && sameSentence(from - 1, from);
    const published = !titled && !words.some((w) => kb.orgHeads.has(w) || CALENDAR_WORD.test(w)) && publishedIn(from);
    if (isOutletName(words, kb, afterThe) || (kb.mediaCues.has(prev) && !titled) || published) {
      // "The Times": the article is part of a one-word outlet's name.
      const opening = words.length === 1 && afterThe ? toks[from - 1]! : first;
      mentions.push(mentionFromTokens(doc, opening, end, { type: 'MEDIA', kind: 'name', rule: kb.mediaCues.has(prev) || published ? 'name:media-cue' : 'name:media-head' }));
    } else if (kb.facilityHeads.has(last)) {
      mentions.push(mentionFromTokens(doc, first, end, { type: 'LOCATION', kind: 'name', rule: 'name:facility-head' }));
    } else if (words.some((w) => kb.orgHeads.has(w))) {
      // "Coast Guard Commandant Admiral Elson Hermogino": an organization, then a titled person.
      const orgAt = words.findIndex((w) => kb.orgHeads.has(w));
      const titleAt = words.findIndex((w, k) => k > orgAt && kb.personTitles.has(w));
      let nameAt = titleAt;
      while (nameAt > 0 && nameAt < words.length && kb.personTitles.has(words[nameAt]!)) nameAt++;
      if (titleAt > 0 && words.length - nameAt >= 2 && !words.slice(nameAt).some((w) => /^(of|for|and|the)$/.test(w))) {
        mentions.push(mentionFromTokens(doc, first, toks[start + titleAt - 1]!, { type: 'ORGANIZATION', kind: 'name', rule: 'name:org-head' }));
        classifyRun(start + titleAt, to);
        return;
      }
      // "Centre for Global Infectious Disease Analysis": a head, a connector and capitalized words after it make one
      // name, which the recognizer, trained on shorter names, splits at the connector.
      const connectorAt = words.findIndex((w, k) => k > orgAt && (w === 'of' || w === 'for'));
      const rule = connectorAt > 0 && connectorAt < words.length - 1 ? 'name:org-of' : 'name:org-head';
      mentions.push(mentionFromTokens(doc, first, end, { type: 'ORGANIZATION', kind: 'name', rule }));
    } else if (words.length === 1) {
      if (/^\p{Lu}{2,6}$/u.test(last) && !titled) {
        mentions.push(mentionFromTokens(doc, first, end, { type: 'ORGANIZATION', kind: 'acronym', rule: 'name:acronym' }));
      } else {
        pending.push({ i: start, titled });
      }
    } else if (words.length <= 5 && (titled || (evidence = looksLikePerson(start, to, words)))) {
      const rule = titled ? 'name:titled-person' : evidence === 'apposition' ? 'name:person-apposition' : 'name:person-evidence';
      mentions.push(mentionFromTokens(doc, first, end, { type: 'PERSON', kind: 'name', rule }));
    } else {
      mentions.push(mentionFromTokens(doc, first, end, { type: 'MISC', kind: 'name', rule: 'name:capitalized-unknown' }));
    }
  }

  resolvePendingSingles(doc, kb, pending, mentions);
  return mentions.sort((a, b) => a.start - b.start);
}

/** A town or region (not a country: "Israel Post", "Canada Post" deliver letters) whose name can open a paper's name. */
function outletOfPlace(hit: GazetteerHit): boolean {
  return hit.isPlace === true && (hit.type === 'LOCATION' || hit.rule === 'gazetteer:capital');
}

/**
 * A news outlet's name by its words: "Miami Herald", "Daily Hive"; a head that is a common word or a
 * surname too only after a place ("Baltimore Sun", "Nevada Independent") or a qualifier ("Evening
 * Standard"): not "Bronze Star", "Jennifer Sun", "Review Commission" or a lone "Independent".
 */
function isOutletName(words: string[], kb: Kb, afterThe = false): boolean {
  // "News", "Times" alone are common words ("News 12 reported", "Times change"), not an outlet's name, unless
  // the name's own article opens it ("The Times"; "The Independent" may be anything).
  if (words.length < 2) return afterThe && kb.mediaHeads.has(words[0]!) && !kb.ambiguousMediaHeads.has(words[0]!) && !kb.mediaLeads.has(words[0]!);
  if (kb.mediaLeads.has(words[0]!)) return true;
  const last = words[words.length - 1]!;
  if (!kb.mediaHeads.has(last)) return false;
  if (!kb.ambiguousMediaHeads.has(last)) return true;
  if (kb.givenNames.has(words[0]!)) return false;
  if (kb.mediaHeadQualifiers.has(words[words.length - 2]!)) return true;
  return placeGazetteer(kb).lookup(foldName(words.slice(0, -1).join(' '))).length > 0;
}

/** Single capitalized words, decided once the document's full names are known. */
function resolvePendingSingles(doc: Doc, kb: Kb, pending: Array<{ i: number; titled: boolean }>, mentions: Mention[]): void {
  const toks = doc.tokens;
  const surnames = new SurnameIndex<string>();
  for (const m of mentions) {
    if (m.type === 'PERSON' && m.kind === 'name') {
      const parts = m.text.split(/[\s]+/);
      if (parts.length > 1) surnames.add(parts[parts.length - 1]!, m.text);
    }
  }
  for (const { i, titled } of pending) {
    const t = toks[i]!;
    const next = toks[i + 1];
    const after = toks[i + 2];
    const prev = toks[i - 1];
    const seen = surnames.find(t.text);
    if (seen.length && seen[0]!.variantOf === null) {
      mentions.push(mentionFromTokens(doc, t, t, { type: 'PERSON', kind: 'surname', rule: 'name:surname-of-full-name' }));
      continue;
    }
    const variantOf = seen[0]?.variantOf;
    if (variantOf) {
      mentions.push(mentionFromTokens(doc, t, t, { type: 'PERSON', kind: 'variant', rule: `name:variant-of:${variantOf}` }));
      continue;
    }
    const known = kb.actors.get(t.text.toLowerCase());
    if (known && known.length === 1) {
      const m = mentionFromTokens(doc, t, t, { type: 'PERSON', kind: 'surname', rule: 'name:known-actor-surname', canonical: known[0]!.name });
      if (known[0]!.country) m.country = known[0]!.country;
      mentions.push(m);
      continue;
    }
    const speaks = (tok: Token | undefined) => tok !== undefined && tok.sentence === t.sentence && kb.speechVerbs.has(tok.lemma);
    if (titled || speaks(next) || (next?.pos === 'AUX' && speaks(after))) {
      mentions.push(mentionFromTokens(doc, t, t, { type: 'PERSON', kind: 'name', rule: titled ? 'name:titled-person' : 'name:speaker-of-verb' }));
      continue;
    }
    if (prev && ['in', 'at', 'from', 'near', 'outside'].includes(prev.text.toLowerCase())) {
      mentions.push(mentionFromTokens(doc, t, t, { type: 'LOCATION', kind: 'name', rule: 'name:after-locative-preposition' }));
    }
  }
}

/**
 * Two spellings of one name: transliteration variants (Dzhagarian/Dzhagaryan, Iravani/Irvani,
 * Gaddafi/Qadhafi) reduce to the same consonant skeleton, or differ by one edit in a long name.
 */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x.length < 5 || y.length < 5) return false;
  if (skeleton(x) === skeleton(y) && Math.abs(x.length - y.length) <= 2) return true;
  return x[0] === y[0] && editDistance(x, y) <= (Math.min(x.length, y.length) >= 9 ? 2 : 1);
}

/**
 * Surnames seen so far, found again by exact spelling or as a spelling variant without comparing
 * against every name (long documents name hundreds of people).
 */
export class SurnameIndex<T> {
  private exact = new Map<string, T[]>();
  private byKey = new Map<string, Array<{ name: string; value: T }>>();

  add(name: string, value: T): void {
    const list = this.exact.get(name);
    if (list) {
      if (!list.includes(value)) list.push(value);
      return;
    }
    this.exact.set(name, [value]);
    for (const key of SurnameIndex.keys(name)) {
      let bucket = this.byKey.get(key);
      if (!bucket) this.byKey.set(key, (bucket = []));
      bucket.push({ name, value });
    }
  }

  /** Values under this exact spelling, else under a spelling variant of it. */
  find(name: string): { value: T; variantOf: string | null }[] {
    const exact = this.exact.get(name);
    if (exact) return exact.map((value) => ({ value, variantOf: null }));
    const out: { value: T; variantOf: string | null }[] = [];
    const seen = new Set<string>();
    for (const key of SurnameIndex.keys(name)) {
      for (const e of this.byKey.get(key) ?? []) {
        if (seen.has(e.name)) continue;
        seen.add(e.name);
        if (isSpellingVariant(e.name, name)) out.push({ value: e.value, variantOf: e.name });
      }
    }
    return out;
  }

  // Variants share their skeleton or their first letter; these two keys find every candidate.
  private static keys(name: string): string[] {
    const lower = name.toLowerCase();
    return [`s:${skeleton(lower)}`, `f:${lower[0] ?? ''}`];
  }
}

const skeletons = new RecentCache<string>(10_000);

function skeleton(w: string): string {
  let s = skeletons.get(w);
  if (s === undefined) {
    s = computeSkeleton(w);
    skeletons.set(w, s);
  }
  return s;
}

function computeSkeleton(w: string): string {
  return w
    .replace(/[qgk]h?/g, 'k')
    .replace(/dh/g, 'd')
    .replace(/ph/g, 'f')
    .replace(/(.)\1/g, '$1')
    .replace(/(?!^)[aeiouy]/g, '');
}

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
