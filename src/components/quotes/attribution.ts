import type { Doc, Mention, Token } from '../../doc/schema.js';
import { tokenIndexAt } from '../../doc/doc.js';
import type { Kb } from '../../kb/kb.js';

/** A speech verb with the actor who speaks and the actors they cite. */
export interface Attribution {
  cue: Token;
  /** Extra cue words ("according to", "as saying"). */
  cueEnd: number;
  source: Mention | null;
  via: Mention[];
  rule: string;
}

const PP_HEADS = new Set(['of', 'in', 'to', 'for', 'with', 'from', 'at', 'on', 'by', 'about', 'against', 'over', 'between', 'into', 'under', 'than', 'as']);
const CITING = new Set(['cite', 'quote']);

export function isSpeechVerb(t: Token, kb: Kb): boolean {
  return (t.pos === 'VERB' || t.pos === 'AUX') && kb.speechVerbs.has(t.lemma);
}

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
 * The subject of a verb: the nearest actor mention before it in the clause that is not inside a
 * prepositional phrase ("of the Supreme National Security Council") or a parenthetical. When the
 * verb is coordinated ("…, and said"), the clause's subject is the sentence's first actor.
 */
export function subjectBefore(doc: Doc, verb: Token, candidates: Mention[], from: number): Mention | null {
  const toks = doc.tokens;
  const vi = tokenIndexAt(doc, verb.start);
  const before = candidates.filter((m) => m.start >= from && m.end <= verb.start);
  if (!before.length) return null;
  let k = vi - 1;
  while (k >= 0 && (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV' || toks[k]!.pos === 'PART')) k--;
  if (k >= 0 && toks[k]!.text.toLowerCase() === 'and') return before[0]!;
  for (let n = before.length - 1; n >= 0; n--) {
    const m = before[n]!;
    const mi = tokenIndexAt(doc, m.start);
    let p = mi - 1;
    while (p >= 0 && toks[p]!.pos === 'DET') p--;
    const prev = p >= 0 ? toks[p]!.text.toLowerCase() : '';
    if (PP_HEADS.has(prev) || prev === '’s' || prev === "'s") continue;
    // A possessor ("Moscow’s ambassador") is not the subject; what it possesses is.
    const next = toks[tokenIndexAt(doc, m.end)];
    if (next && (next.text === '’s' || next.text === "'s")) continue;
    return m;
  }
  return null;
}

/** Actors named in a "citing …" phrase of the clause: the speaker's own sources. */
export function citedSources(doc: Doc, candidates: Mention[], from: number, to: number): Mention[] {
  const span = doc.text.slice(from, to);
  const at = span.search(/\bciting\b|\bquoting\b|\baccording to\b/i);
  if (at < 0) return [];
  const start = from + at;
  const comma = doc.text.indexOf(',', start);
  const end = comma < 0 || comma > to ? to : comma;
  return candidates.filter((m) => m.start >= start && m.end <= end && m.type !== 'COUNTRY');
}

/**
 * After a quotation: `,” Dzhagaryan affirmed.` / `,” he said` / `," outlets cited Irvani, as saying.`
 * The first speech verb before the sentence ends, with its subject on either side.
 */
export function attributionAfter(doc: Doc, kb: Kb, from: number, to: number, candidates: Mention[]): Attribution | null {
  const toks = doc.tokens;
  for (let k = tokenIndexAt(doc, from); k < toks.length && toks[k]!.start < to; k++) {
    const t = toks[k]!;
    if (/^[“"«]$/.test(t.text)) break;
    if (!isSpeechVerb(t, kb)) continue;
    const subj = candidates.filter((m) => m.start >= from && m.end <= t.start).pop() ?? null;
    const obj = candidates.find((m) => m.start >= t.end && m.start < to && m.start - t.end < 40) ?? null;
    if (CITING.has(t.lemma) && obj) {
      const asSaying = /^[\s,]*as saying/.exec(doc.text.slice(obj.end, to));
      return { cue: t, cueEnd: asSaying ? obj.end + asSaying[0].length : t.end, source: obj, via: subj ? [subj] : [], rule: 'direct:cited-as-saying' };
    }
    const source = subj ?? obj;
    if (!source) continue;
    return { cue: t, cueEnd: t.end, source, via: [], rule: subj ? 'direct:source-verb-after' : 'direct:verb-source-after' };
  }
  return null;
}

/** Before a quotation: `Jerusalem Post reported Thursday, “…` / `he said “…` / `X said … that the “…`. */
export function attributionBefore(doc: Doc, kb: Kb, from: number, to: number, candidates: Mention[]): Attribution | null {
  const toks = doc.tokens;
  for (let k = tokenIndexAt(doc, to) - 1; k >= 0 && toks[k]!.start >= from; k--) {
    const t = toks[k]!;
    if (/^[”»]$/.test(t.text)) break;
    if (!isSpeechVerb(t, kb)) continue;
    const source = subjectBefore(doc, t, candidates, from);
    if (!source) continue;
    const via = citedSources(doc, candidates, from, to).filter((m) => m !== source);
    return { cue: t, cueEnd: t.end, source, via, rule: 'direct:verb-before' };
  }
  return null;
}
