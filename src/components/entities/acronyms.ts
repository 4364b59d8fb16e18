import type { Doc, EntityType, Mention, Token } from '../../doc/schema.js';
import type { Kb } from '../../kb/kb.js';
import { mentionFromTokens } from './names.js';
import { startsUpper } from '../../text/case.js';

/** Words a name's initials skip ("Institute *for* Research *in* …"). */
const LINK_WORDS = new Set(['of', 'for', 'in', 'on', 'and', 'the', 'at', 'to', 'de', 'du', 'des', 'la', 'le', 'el', 'y', '&', '-', "'s", '’s']);
const SHORT_FORM = /^[A-Z][A-Za-z&.]{0,9}$/;

/**
 * Acronyms the text defines ("the Cooperative Institute for Research in Environmental Sciences
 * (CIRES)", "the National Aeronautics and Space Administration (NASA)"): the long form becomes one
 * mention, whatever pieces the rules and the recognizer cut it into, and each mention of the short
 * form takes the long form's type and name, so that resolve makes one actor of both. The long form
 * is found as Schwartz & Hearst (2003) find it: the short form's letters matched right to left in
 * the words before the parenthesis, its first letter starting a word; here every word of it must be
 * capitalized or a link word, as an actor's name is.
 */
export function defineAcronyms(doc: Doc, kb: Kb, mentions: Mention[]): Mention[] {
  const toks = doc.tokens;
  let out = mentions;
  for (let i = 1; i + 2 < toks.length; i++) {
    if (toks[i]!.text !== '(' || toks[i + 2]!.text !== ')') continue;
    const short = toks[i + 1]!.text;
    if (!SHORT_FORM.test(short) || countUpper(short) < 2) continue;
    const letters = longFormStart(toks, i, short);
    if (letters < 0) continue;
    const from = widenedStart(kb, out, toks, letters);
    // "Member of Parliament (MP)" is a title, not an actor's name.
    if (kb.personRoles.has(toks[from]!.text.toLowerCase()) || kb.personTitles.has(toks[from]!.text)) continue;
    if (kb.personRoles.has(doc.text.slice(toks[from]!.start, toks[i - 1]!.end).toLowerCase())) continue;
    out = applyDefinition(doc, out, toks, from, i, short);
  }
  return out;
}

/**
 * The long form's first token, moved back to the start of a name running into it: the letters of
 * "ATF" are found in "Alcohol, Tobacco, Firearms and Explosives", and "HHS" in "Health and Human
 * Services", but the names are "Bureau of Alcohol, …" and "Department of Health and Human
 * Services", whose head gives no letter to the short form.
 */
function widenedStart(kb: Kb, mentions: readonly Mention[], toks: Token[], from: number): number {
  // "Department of | Health and Human Services": an organization's head and "of" before the letters.
  const head = toks[from - 2];
  if (head && toks[from - 1]!.text === 'of' && head.sentence === toks[from]!.sentence && kb.orgHeads.has(head.text)) from -= 2;
  const start = toks[from]!.start;
  const into = mentions.find((m) => m.start < start && m.end > start && m.kind === 'name' && m.type !== 'PERSON');
  if (!into) return from;
  let k = from;
  while (k > 0 && toks[k - 1]!.start >= into.start) k--;
  if (toks[k]!.start !== into.start || toks[k]!.sentence !== toks[from]!.sentence) return from;
  // "The Department of …": the article is no part of the name (see fromArticle).
  return toks[k]!.text.toLowerCase() === 'the' ? k + 1 : k;
}

function countUpper(w: string): number {
  let n = 0;
  for (const ch of w) if (ch >= 'A' && ch <= 'Z') n++;
  return n;
}

/** The first token of the long form that ends before the parenthesis at `open`, or -1. */
function longFormStart(toks: Token[], open: number, short: string): number {
  const letters = [...short.toLowerCase()].filter((c) => /[a-z0-9]/.test(c));
  const maxWords = Math.min(letters.length + 5, letters.length * 2);
  const sentence = toks[open]!.sentence;
  // "the United Kingdom's (UK) …": a long form ends on a word of its own.
  if (LINK_WORDS.has(toks[open - 1]!.text.toLowerCase())) return -1;
  // Candidate words, nearest first: capitalized words and link words of the same sentence.
  const words: number[] = [];
  for (let k = open - 1; k >= 0 && words.length < maxWords + 2; k--) {
    const t = toks[k]!;
    if (t.sentence !== sentence) break;
    const lower = t.text.toLowerCase();
    // "United Nations Educational, Scientific and Cultural Organization": a comma between two capitalized words of a list.
    const listComma = t.text === ',' && k > 0 && startsUpper(toks[k - 1]!.text) && words.length > 0 && startsUpper(toks[words[words.length - 1]!]!.text);
    if (!startsUpper(t.text) && !LINK_WORDS.has(lower) && !listComma) break;
    words.push(k);
  }
  // Letters matched right to left; the last one matched (the short form's first) must open a word.
  let li = letters.length - 1;
  let w = 0;
  let pos = toks[words[0] ?? open]!.text.length - 1;
  while (li >= 0 && w < words.length) {
    const k = words[w]!;
    const text = toks[k]!.text.toLowerCase();
    const c = letters[li]!;
    // The short form's first letter must open a word.
    // (pos < 0: this word's first letter gave the letter before; "Human Services" is no "HHS".)
    const at = li > 0 ? text.lastIndexOf(c, pos) : pos >= 0 && text[0] === c ? 0 : -1;
    if (at >= 0 && !LINK_WORDS.has(text) && text !== ',') {
      li--;
      pos = at - 1;
      if (li < 0) {
        const taken = words.slice(0, w + 1);
        const content = taken.filter((j) => !LINK_WORDS.has(toks[j]!.text.toLowerCase()) && toks[j]!.text !== ',').length;
        const commas = taken.filter((j) => toks[j]!.text === ',').length;
        // Every content word gives a letter or more ("Phivolcs": Philippine Institute of Volcanology and Seismology).
        return open - k - commas > maxWords || content > letters.length + 1 || content < 2 ? -1 : k;
      }
      continue;
    }
    w++;
    pos = (toks[words[w] ?? open]?.text.length ?? 0) - 1;
  }
  return -1;
}

