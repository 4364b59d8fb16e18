import type { Event, Place, Timex } from '../../../doc/schema.js';
import { locationOf } from './location.js';
import { POSSESSIVES } from '../model/cues.js';
import type { ActorRef } from './actorPhrases.js';
import type { Context } from './context.js';
import { tokenAtOrAfter, tokenRangeEnd } from './view.js';

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
    this.timexes = [];
    for (const t of view.doc.timexes) {
      if (t.type !== 'DATE' && t.type !== 'TIME') continue;
      const token = tokenAtOrAfter(view, t.start);
      if (tokenRangeEnd(view, token, t.end) <= token) continue;
      const after = tokenAtOrAfter(view, t.end);
      // "reported July 18", "said Thursday": the date of the report, not of what it reports.
      const before = token - 1;
      const reportVerb = before >= 0 && view.pos[before] === 'VERB' && ctx.kb.speechVerbs.has(view.lemma[before]!) ? before : -1;
      const possessive = after < view.tokens.length && POSSESSIVES.has(view.lower[after]!);
      this.timexes.push({ item: t, token, clause: clauses.of[token]!, possessive, reportVerb });
    }
    // Only a place in a locative phrase says where something happened ("in Helsinki"); "from Afghanistan" does not.
    this.places = [];
    const places = view.doc.places;
    // The phrase builder located the places already.
    const known = ctx.phrases.placeTokens;
    for (let pi = 0; pi < places.length; pi++) {
      const p = places[pi]!;
      // "Washington said": a government acting, not where anything happened.
      if (p.metonymic) continue;
      let token: number;
      if (known && known.length === places.length) {
        token = known[pi]!;
        if (token < 0) continue;
      } else {
        token = tokenAtOrAfter(view, p.start);
        if (tokenRangeEnd(view, token, p.end) <= token) continue;
      }
      let b = token - 1;
      while (b >= 0 && (view.pos[b] === 'DET' || view.pos[b] === 'ADJ')) b--;
      if (b >= 0 && LOCATIVE_PREPS.has(view.lower[b]!)) this.places.push({ item: p, token, clause: clauses.of[token]! });
    }
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
  placeAt(anchor: number): Place | null {
    const clause = this.ctx.clauses.of[anchor]!;
    let after: Located<Place> | null = null;
    let before: Located<Place> | null = null;
    for (const p of this.places) {
      if (p.clause !== clause) continue;
      if (p.token > anchor) {
        if (!after || p.token < after.token) after = p;
      } else if (!before || p.token > before.token) before = p;
    }
    return (after ?? before)?.item ?? null;
  }

  /** The place overlapping a destination ("arrived in Tehran", "visited Jerusalem"): where it happened too. */
  placeOf(ref: ActorRef): Place | null {
    for (const x of this.ctx.view.doc.places) if (x.start < ref.end && ref.start < x.end) return x;
    return null;
  }
}

type Span = { start: number; end: number; text: string };

/** Whether text[from, to) is empty or only whitespace (as `slice(...).trim() === ''`). */
function blankGap(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return text.slice(from, to).trim() === '';
  }
  return true;
}

/**
 * Sorts spans by start, longer first on ties, stably: what `Array.prototype.sort` gives, by insertion, as the list
 * is short and nearly in order already.
 */
function sortSpans(list: Array<{ start: number; end: number }>): void {
  for (let i = 1; i < list.length; i++) {
    const s = list[i]!;
    let k = i;
    while (k > 0 && (list[k - 1]!.start - s.start || s.end - list[k - 1]!.end) > 0) {
      list[k] = list[k - 1]!;
      k--;
    }
    list[k] = s;
  }
}

function evidenceSpans(ctx: Context, draft: Draft): Span[] {
  const { view } = ctx;
  const text = view.doc.text;
  const raw: Array<{ start: number; end: number }> = [];
  // The event's words, each once, in text order.
  const tokens: number[] = [];
  for (const k of draft.tokens) {
    let at = tokens.length;
    while (at > 0 && tokens[at - 1]! > k) at--;
    if (at > 0 && tokens[at - 1] === k) continue;
    tokens.push(k);
    for (let m = tokens.length - 1; m > at; m--) tokens[m] = tokens[m - 1]!;
    tokens[at] = k;
  }
  for (let n = 0; n < tokens.length; n++) {
    const k = tokens[n]!;
    const ts = view.starts[k]!;
    const te = view.ends[k]!;
    const last = raw[raw.length - 1];
    // Adjacent words join into one span ("impose sanctions on").
    if (last && n > 0 && tokens[n - 1] === k - 1 && blankGap(text, last.end, ts)) last.end = te;
    else raw.push({ start: ts, end: te });
  }
  const { source, target } = draft;
  if (source.end > source.start) raw.push({ start: source.start, end: source.end });
  if (target && target.end > target.start) raw.push({ start: target.start, end: target.end });
  sortSpans(raw);
  const merged: Span[] = [];
  for (const s of raw) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end, text: '' });
  }
  for (const s of merged) s.text = text.slice(s.start, s.end);
  return merged;
}

