import type { Doc, Mention } from '../../doc/schema.js';
import { tokenIndexAt } from '../../doc/doc.js';
import { MAKING_VERBS, type CharSpan } from './compute/reported.js';
import { firstStartingAt, within } from './compute/span-index.js';

const PP_HEADS = new Set(['of', 'in', 'to', 'for', 'with', 'from', 'at', 'on', 'by', 'about', 'against', 'over', 'between', 'into', 'under', 'than', 'as']);
const RELATIVES = new Set(['who', 'which', 'that', 'whom']);
const RELATIVE_CLAUSE = /\s(?:who|which|that)\s+/;
// A comma right before a name, or before its abbreviated honorific ("Dr.", "Sen.").
const APPOSED = /,\s*(?:\p{Lu}\p{Ll}{0,3}\.\s*)?$/u;

/** Mentions that can be a speaker: actors, not places inside phrases nor words inside someone's role. */
export function speakerCandidates(doc: Doc): Mention[] {
  const roles = doc.mentions.filter((m) => m.role && m.kind !== 'title').map((m) => m.role!).sort((a, b) => a.start - b.start);
  // Roles are short: one starting within a few dozen characters before a mention is all that can hold it.
  const inRole = (m: Mention) => {
    for (let i = firstStartingAt(roles, m.start + 1) - 1; i >= 0 && m.start - roles[i]!.start < 300; i--) {
      const r = roles[i]!;
      if (r.start <= m.start && m.end <= r.end && !(r.start === m.start && r.end === m.end)) return true;
    }
    return false;
  };
  return doc.mentions.filter((m) => m.entity !== null && m.kind !== 'demonym' && !inRole(m)).sort((a, b) => a.start - b.start);
}

/**
 * The mention that a source phrase is about: its head, not an actor inside one of its prepositional
 * phrases ("ambassador to Tehran") nor a possessor ("Moscow’s ambassador"). A relative pronoun
 * ("…, who said") points to the phrase before it.
 */
export function speakerIn(doc: Doc, source: CharSpan, candidates: Mention[]): Mention | null {
  const toks = doc.tokens;
  const word = doc.text.slice(source.start, source.end).toLowerCase();
  if (RELATIVES.has(word)) {
    for (let i = firstStartingAt(candidates, source.start) - 1; i >= 0 && source.start - candidates[i]!.start < 200; i--) {
      const m = candidates[i]!;
      // A relative pronoun stands for a noun phrase, not for a pronoun ("since I took office … Americans who know").
      if (m.kind === 'pronoun') continue;
      if (m.end <= source.start && source.start - m.end < 80) return m;
    }
    return null;
  }
  // "Voters who were once intrigued by Mr. Trump": a relative clause whose pronoun is its subject tells
  // of the phrase's head, and names in it ("Mr. Trump") are no speaker. Not "proclamations which
  // analysts say", "a move whose rarity, CBS noted,": there the clause's own subject may be the speaker;
  // nor "The report, which was written by the Harbour Authority,": the maker speaks through what it made.
  const clause = RELATIVE_CLAUSE.exec(doc.text.slice(source.start, source.end));
  if (clause) {
    const v = tokenIndexAt(doc, source.start + clause.index + clause[0].length);
    const made = toks[v]?.lemma === 'be' && MAKING_VERBS.has(toks[v + 1]?.lemma ?? '') && toks[v + 2]?.text === 'by';
    if (!made && (toks[v]?.pos === 'VERB' || toks[v]?.pos === 'AUX' || toks[v]?.pos === 'ADV')) source = { start: source.start, end: source.start + clause.index };
  }
  const inside = within(candidates, source.start, source.end);
  // "Democratic committee chairman Jerrold Nadler of New York": the head is the last name before the
  // phrase's first comma or preposition, not a modifier before it.
  const heads = inside.filter((m) => m.type === 'PERSON' && !/[,(]|\s(of|for|at|in|from|with)\s/.test(doc.text.slice(source.start, m.start)));
  if (heads.length > 1 || (heads.length === 1 && heads[0] !== inside[0])) {
    const last = heads[heads.length - 1]!;
    const prev = toks[tokenIndexAt(doc, last.start) - 1];
    // "the BBC's Jonathan Marcus": a possessor before the name is no head, the name after it is.
    if (!(prev && prev.start >= source.start && PP_HEADS.has(prev.text.toLowerCase()))) return last;
  }
  // "a Republican, Mark Amodei,", "the institute's director, Dr. Anthony Fauci,": a name in apposition to
  // a phrase that names no person speaks for it (a list of names, "Two Democrats, Ann Lee and Bo Park,",
  // leaves the group as the speaker).
  if (inside.length > 1 && inside[0]!.type !== 'PERSON') {
    const named = inside.find((m) => m.type === 'PERSON' && m.kind !== 'pronoun' && m.kind !== 'title' && APPOSED.test(doc.text.slice(Math.max(source.start, m.start - 12), m.start)));
    if (named && !/^\s+and\s/.test(doc.text.slice(named.end, named.end + 6))) return named;
  }
  for (const m of inside) {
    const mi = tokenIndexAt(doc, m.start);
    let p = mi - 1;
    while (p >= 0 && toks[p]!.start >= source.start && toks[p]!.pos === 'DET') p--;
    const prev = p >= 0 && toks[p]!.start >= source.start ? toks[p]!.text.toLowerCase() : '';
    // A bracketed name is the short form or affiliation of what stands before it, not the head.
    if (PP_HEADS.has(prev) || prev === '(') continue;
    const next = toks[tokenIndexAt(doc, m.end)];
    if (next && (next.text === '’s' || next.text === "'s") && next.end < source.end) continue;
    // A modifier right before the head ("Saudi" in "Saudi Press Agency"): the head speaks.
    const head = inside.find((n) => n.start > m.end && /^\s+$/.test(doc.text.slice(m.end, n.start)));
    return head ?? m;
  }
  if (inside.length === 0) {
    const initialled = initialsOf(doc, source, candidates);
    if (initialled) return initialled;
  }
  // A mention overlapping the phrase ("Officials" tagged as a name inside "US officials").
  for (let i = Math.max(0, firstStartingAt(candidates, source.start) - 3); i < candidates.length && candidates[i]!.start < source.end; i++) {
    if (source.start < candidates[i]!.end) return candidates[i]!;
  }
  return null;
}

/**
 * "NG: This study started in 1982": an interview's speaker label written as initials is the person named
 * in full before it whose names start with those letters (Natasha Gownaris).
 */
function initialsOf(doc: Doc, source: CharSpan, candidates: Mention[]): Mention | null {
  const label = doc.text.slice(source.start, source.end);
  if (!/^\p{Lu}{2,3}$/u.test(label)) return null;
  let found: Mention | null = null;
  for (const m of candidates) {
    if (m.start >= source.start) break;
    if (m.type !== 'PERSON' || m.kind !== 'name') continue;
    const words = m.text.split(/\s+/);
    if (words.length === label.length && words.every((w, i) => w[0] === label[i])) found = m;
  }
  return found;
}

/**
 * Actors named in a "citing …" phrase of the clause: the speaker's own sources. `cites` holds the
 * offsets of every "citing"/"quoting" of the article, in order, found once per article.
 */
export function citedSources(doc: Doc, candidates: Mention[], from: number, to: number, cites: readonly number[]): Mention[] {
  const start = cites.find((c) => c >= from && c < to);
  if (start === undefined) return [];
  const comma = doc.text.indexOf(',', start);
  const end = comma < 0 || comma > to ? to : comma;
  return within(candidates, start, end).filter((m) => m.type !== 'COUNTRY');
}