function applyDefinition(doc: Doc, mentions: Mention[], toks: Token[], from: number, open: number, short: string): Mention[] {
  const start = toks[from]!.start;
  const end = toks[open - 1]!.end;
  const inside = mentions.filter((m) => m.start < end && m.end > start && m.kind !== 'pronoun');
  // A piece may run on into the parenthesis ("Cultural Organization (UNESCO"): it ends with the long form.
  const closeEnd = toks[open + 2]!.end;
  // A long form does not start with a person's name ("Ann Lee (AL)"), though a piece the recognizer took for one may
  // stand inside it ("… Commission on International Religious Freedom (USCIRF)"); no mention runs out of it; and
  // where nothing in it looked like a name ("Automatic Identification System (AIS)") no actor is made of it.
  // A piece may open with the article ("The United States Commission …" at a sentence's start): the name starts after it.
  const fromArticle = (m: Mention) => m.start < start && /^the\s+$/i.test(doc.text.slice(m.start, start));
  if (inside.length === 0 || inside.some((m) => (m.type === 'PERSON' && m.start === start) || (m.start < start && !fromArticle(m)) || m.end > closeEnd)) return mentions;
  let long = inside.length === 1 && inside[0]!.start === start && inside[0]!.end === end ? inside[0]! : null;
  // The parenthesis is no part of a name: pieces that ran on into it go with the other pieces.
  if (inside.some((m) => m.end > end || m.start < start)) long = null;
  if (!long) {
    const type = longFormType(inside, end);
    long = mentionFromTokens(doc, toks[from]!, toks[open - 1]!, { type, kind: 'name', rule: 'name:acronym-definition' });
    // "Nigerian Union of Teachers": the country of a piece stays known, as when the recognizer joins names.
    const country = inside.find((m) => m.country)?.country;
    if (country) long.country = country;
    const keep = mentions.filter((m) => !inside.includes(m));
    mentions = [...keep, long].sort((a, b) => a.start - b.start || b.end - a.end);
  }
  const bare = mentions.filter((m) => m.text === short && m.kind !== 'pronoun');
  // A short form the knowledge base knows ("UNESCO", "IAEA") gives the long form its name and code.
  const known = long.rule.startsWith('gazetteer:') ? undefined : bare.find((m) => m.rule === 'gazetteer:organization' || m.rule === 'gazetteer:media');
  if (known) {
    long.type = known.type;
    if (known.canonical) long.canonical = known.canonical;
    if (known.code) long.code = known.code;
    if (known.sectors) long.sectors = [...known.sectors];
    if (known.country) long.country = known.country;
    else long.country = undefined;
  }
  const name = long.canonical ?? long.text;
  const named = new Set(bare.map((m) => m.start));
  const added: Mention[] = [];
  for (let k = open + 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.text !== short || named.has(t.start)) continue;
    if (mentions.some((m) => m.start <= t.start && t.end <= m.end)) continue;
    added.push(mentionFromTokens(doc, t, t, { type: long.type, kind: 'acronym', rule: 'name:acronym-defined' }));
  }
  for (const m of [...bare, ...added]) {
    m.type = long.type;
    m.kind = 'acronym';
    m.canonical = name;
    if (long.country) m.country = long.country;
    else m.country = undefined;
    if (long.code) m.code = long.code;
    if (long.sectors) m.sectors = [...long.sectors];
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end) : mentions;
}

/**
 * A long form the pieces do not cover, or cover in several pieces, names an organization ("United
 * States Geological Survey", "Syrian Democratic Forces"), or a medium if its last piece, the head
 * of the name, was one ("American Broadcasting Company").
 */
function longFormType(pieces: Mention[], end: number): EntityType {
  const head = pieces[pieces.length - 1]!;
  return head.type === 'MEDIA' && head.end === end ? 'MEDIA' : 'ORGANIZATION';
}
