import type { Doc, Mention, Token } from '../../doc/schema.js';
import type { Kb } from '../../kb/kb.js';
import { mentionFromTokens } from './names.js';
import { tokenIndexAt } from '../../doc/doc.js';
import { startsLower, startsUpper } from '../../text/case.js';
import { lowerTokens } from '../../doc/lexicon.js';
import { isFusedModifier } from './modifiers.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'several', 'some', 'many', 'local', 'two', 'three', 'both']);
const STOP_POS = new Set(['VERB', 'AUX', 'PUNCT', 'SCONJ', 'PRON', 'NUM']);

interface Head {
  from: number;
  to: number;
  key: string;
  group: boolean;
}

const firstWordsCache = new WeakMap<Kb, Set<string>>();

/** First words of every role key, so most tokens are dismissed with one lookup. */
function roleFirstWords(kb: Kb): Set<string> {
  let set = firstWordsCache.get(kb);
  if (!set) {
    set = new Set([...kb.personRoles, ...kb.groupNouns.keys()].map((k) => k.split(/[\s-]/)[0]!));
    firstWordsCache.set(kb, set);
  }
  return set;
}

/** The longest role noun starting at token i ("secretary-general", "prime minister", "news outlets"). */
function roleHeadAt(toks: Token[], lower: string[], i: number, kb: Kb): Head | null {
  if (!roleFirstWords(kb).has(lower[i]!)) return null;
  let best: Head | null = null;
  let key = '';
  for (let j = i; j < Math.min(toks.length, i + 4); j++) {
    const w = lower[j]!;
    key = j === i ? w : w === '-' || toks[j - 1]!.text === '-' ? key + w : `${key} ${w}`;
    if (kb.personRoles.has(key)) best = { from: i, to: j + 1, key, group: false };
    else if (kb.groupNouns.has(key)) best = { from: i, to: j + 1, key, group: true };
  }
  // "deputy Secretary-General": a role word followed by another role names one role, headed by the last.
  // Modifiers may stand between the two: "deputy interior minister".
  if (best && !best.group) {
    for (let skip = 0; skip <= 2 && best.to + skip < toks.length; skip++) {
      const between = toks.slice(best.to, best.to + skip);
      if (between.some((t) => t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN')) break;
      const more = roleHeadAt(toks, lower, best.to + skip, kb);
      if (more && !more.group && toks[more.to - 1]!.sentence === toks[i]!.sentence) {
        best = { from: i, to: more.to, key: more.key, group: false };
        break;
      }
    }
  }
  return best;
}

/**
 * Role phrases ("Putin’s special presidential envoy to Syria", "the Israeli ambassador to the UN",
 * "several human rights groups"). A phrase next to a person's name is that person's role (before
 * the name, or in apposition after it); a phrase standing alone is a mention of its own: a title
 * mention of a person ("the envoy") or a group actor ("human rights groups").
 */
export function findRoleMentions(doc: Doc, kb: Kb, mentions: Mention[]): Mention[] {
  const toks = doc.tokens;
  const lower = lowerTokens(doc);
  const mentionAtToken = new Map<number, Mention>();
  const mentionEndingAt = new Map<number, Mention>();
  for (const m of mentions) {
    mentionAtToken.set(m.start, m);
    mentionEndingAt.set(m.end, m);
  }
  const covered = new Set<number>();
  for (const m of mentions) {
    if (m.kind === 'pronoun') continue;
    for (let k = tokenIndexAt(doc, m.start); k < toks.length && toks[k]!.start < m.end; k++) covered.add(toks[k]!.start);
  }
  const insideMention = (t: Token) => covered.has(t.start);
  /**
   * After the "and" at k, the token of a person's name that a capitalized title ends right before ("and Middle East
   * Coordinator Brett McGurk"), or -1: capitalized words, "and" and "of" only, the last of them a title.
   */
  const secondTitleHolder = (k: number): number => {
    if (lower[k] !== 'and') return -1;
    for (let j = k + 1; j < Math.min(toks.length, k + 12) && toks[j]!.sentence === toks[k]!.sentence; j++) {
      const named = mentionAtToken.get(toks[j]!.start);
      if (named && named.type === 'PERSON' && named.kind !== 'pronoun') {
        const title = toks[j - 1]!;
        return j > k + 1 && (kb.personTitles.has(title.text) || kb.personRoles.has(lower[j - 1]!)) ? j : -1;
      }
      if (!startsUpper(toks[j]!.text) && lower[j] !== 'and' && lower[j] !== 'of') return -1;
    }
    return -1;
  };
  const added: Mention[] = [];
  let i = 0;
  while (i < toks.length) {
    const head = roleHeadAt(toks, lower, i, kb);
    // "military presence": a group noun used as a modifier is no actor.
    const inName = head && head.group && startsUpper(toks[i]!.text) && startsUpper(toks[head.to]?.text ?? '');
    if (!head || inName || insideMention(toks[i]!) || (head.group && head.to - head.from === 1 && toks[head.from]!.pos === 'ADJ') || modifiesNoun(toks, lower, head)) {
      i++;
      continue;
    }
    // Left edge: modifiers, a demonym, or a possessor ("Putin’s", "Russian president's").
    let left = head.from;
    // A known organization the holder speaks or acts for ("Houthi military spokesperson", "Hamas leader").
    let affiliation: Mention | null = null;
    for (let k = head.from - 1; k >= 0 && toks[k]!.sentence === toks[head.from]!.sentence; k--) {
      const t = toks[k]!;
      const lw = lower[k]!;
      if (t.text === '’s' || t.text === "'s") {
        left = k;
        continue;
      }
      const m = mentionEndingAt.get(t.end);
      if (m && m.kind !== 'pronoun') {
        // "the Trump administration", "the Assad regime", "Maduro's forces": a leader's name before a group is its possessor.
        const leader = head.group && k + 1 === head.from && m.type === 'PERSON' && m.kind !== 'title';
        if (!head.group && m.type === 'ORGANIZATION' && m.code && m.sectors?.length) affiliation = m;
        if (toks[k + 1] && (toks[k + 1]!.text === '’s' || toks[k + 1]!.text === "'s" || m.kind === 'demonym' || m.kind === 'metonym' || m.type === 'COUNTRY' || leader || affiliation)) {
          left = tokenIndexOfStart(toks, m.start, k);
          k = left;
          // A possessor is where the phrase begins; words before it belong to the possessor.
          break;
        }
        break;
      }
      if (DETERMINERS.has(lw)) {
        left = k;
        break;
      }
      // "the then chair", "the now former envoy": an adverb right after the determiner.
      if (t.pos === 'ADV' && k > 0 && DETERMINERS.has(lower[k - 1]!)) continue;
      // Groups take only determiners, demonyms and nouns as modifiers ("alleged police" is no actor).
      // A title written capitalized takes capitalized words and their "and" ("Foreign and Security Policy Advisor").
      const capitalizedTitle = startsUpper(toks[head.from]!.text) && !head.group && t.pos !== 'ADP' && t.pos !== 'SCONJ' && (startsUpper(t.text) || (lw === 'and' && k > 0 && startsUpper(toks[k - 1]!.text)));
      if (((t.pos === 'ADJ' && !head.group) || t.pos === 'NOUN' || (t.pos === 'PROPN' && kb.personTitles.has(t.text)) || capitalizedTitle || t.text === '-') && !STOP_POS.has(t.pos)) {
        left = k;
        continue;
      }
      break;
    }
    // Right edge: complements up to a comma, a verb, or "and a …".
    let right = head.to;
    // Where the scan for the next role goes on: past a second role joined to this one by "and".
    let next = head.to;
    // The phrase without such a second role: an unnamed "President and Vice President" are two people.
    let single: number | null = null;
    let complementFrom = head.to;
    // The head a coordinated role is known by is its last one: "Deputy Prime Minister for Finance and Minister of Economy" is a minister.
    let roleKey = head.key;
    if (!head.group) {
      for (let k = head.to; k < toks.length && toks[k]!.sentence === toks[head.from]!.sentence; k++) {
        const t = toks[k]!;
        if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '’s' && t.text !== "'s") break;
        // "director of the Ask Wellness Society": a word the tagger read as a verb inside a name is part of the name.
        if ((t.pos === 'VERB' || t.pos === 'AUX') && !insideMention(t)) break;
        if (t.pos === 'CCONJ' && !insideMention(t)) {
          // "chair and spokesperson for The Greens": two roles of one person joined by "and" are one role phrase.
          const joined = k + 1 < toks.length ? roleHeadAt(toks, lower, k + 1, kb) : null;
          // "nominated … for president and professor Tiara Lusk for vice president": a bare role after a preposition is what someone runs for, not what he is.
          const complement = left === head.from && left > 0 && toks[left - 1]!.pos === 'ADP' && startsLower(toks[head.from]!.text);
          if (joined && !joined.group && lower[k] === 'and' && !complement) {
            single ??= right;
            roleKey = joined.key;
            right = next = complementFrom = joined.to;
            k = joined.to - 1;
            continue;
          }
          // "Deputy Assistant to the President and Middle East Coordinator Brett McGurk": a second title before the
          // name, joined by "and", is held by the same person; the role runs up to the name. A title with an article
          // is someone else's ("the Minister of Health and Labor Minister Ana Ruiz met"), and so is a title whose
          // complement runs on into a name the rules missed ("French Ambassador to Niger Alexandre Garcia and …").
          const unnamed = toks.slice(head.to, k).every((x) => !kb.givenNames.has(x.text));
          const holder = startsUpper(toks[head.from]!.text) && !DETERMINERS.has(lower[left]!) && unnamed ? secondTitleHolder(k) : -1;
          if (holder > 0) right = holder;
          break;
        }
        if (k === complementFrom && !['of', 'to', 'for', 'in'].includes(lower[k]!)) break;
        // "Foreign Minister of Iran Javad Zarif": the holder's name ends the complement.
        const holder = mentionAtToken.get(t.start);
        if (holder && holder.type === 'PERSON' && holder.kind !== 'pronoun') break;
        // "Special Assistant to Secretary of State Hillary Clinton", "adviser to President Lula": a title after "to" or
        // "for", with no article, is the title of the name after it, whom the role serves ("to the President" is none).
        if (k > head.to && (lower[k - 1] === 'to' || lower[k - 1] === 'for') && startsUpper(t.text) && kb.personRoles.has(lower[k]!)) {
          right = k - 1;
          break;
        }
        right = k + 1;
      }
    }
    const first = toks[left]!;
    const lastTok = toks[right - 1]!;
    const headEnd = toks[head.to - 1]!;
    // Who speaks for an organization is of its sectors, whatever the role's words say ("military spokesperson" is no army's).
    const sectors = affiliation ? [...affiliation.sectors!] : sectorsOf(doc.text.slice(first.start, headEnd.end).toLowerCase(), kb);
    const role = { start: first.start, end: lastTok.end, text: doc.text.slice(first.start, lastTok.end) };

    // Before a name, directly or through a comma: that person's role.
    let r = right;
    while (r < toks.length && kb.personTitles.has(toks[r]!.text) && toks[r]!.sentence === toks[head.from]!.sentence) r++;
    const nextTok = toks[r];
    const afterComma = nextTok && nextTok.text === ',' ? toks[right + 1] : nextTok;
    const named = afterComma && (mentionAtToken.get(afterComma.start) ?? pastHonorific(toks, right + 1, kb, mentionAtToken));
    if (!head.group && named && named.type === 'PERSON' && named.kind !== 'pronoun') {
      attachRole(named, role, roleKey, sectors);
      i = next;
      continue;
    }
    // "Russian daily Kommersant": the description of an outlet or organization.
    if (head.group && named && (named.type === 'MEDIA' || named.type === 'ORGANIZATION') && afterComma === nextTok) {
      attachRole(named, role, head.key, sectors);
      i = next;
      continue;
    }
    // In apposition after a name: "Alexander Lavrentiev, Putin’s special presidential envoy", "Tom Frieden, formerly the director of …".
    let comma = left - 1;
    while (comma > 0 && left - comma <= 2 && toks[comma]!.pos === 'ADV') comma--;
    const before = comma >= 1 && toks[comma]!.text === ',' ? mentionEndingAt.get(toks[comma - 1]!.end) : undefined;
    if (!head.group && before && before.type === 'PERSON' && before.kind !== 'pronoun') {
      attachRole(before, role, roleKey, sectors);
      i = next;
      continue;
    }
    // A title right before a name with no comma is handled by the name itself (President X).
    const afterDet = DETERMINERS.has(lower[left]!) && left + 1 < head.to ? toks[left + 1]!.start : first.start;
    const spanStart = possessorEnd(toks, left, head.from) ?? afterDet;
    const modStart = Math.max(spanStart, first.start);
    const m = mentionFromTokens(doc, first, headEnd, {
      type: head.group ? kb.groupNouns.get(head.key)! : 'PERSON',
      kind: 'title',
      rule: head.group ? 'role:group' : 'role:title-only',
      roleHead: head.key,
    });
    m.start = modStart;
    m.text = doc.text.slice(modStart, m.end);
    m.role = single === null ? role : { start: first.start, end: toks[single - 1]!.end, text: doc.text.slice(first.start, toks[single - 1]!.end) };
    if (sectors.length) m.sectors = sectors;
    added.push(m);
    // The second of two unnamed roles is a person of its own.
    i = single === null ? next : head.to;
  }
  return added;
}

/**
 * "the institute's director, Dr. Anthony Fauci,": the name after an abbreviated honorific in apposition. A
 * title written out ("…, King Maha Vajiralongkorn") is the name's own role, not a sign of apposition.
 */
function pastHonorific(toks: Token[], k: number, kb: Kb, mentionAtToken: ReadonlyMap<number, Mention>): Mention | undefined {
  const t = toks[k];
  const next = toks[k + 1];
  // Only in apposition, after a comma: "… of Greece. Mr. Sullivan welcomed …" starts another sentence.
  if (!t || !next || toks[k - 1]?.text !== ',' || t.sentence !== next.sentence || !t.text.endsWith('.') || !kb.personTitles.has(t.text)) return undefined;
  return mentionAtToken.get(next.start);
}

// Nouns for people ("manager", "administrator", "physician"): after one of these a role word may be a title ("general manager").
const PERSON_NOUN = /(?:er|or|ist|ian)s?$/;

/**
 * A one-word role used as a modifier of the common noun after it: "before official publication",
 * "an official statement", "the general election", "head trauma", "expert input". Such a word names
 * no person. A role word before a name, before another role, or capitalized is left to the rules.
 */
function modifiesNoun(toks: Token[], lower: string[], head: Head): boolean {
  if (head.group || head.to !== head.from + 1) return false;
  const word = toks[head.from]!;
  if (!startsLower(word.text)) return false;
  if (noRole(toks, lower, head.from)) return true;
  const next = toks[head.to];
  if (!next || next.sentence !== word.sentence || next.start !== word.end + 1) return false;
  // "the general public should": an adjective that stands for its noun.
  const after = toks[head.to + 1];
  const nounLike = next.pos === 'NOUN' || (next.pos === 'ADJ' && after !== undefined && after.sentence === next.sentence && (after.pos === 'AUX' || after.pos === 'VERB'));
  return nounLike && startsLower(next.text) && !PERSON_NOUN.test(lower[head.to]!);
}

/**
 * A role word in a phrase that is no role: "in general" (a role takes an article after "in"), a compound modifier
 * ("head-to-head", "a judge-led inquiry"; "president-elect", "then-president" are roles), and a head that heads nothing
 * ("shot in the head", "your head"): "head" names a person with what it heads ("head of state") or whose head it is
 * ("Agency head Arba Agung").
 */
function noRole(toks: Token[], lower: string[], k: number): boolean {
  const t = toks[k]!;
  if (k > 0 && lower[k - 1] === 'in' && toks[k - 1]!.sentence === t.sentence) return true;
  const joined = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;
  const hyphenAfter = toks[k + 1]?.text === '-' && joined(t, toks[k + 1]) && joined(toks[k + 1], toks[k + 2]);
  if (hyphenAfter && (lower[k + 2] === 'to' || isFusedModifier(`${t.text}-${toks[k + 2]!.text}`))) return true;
  if (toks[k - 1]?.text === '-' && joined(toks[k - 1], t) && lower[k - 2] === 'to') return true;
  if (lower[k] !== 'head') return false;
  const next = toks[k + 1];
  const prev = toks[k - 1];
  const named = (x: Token | undefined) => x !== undefined && x.sentence === t.sentence && startsUpper(x.text) && x.pos === 'PROPN';
  return lower[k + 1] !== 'of' && !named(next) && !named(prev);
}

function attachRole(person: Mention, role: { start: number; end: number; text: string }, head: string, sectors: string[]): void {
  // A bare title before the name ("Ambassador Emmanuel Bonne") gives way to the role in apposition that says whose he is.
  if (person.role && (!/^\S+$/.test(person.role.text) || !/\s/.test(role.text))) return;
  person.role = role;
  person.roleHead = head;
  if (sectors.length) person.sectors = [...new Set([...(person.sectors ?? []), ...sectors])];
}

/** Sector codes the words of a role give, longest phrases first ("foreign minister" before "minister"). */
export function sectorsOf(phrase: string, kb: Kb): string[] {
  const out = new Set<string>();
  const words = phrase.replace(/[’']s\b/g, '').split(/\s+/);
  // Longest phrase first, and its words are not read again: an "opposition leader" is no government leader.
  for (let i = 0; i < words.length; ) {
    let found: readonly string[] | undefined;
    let length = 1;
    let key = words[i]!;
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      if (n > 1) key += ' ' + words[i + n - 1]!;
      const s = kb.sectorWords.get(key);
      if (s) {
        found = s;
        length = n;
      }
    }
    if (found) for (const c of found) out.add(c);
    i += length;
  }
  return [...out];
}

function tokenIndexOfStart(toks: Token[], start: number, from: number): number {
  let k = from;
  while (k > 0 && toks[k]!.start > start) k--;
  return k;
}

/** Offset where the role words start after a possessor ("Putin’s special envoy" → "special envoy"). */
function possessorEnd(toks: Token[], left: number, headFrom: number): number | null {
  for (let k = headFrom - 1; k >= left; k--) {
    if (toks[k]!.text === '’s' || toks[k]!.text === "'s") return k + 1 < toks.length ? toks[k + 1]!.start : null;
  }
  return null;
}