/** Char codes of the hex digits. */
const HEX_CODES = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];

/** Two 32-bit values as 16 lowercase hex digits, each padded to 8 (as `toString(16).padStart(8, '0')` twice). */
function hex16(a: number, b: number): string {
  const h = HEX_CODES;
  return String.fromCharCode(
    h[(a >>> 28) & 15]!, h[(a >>> 24) & 15]!, h[(a >>> 20) & 15]!, h[(a >>> 16) & 15]!,
    h[(a >>> 12) & 15]!, h[(a >>> 8) & 15]!, h[(a >>> 4) & 15]!, h[a & 15]!,
    h[(b >>> 28) & 15]!, h[(b >>> 24) & 15]!, h[(b >>> 20) & 15]!, h[(b >>> 16) & 15]!,
    h[(b >>> 12) & 15]!, h[(b >>> 8) & 15]!, h[(b >>> 4) & 15]!, h[b & 15]!,
  );
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
  return hex16(a, b);
}

const ref = (r: ActorRef) => ({ entity: r.entity, actor: r.actor, text: r.text });

/** Lanes of `stableId`, fed character by character (see eventId). */
let laneA = 0;
let laneB = 0;

function feedChar(c: number): void {
  laneA = Math.imul(laneA ^ c, 0x01000193);
  laneB = Math.imul(laneB ^ c, 0x5bd1e995) ^ (laneB >>> 15);
}

function feedString(s: string): void {
  for (let i = 0; i < s.length; i++) feedChar(s.charCodeAt(i));
}

/** Decimal digits of an integer in [0, 2^31). */
function digits(n: number): number {
  let d = 1;
  for (let p = 10; d < 10 && n >= p; p *= 10) d++;
  return d;
}

const digitBuffer = new Int32Array(10);

/** Feeds the decimal digits of an integer in [0, 2^31), most significant first. */
function feedInt(n: number): void {
  let k = 0;
  do {
    digitBuffer[k++] = n % 10;
    n = (n / 10) | 0;
  } while (n > 0);
  while (k > 0) feedChar(48 + digitBuffer[--k]!);
}

const plainInt = (n: number) => Number.isInteger(n) && n >= 0 && n <= 0x7fffffff;

/**
 * The id of an event: `stableId` of "doc id|start-end,start-end…|code", hashed without building that key
 * (offsets are plain integers; anything else takes the key route).
 */
function eventId(docId: string, evidence: Span[], code: string): string {
  let len = 0;
  for (let i = 0; i < evidence.length; i++) {
    const e = evidence[i]!;
    if (typeof docId !== 'string' || !plainInt(e.start) || !plainInt(e.end)) {
      let spans = '';
      for (let j = 0; j < evidence.length; j++) spans += (j ? ',' : '') + evidence[j]!.start + '-' + evidence[j]!.end;
      return stableId(`${docId}|${spans}|${code}`);
    }
    len += (i ? 1 : 0) + digits(e.start) + 1 + digits(e.end);
  }
  if (typeof docId !== 'string') return stableId(`${docId}||${code}`);
  laneA = 0x811c9dc5;
  laneB = 0x01000193 ^ (docId.length + 1 + len + 1 + code.length);
  feedString(docId);
  feedChar(124);
  for (let i = 0; i < evidence.length; i++) {
    const e = evidence[i]!;
    if (i) feedChar(44);
    feedInt(e.start);
    feedChar(45);
    feedInt(e.end);
  }
  feedChar(124);
  feedString(code);
  return hex16(laneA, laneB);
}

/** Turns a draft into the schema Event, with CAMEO facts from the kb and a stable id; null for an unknown code. */
export function toEvent(ctx: Context, settings: Settings, draft: Draft): Event | null {
  const cameo = ctx.index.cameo.get(draft.code);
  if (!cameo) return null;
  const evidence = evidenceSpans(ctx, draft);
  const where = (draft.placeRef && settings.placeOf(draft.placeRef)) ?? settings.placeAt(draft.anchor);
  return {
    id: eventId(ctx.view.doc.id, evidence, draft.code),
    source: ref(draft.source),
    target: draft.target ? ref(draft.target) : null,
    cameo: draft.code,
    root: draft.code.slice(0, 2),
    plover: cameo.plover,
    goldstein: cameo.goldstein,
    quad: cameo.quad,
    date: settings.dateAt(draft.anchor),
    place: where?.name ?? null,
    location: locationOf(where),
    evidence,
    rule: draft.rule,
    confidence: Math.round(Math.min(0.95, Math.max(0.2, draft.confidence)) * 100) / 100,
    reportedBy: draft.reportedBy,
  };
}
