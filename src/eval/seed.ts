import { z } from 'zod';
import type { ActorRef, Doc, Entity, Event, Quote } from '../doc/schema.js';
import { findAll, findFrom, spansOverlap, wordsIn, type TextSpan } from './text-search.js';

/**
 * The seed scorer: one hand-annotated article, every layer, matching rules from
 * ../shared/data/README.md (section "seed"). Each gold item counts once.
 */

const GoldEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  country: z.string().nullable().optional(),
  actor: z.string().nullable().optional(),
  mentions: z.array(z.string()).default([]),
  accept_names: z.array(z.string()).default([]),
  roles: z.array(z.string()).optional(),
  variants: z.array(z.string()).optional(),
  note: z.string().optional(),
});

const GoldTimexSchema = z.object({
  text: z.string(),
  value: z.string(),
  context: z.string(),
  note: z.string().optional(),
});

const GoldQuoteSchema = z.object({
  speaker: z.string().nullable(),
  kind: z.string().optional(),
  cue: z.string().nullable().optional(),
  starts: z.string(),
  via: z.array(z.string()).optional(),
  truncated: z.boolean().optional(),
  note: z.string().optional(),
});

const GoldEventSchema = z.object({
  source: z.string().nullable(),
  target: z.string().nullable(),
  code: z.string(),
  root: z.string(),
  date: z.string().nullable().optional(),
  place: z.string().nullable().optional(),
  evidence: z.string(),
  accept: z.array(z.string()).default([]),
});

const GoldPlaceSchema = z.object({ name: z.string(), country: z.string().nullable() });

const GoldFlagSchema = z.object({ kind: z.string(), text: z.string(), fix: z.string().optional() });

export const SeedGoldSchema = z.object({
  about: z.string().optional(),
  /** The article itself, or… */
  text: z.string().optional(),
  /** …the name of a file holding it, relative to the gold file. */
  article: z.string().optional(),
  document: z.object({ date: z.string().nullable().optional(), language: z.string().optional() }).default({}),
  entities: z.array(GoldEntitySchema).default([]),
  places: z.array(GoldPlaceSchema).default([]),
  timexes: z.array(GoldTimexSchema).default([]),
  quotes: z.array(GoldQuoteSchema).default([]),
  events: z.array(GoldEventSchema).default([]),
  flags: z.array(GoldFlagSchema).default([]),
});

export type SeedGold = z.infer<typeof SeedGoldSchema>;
export type GoldEntity = z.infer<typeof GoldEntitySchema>;
export type GoldTimex = z.infer<typeof GoldTimexSchema>;
export type GoldQuote = z.infer<typeof GoldQuoteSchema>;
export type GoldEvent = z.infer<typeof GoldEventSchema>;

export interface Score {
  correct: number;
  total: number;
}

export interface ScoreWithExtracted extends Score {
  /** How many the system produced, so precision shows. */
  extracted: number;
}

/** The JSON keys of `tidings eval seed --json`. */
export interface SeedScores {
  persons: Score;
  variantGroups: Score;
  timex: ScoreWithExtracted;
  quotes: ScoreWithExtracted;
  events: ScoreWithExtracted;
  places: Score;
  flags: Score;
}

export type SeedCategory = keyof SeedScores;

export const SEED_CATEGORIES: readonly SeedCategory[] = ['persons', 'variantGroups', 'timex', 'quotes', 'events', 'places', 'flags'];

/** One gold item and whether the document got it; `reason` says why not. */
export interface SeedItem {
  category: SeedCategory;
  label: string;
  ok: boolean;
  reason?: string;
}

export interface SeedResult {
  scores: SeedScores;
  items: SeedItem[];
}

/** Scores a document against seed gold. Pure: reads both, changes neither. */
export function scoreSeed(gold: SeedGold, doc: Doc): SeedResult {
  const items: SeedItem[] = [
    ...scorePersons(gold, doc),
    ...scoreVariantGroups(gold, doc),
    ...scoreTimexes(gold, doc),
    ...scoreQuotes(gold, doc),
    ...scoreEvents(gold, doc),
    ...scorePlaces(gold, doc),
    ...scoreFlags(gold, doc),
  ];
  const tally = (category: SeedCategory): Score => {
    const mine = items.filter((i) => i.category === category);
    return { correct: mine.filter((i) => i.ok).length, total: mine.length };
  };
  const scores: SeedScores = {
    persons: tally('persons'),
    variantGroups: tally('variantGroups'),
    timex: { ...tally('timex'), extracted: doc.timexes.length },
    quotes: { ...tally('quotes'), extracted: doc.quotes.length },
    events: { ...tally('events'), extracted: doc.events.length },
    places: tally('places'),
    flags: tally('flags'),
  };
  return { scores, items };
}

