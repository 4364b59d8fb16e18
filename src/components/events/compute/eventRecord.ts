import type { Event, Place, Timex } from '../../../doc/schema.js';
import { POSSESSIVES } from '../model/cues.js';
import type { ActorRef } from './actorPhrases.js';
import type { Context } from './context.js';
import { tokenAtOrAfter, tokenRange } from './view.js';

/** What the coder decided for one event, before it becomes a schema Event. */
export interface Draft {
  source: ActorRef;
  /** Null for a monadic event ("Iran pledged to cooperate"). */
  target: ActorRef | null;
  code: string;
  /** The event's words (trigger, `with` words, governed verb), as view indices. */
  tokens: number[];
  /** The token the event hangs on, for date and place lookup. */
  anchor: number;
  rule: string;
  confidence: number;
  reportedBy: string | null;
  /** A destination target ("arrived in Tehran"): where the event happened too. */
  placeRef?: ActorRef;
}

/** Prepositions that locate an event at a place. */
const LOCATIVE_PREPS = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'within', 'around']);

interface Located<T> {
  item: T;
  token: number;
  clause: number;
}

/** Timexes and places with their token and clause, computed once per document. */
export class Settings {
  private readonly timexes: Array<Located<Timex> & { possessive: boolean; reportVerb: number }>;
  private readonly places: Array<Located<Place>>;

  constructor(private readonly ctx: Context) {
    const { view, clauses } = ctx;
    const locate = <T extends { start: number; end: number }>(item: T): Located<T> | null => {
      const r = tokenRange(view, item.start, item.end);
      return r.start < r.end ? { item, token: r.start, clause: clauses.of[r.start]! } : null;
    };
    this.timexes = view.doc.timexes
      .filter((t) => t.type === 'DATE' || t.type === 'TIME')
      .flatMap((t) => {
        const l = locate(t);
        if (!l) return [];
        const after = tokenAtOrAfter(view, t.end);
        // "reported July 18", "said Thursday": the date of the report, not of what it reports.
        const before = l.token - 1;
        const reportVerb = before >= 0 && view.pos[before] === 'VERB' && ctx.kb.speechVerbs.has(view.lemma[before]!) ? before : -1;
        const possessive = after < view.tokens.length && POSSESSIVES.has(view.lower[after]!);
        return [{ item: l.item, token: l.token, clause: l.clause, possessive, reportVerb }];
      });
    // Only a place in a locative phrase says where something happened ("in Helsinki"); "from Afghanistan" does not.
    this.places = view.doc.places.flatMap((p) => {
      const l = locate(p);
      if (!l) return [];
      let b = l.token - 1;
      while (b >= 0 && (view.pos[b] === 'DET' || view.pos[b] === 'ADJ')) b--;
      return b >= 0 && LOCATIVE_PREPS.has(view.lower[b]!) ? [l] : [];
    });
  }

  /**
   * The date of the event at the anchor: a DATE or TIME timex of its clause, else of its sentence. A timex that is
   * a possessor ("last Monday's summit") dates only the noun it owns, and one right after a speech verb ("reported
   * July 18") dates the report, so both are skipped for other events.
   */
  dateAt(anchor: number): string | null {
    const { clauses, view } = this.ctx;
    const clause = clauses.of[anchor]!;
    const sentence = view.sentence[anchor];
    let best: (typeof this.timexes)[number] | null = null;
    let bestInClause = false;
    for (const t of this.timexes) {
      // The clause's own date first; else one elsewhere in the sentence ("When Iran left on Monday, Russia …").
      const inClause = t.clause === clause;
      if (!inClause && (view.sentence[t.token] !== sentence || clauses.list[t.clause]!.kind === 'quote')) continue;
      if (t.possessive && !(t.token < anchor && anchor - t.token <= 6)) continue;
      if (t.reportVerb >= 0 && t.reportVerb !== anchor) continue;
      const closer = !best || Math.abs(t.token - anchor) < Math.abs(best.token - anchor);
      if ((inClause && !bestInClause) || (inClause === bestInClause && closer)) {
        best = t;
        bestInClause = inClause;
      }
    }
    return best ? best.item.value : null;
  }

  /** The place named in the anchor's clause, the one after the anchor first ("summit in Helsinki"). */
  placeAt(anchor: number): string | null {
    const clause = this.ctx.clauses.of[anchor]!;
    let after: Located<Place> | null = null;
    let before: Located<Place> | null = null;
    for (const p of this.places) {
      if (p.clause !== clause) continue;
      if (p.token > anchor) {
        if (!after || p.token < after.token) after = p;
      } else if (!before || p.token > before.token) before = p;
    }
    return (after ?? before)?.item.name ?? null;
  }

  /** The place overlapping a destination ("arrived in Tehran", "visited Jerusalem"): where it happened too. */
  placeOf(ref: ActorRef): string | null {
    if (ref.place) return ref.place.name;
    const p = this.ctx.view.doc.places.find((x) => x.start < ref.end && ref.start < x.end);
    return p ? p.name : null;
  }
}

type Span = { start: number; end: number; text: string };

function evidenceSpans(ctx: Context, draft: Draft): Span[] {
  const { view } = ctx;
  const text = view.doc.text;
  const raw: Array<{ start: number; end: number }> = [];
  const tokens = [...new Set(draft.tokens)].sort((a, b) => a - b);
  for (let n = 0; n < tokens.length; n++) {
    const k = tokens[n]!;
    const t = view.tokens[k]!;
    const last = raw[raw.length - 1];
    // Adjacent words join into one span ("impose sanctions on").
    if (last && n > 0 && tokens[n - 1] === k - 1 && text.slice(last.end, t.start).trim() === '') last.end = t.end;
    else raw.push({ start: t.start, end: t.end });
  }
  for (const r of [draft.source, draft.target]) if (r && r.end > r.start) raw.push({ start: r.start, end: r.end });
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of raw) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end, text: '' });
  }
  for (const s of merged) s.text = text.slice(s.start, s.end);
  return merged;
}

/** A stable 64-bit hash as 16 hex digits (two 32-bit FNV-1a lanes); ids only need to be stable, not secret. */
export function stableId(key: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Turns a draft into the schema Event, with CAMEO facts from the kb and a stable id; null for an unknown code. */
export function toEvent(ctx: Context, settings: Settings, draft: Draft): Event | null {
  const cameo = ctx.kb.cameo.get(draft.code);
  if (!cameo) return null;
  const evidence = evidenceSpans(ctx, draft);
  const key = `${ctx.view.doc.id}|${evidence.map((e) => `${e.start}-${e.end}`).join(',')}|${draft.code}`;
  const ref = (r: ActorRef) => ({ entity: r.entity, actor: r.actor, text: r.text });
  return {
    id: stableId(key),
    source: ref(draft.source),
    target: draft.target ? ref(draft.target) : null,
    cameo: draft.code,
    root: draft.code.slice(0, 2),
    plover: cameo.plover,
    goldstein: cameo.goldstein,
    quad: cameo.quad,
    date: settings.dateAt(draft.anchor),
    place: (draft.placeRef && settings.placeOf(draft.placeRef)) ?? settings.placeAt(draft.anchor),
    evidence,
    rule: draft.rule,
    confidence: Math.round(Math.min(0.95, Math.max(0.2, draft.confidence)) * 100) / 100,
    reportedBy: draft.reportedBy,
  };
}
