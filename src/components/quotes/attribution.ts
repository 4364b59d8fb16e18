import type { Doc, Mention } from '../../doc/schema.js';
import { tokenIndexAt } from '../../doc/doc.js';
import type { CharSpan } from './compute/reported.js';

const PP_HEADS = new Set(['of', 'in', 'to', 'for', 'with', 'from', 'at', 'on', 'by', 'about', 'against', 'over', 'between', 'into', 'under', 'than', 'as']);
const RELATIVES = new Set(['who', 'which', 'that', 'whom']);

/** Mentions that can be a speaker: actors, not places inside phrases nor words inside someone's role. */
export function speakerCandidates(doc: Doc): Mention[] {
  const roles = doc.mentions.filter((m) => m.role && m.kind !== 'title').map((m) => m.role!);
  return doc.mentions.filter(
    (m) =>
      m.entity !== null &&
      m.kind !== 'demonym' &&
      !roles.some((r) => r.start <= m.start && m.end <= r.end && !(r.start === m.start && r.end === m.end)),
  );
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
    const before = candidates.filter((m) => m.end <= source.start && source.start - m.end < 80);
    return before.pop() ?? null;
  }
  const inside = candidates.filter((m) => m.start >= source.start && m.end <= source.end);
  for (const m of inside) {
    const mi = tokenIndexAt(doc, m.start);
    let p = mi - 1;
    while (p >= 0 && toks[p]!.start >= source.start && toks[p]!.pos === 'DET') p--;
    const prev = p >= 0 && toks[p]!.start >= source.start ? toks[p]!.text.toLowerCase() : '';
    if (PP_HEADS.has(prev) || prev === '’s' || prev === "'s") continue;
    const next = toks[tokenIndexAt(doc, m.end)];
    if (next && (next.text === '’s' || next.text === "'s") && next.end < source.end) continue;
    // A modifier right before the head ("Saudi" in "Saudi Press Agency"): the head speaks.
    const head = inside.find((n) => n.start > m.end && /^\s+$/.test(doc.text.slice(m.end, n.start)));
    return head ?? m;
  }
  // A mention overlapping the phrase ("Officials" tagged as a name inside "US officials").
  return candidates.find((m) => m.start < source.end && source.start < m.end) ?? null;
}

/** Actors named in a "citing …" phrase of the clause: the speaker's own sources. */
export function citedSources(doc: Doc, candidates: Mention[], from: number, to: number): Mention[] {
  const span = doc.text.slice(from, to);
  const at = span.search(/\bciting\b|\bquoting\b/i);
  if (at < 0) return [];
  const start = from + at;
  const comma = doc.text.indexOf(',', start);
  const end = comma < 0 || comma > to ? to : comma;
  return candidates.filter((m) => m.start >= start && m.end <= end && m.type !== 'COUNTRY');
}