// ---------------------------------------------------------------- entities

/** Case-, space- and apostrophe-insensitive form of a name. */
export function normalizeName(s: string): string {
  return s.normalize('NFC').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A predicted entity matches a gold entity when its name is the gold name, one of its accept_names
 * or one of its mentions (any case); for countries and organizations the actor code may match instead.
 */
export function entityMatches(entity: Pick<Entity, 'name' | 'actor'>, gold: GoldEntity): boolean {
  const names = new Set([gold.name, ...gold.accept_names, ...gold.mentions].map(normalizeName));
  if (names.has(normalizeName(entity.name))) return true;
  const byCode = gold.type === 'COUNTRY' || gold.type === 'ORGANIZATION';
  return byCode && !!gold.actor && entity.actor === gold.actor;
}

function describeEntity(e: Entity): string {
  return `${e.id} "${e.name}" (${e.type}, ${e.actor ?? 'no actor'})`;
}

function scorePersons(gold: SeedGold, doc: Doc): SeedItem[] {
  const persons = doc.entities.filter((e) => e.type === 'PERSON');
  return gold.entities
    .filter((g) => g.type === 'PERSON')
    .map((g) => {
      const label = `person ${g.name}${g.actor ? ` (${g.actor})` : ''}`;
      const names = new Set([g.name, ...g.accept_names].map(normalizeName));
      const named = (e: Entity) => names.has(normalizeName(e.name));
      const actorOk = (e: Entity) => !g.actor || e.actor === g.actor;
      if (persons.some((e) => named(e) && actorOk(e))) return { category: 'persons' as const, label, ok: true };
      let reason: string;
      const samePerson = persons.find(named);
      const sameName = doc.entities.find(named);
      const partial = doc.entities.find((e) => entityMatches(e, g));
      if (samePerson) reason = `actor ${samePerson.actor ?? 'none'}, want ${g.actor}`;
      else if (sameName) reason = `found as ${sameName.type}, want PERSON`;
      else if (partial) reason = `found only as ${describeEntity(partial)}: the full name "${g.name}" is missing`;
      else reason = 'no entity with that name or any of its gold mentions';
      return { category: 'persons' as const, label, ok: false, reason };
    });
}

function scoreVariantGroups(gold: SeedGold, doc: Doc): SeedItem[] {
  // Spelling (normalized) → ids of the entities its mentions landed on.
  const landed = new Map<string, Set<string>>();
  const add = (text: string, entity: string) => {
    const key = normalizeName(text);
    const set = landed.get(key) ?? new Set<string>();
    set.add(entity);
    landed.set(key, set);
  };
  for (const e of doc.entities) for (const m of e.mentions) add(m.text, e.id);
  for (const m of doc.mentions) if (m.entity !== null) add(m.text, m.entity);
  const nameOf = (id: string) => doc.entities.find((e) => e.id === id)?.name ?? id;

  return gold.entities
    .filter((g) => (g.variants?.length ?? 0) > 0)
    .map((g) => {
      const variants = g.variants!;
      const label = `variants of ${g.name}: ${variants.join(' / ')}`;
      const per = variants.map((v) => ({ v, ids: [...(landed.get(normalizeName(v)) ?? [])] }));
      const missing = per.filter((p) => p.ids.length === 0);
      const all = new Set(per.flatMap((p) => p.ids));
      if (missing.length === 0 && all.size === 1) return { category: 'variantGroups' as const, label, ok: true };
      const reason = missing.length
        ? `no resolved mention spelled ${missing.map((p) => `"${p.v}"`).join(', ')}`
        : `split across ${all.size} entities: ${per.map((p) => `${p.v} → ${p.ids.map((id) => `${id} "${nameOf(id)}"`).join(', ')}`).join('; ')}`;
      return { category: 'variantGroups' as const, label, ok: false, reason };
    });
}

// ---------------------------------------------------------------- time

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "a day value near 2018-07-11 is also accepted" in a gold note → 2018-07-11. */
export function nearDayFromNote(note: string | undefined): string | null {
  const m = note ? /a day value near (\d{4}-\d{2}-\d{2})/i.exec(note) : null;
  return m ? m[1]! : null;
}

/** Days from a to b (both YYYY-MM-DD). */
function dayDistance(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** The gold value, or (when the note allows it) a day within 3 days of the day it names. */
export function timexValueAccepted(value: string, gold: GoldTimex): boolean {
  if (value === gold.value) return true;
  const near = nearDayFromNote(gold.note);
  return near !== null && DAY.test(value) && dayDistance(value, near) <= 3;
}

/** Where the gold expression is: every occurrence of `text` inside every occurrence of `context`. */
export function locateTimex(text: string, gold: GoldTimex): TextSpan[] {
  return findAll(text, gold.context).flatMap((ctx) =>
    findAll(text.slice(ctx.start, ctx.end), gold.text).map((s) => ({ start: ctx.start + s.start, end: ctx.start + s.end })),
  );
}

function scoreTimexes(gold: SeedGold, doc: Doc): SeedItem[] {
  return gold.timexes.map((g) => {
    const label = `timex "${g.text}" in "${g.context}" = ${g.value}`;
    const spans = locateTimex(doc.text, g);
    if (spans.length === 0) return { category: 'timex' as const, label, ok: false, reason: 'gold context not found in the text' };
    const there = doc.timexes.filter((t) => spans.some((s) => spansOverlap(t, s)));
    if (there.some((t) => timexValueAccepted(t.value, g))) return { category: 'timex' as const, label, ok: true };
    const near = nearDayFromNote(g.note);
    const want = `want ${g.value}${near ? ` or a day within 3 days of ${near}` : ''}`;
    const reason = there.length
      ? `${there.map((t) => `"${t.text}" = ${t.value}`).join(', ')}; ${want}`
      : 'no time expression found there';
    return { category: 'timex' as const, label, ok: false, reason };
  });
}

// ---------------------------------------------------------------- quotes

const QUOTATION_MARKS = /["“”„‘’'«»‚`]/g;

/** Quote text for prefix comparison: quotation marks and spaces removed, a leading "that" dropped, any case. */
export function normalizeQuoteStart(s: string): string {
  const t = s.replace(QUOTATION_MARKS, '').trimStart().replace(/^that\b/i, '');
  return t.replace(/\s+/g, '').toLowerCase();
}

/** The first 30 normalized characters of the gold `starts`. */
export function quotePrefix(starts: string): string {
  return normalizeQuoteStart(starts).slice(0, 30);
}

function contentText(doc: Doc, q: Quote): string {
  const { start, end } = q.content;
  return end <= doc.text.length && start <= end ? doc.text.slice(start, end) : q.content.text;
}

function scoreQuotes(gold: SeedGold, doc: Doc): SeedItem[] {
  const goldById = new Map(gold.entities.map((g) => [g.id, g]));
  const docById = new Map(doc.entities.map((e) => [e.id, e]));
  const speakerMatches = (speaker: string | null, want: string | null): boolean => {
    if (want === null) return speaker === null;
    const entity = speaker === null ? undefined : docById.get(speaker);
    if (!entity) return false;
    const g = goldById.get(want);
    return g ? entityMatches(entity, g) : normalizeName(entity.name) === normalizeName(want);
  };
  const describeSpeaker = (speaker: string | null) => {
    if (speaker === null) return 'null';
    const e = docById.get(speaker);
    return e ? `${speaker} "${e.name}"` : `${speaker} (no such entity)`;
  };

  return gold.quotes.map((g) => {
    const label = `quote '${ellipsis(g.starts, 24)}'`;
    const prefix = quotePrefix(g.starts);
    const found = doc.quotes.filter((q) => normalizeQuoteStart(contentText(doc, q)).startsWith(prefix));
    if (found.some((q) => speakerMatches(q.speaker, g.speaker))) return { category: 'quotes' as const, label, ok: true };
    let reason: string;
    if (found.length) {
      reason = `speaker ${[...new Set(found.map((q) => describeSpeaker(q.speaker)))].join(' / ')}, want ${g.speaker ?? 'null'}`;
    } else {
      const inside = doc.quotes.find((q) => normalizeQuoteStart(contentText(doc, q)).includes(prefix));
      reason = inside ? `no quote starts there; it is inside the quote '${ellipsis(contentText(doc, inside), 40)}'` : 'no quote content starts with it';
    }
    return { category: 'quotes' as const, label, ok: false, reason };
  });
}

// ---------------------------------------------------------------- events

/**
 * The words of the gold evidence in the text. "..." (or "…") in the gold marks a gap: each piece is
 * found in order, each after the one before.
 */
export function locateEvidenceWords(text: string, evidence: string): TextSpan[] {
  const pieces = evidence
    .split(/\s*(?:\.\.\.|…)\s*/u)
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length === 0) return [];
  const words: TextSpan[] = [];
  for (const first of findAll(text, pieces[0]!)) {
    const chain: TextSpan[] = [first];
    for (const piece of pieces.slice(1)) {
      const next = findFrom(text, piece, chain[chain.length - 1]!.end);
      if (!next) break;
      chain.push(next);
    }
    if (chain.length === pieces.length) for (const span of chain) words.push(...wordsIn(text, span));
  }
  return words;
}

/** A three-letter gold code needs only the country prefix; longer codes must be equal; null accepts anything. */
export function actorCodeMatches(ref: ActorRef | null, want: string | null): boolean {
  if (want === null) return true;
  const code = ref?.actor;
  if (!code) return false;
  return want.length === 3 ? code.startsWith(want) : code === want;
}

function eventRoot(e: Event): string {
  return e.root || e.cameo.slice(0, 2);
}

/** The gold root, the gold code itself, or a code the gold accepts. */
export function eventCodeMatches(e: Event, g: GoldEvent): boolean {
  return eventRoot(e) === g.root || e.cameo === g.code || g.accept.includes(e.cameo);
}

function eventProblems(e: Event, g: GoldEvent): string[] {
  const problems: string[] = [];
  if (!actorCodeMatches(e.source, g.source)) problems.push(`source ${e.source?.actor ?? 'none'}, want ${g.source}`);
  if (!actorCodeMatches(e.target, g.target)) problems.push(`target ${e.target?.actor ?? 'none'}, want ${g.target}`);
  if (!eventCodeMatches(e, g)) {
    const also = [g.code, ...g.accept].filter((c) => c !== g.root);
    problems.push(`code ${e.cameo} (root ${eventRoot(e)}), want root ${g.root}${also.length ? ` or ${also.join('/')}` : ''}`);
  }
  return problems;
}

function scoreEvents(gold: SeedGold, doc: Doc): SeedItem[] {
  return gold.events.map((g) => {
    const label = `event ${g.source ?? '*'} → ${g.code} → ${g.target ?? '*'} '${ellipsis(g.evidence, 36)}'`;
    const words = locateEvidenceWords(doc.text, g.evidence);
    if (words.length === 0) return { category: 'events' as const, label, ok: false, reason: 'gold evidence not found in the text' };
    const onWords = doc.events.filter((e) => e.evidence.some((s) => words.some((w) => spansOverlap(s, w))));
    if (onWords.length === 0) return { category: 'events' as const, label, ok: false, reason: 'no event on these words' };
    const ranked = onWords.map((e) => ({ e, problems: eventProblems(e, g) })).sort((a, b) => a.problems.length - b.problems.length);
    const best = ranked[0]!;
    if (best.problems.length === 0) return { category: 'events' as const, label, ok: true };
    const found = `${best.e.source?.actor ?? 'none'} → ${best.e.cameo} → ${best.e.target?.actor ?? 'none'}`;
    return { category: 'events' as const, label, ok: false, reason: `found ${found}: ${best.problems.join('; ')}` };
  });
}

// ---------------------------------------------------------------- places and flags

function scorePlaces(gold: SeedGold, doc: Doc): SeedItem[] {
  return gold.places.map((g) => {
    const label = `place ${g.name} (${g.country ?? 'no country'})`;
    const occurrences = findAll(doc.text, g.name, { wholeWord: true });
    if (occurrences.length === 0) return { category: 'places' as const, label, ok: false, reason: 'gold name not found in the text' };
    const there = doc.places.filter((p) => occurrences.some((o) => spansOverlap(p, o)));
    if (there.some((p) => p.country === g.country)) return { category: 'places' as const, label, ok: true };
    const reason = there.length
      ? `country ${[...new Set(there.map((p) => p.country ?? 'null'))].join('/')}, want ${g.country}`
      : `no place found on any of its ${occurrences.length} occurrence${occurrences.length === 1 ? '' : 's'}`;
    return { category: 'places' as const, label, ok: false, reason };
  });
}

function scoreFlags(gold: SeedGold, doc: Doc): SeedItem[] {
  return gold.flags.map((g) => {
    const label = `flag ${g.kind} on "${ellipsis(g.text, 30)}"`;
    const occurrences = findAll(doc.text, g.text);
    if (occurrences.length === 0) return { category: 'flags' as const, label, ok: false, reason: 'gold text not found in the text' };
    const covering = doc.flags.filter((f) => occurrences.some((o) => f.start <= o.start && f.end >= o.end));
    if (covering.some((f) => f.kind === g.kind)) return { category: 'flags' as const, label, ok: true };
    const sameKind = doc.flags.filter((f) => f.kind === g.kind);
    let reason: string;
    if (covering.length) reason = `flagged as ${[...new Set(covering.map((f) => f.kind))].join('/')} instead`;
    else if (sameKind.length) reason = `${sameKind.length} ${g.kind} flag${sameKind.length === 1 ? '' : 's'}, none covering it`;
    else reason = `no ${g.kind} flag`;
    return { category: 'flags' as const, label, ok: false, reason };
  });
}

function ellipsis(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
}
