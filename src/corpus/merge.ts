import { stableId } from './hash.js';
import type { EventMentionRecord } from './records.js';

/**
 * Cross-article event merging: event mentions that report the same real-world event become one
 * canonical event. Two mentions are the same event when they have the same source and target
 * actors, a compatible code (the same CAMEO root), dates at most a day apart and, when both give
 * one, the same place.
 */

export interface CanonicalEvent {
  id: string;
  mergeKey: string;
  date: string | null;
  place: string | null;
  sourceCode: string | null;
  sourceName: string | null;
  targetCode: string | null;
  targetName: string | null;
  cameo: string;
  root: string;
  plover: string | null;
  quad: number;
  goldstein: number;
}

/** The part of the match every mention of one event shares exactly: actors and code root. */
export function mergeKeyOf(m: Pick<EventMentionRecord, 'source' | 'target' | 'root'>): string {
  return `${m.source.key ?? '-'}|${m.target.key ?? '-'}|${m.root}`;
}

const DAY_MS = 86_400_000;

function dayNumber(date: string | null): number | null {
  if (!date) return null;
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / DAY_MS);
}

function normPlace(p: string | null): string | null {
  return p ? p.trim().toLowerCase() : null;
}

function compatible(c: CanonicalEvent, m: EventMentionRecord): boolean {
  const a = dayNumber(c.date);
  const b = dayNumber(m.date);
  if ((a === null) !== (b === null)) return false;
  if (a !== null && b !== null && Math.abs(a - b) > 1) return false;
  const pc = normPlace(c.place);
  const pm = normPlace(m.place);
  return pc === null || pm === null || pc === pm;
}

/**
 * A canonical event's id: a hash of what makes it this event (actors, code root, date, place), so
 * the same input gives the same id on every run, and a newer pipeline that finds the same event
 * keeps its id.
 */
export function canonicalId(mergeKey: string, date: string | null, place: string | null): string {
  return stableId('ev:', mergeKey, date, normPlace(place));
}

export interface MergeResult {
  /** Event mention id → canonical event id. */
  assigned: Map<string, string>;
  /** Canonical events created by this batch, in creation order. */
  created: CanonicalEvent[];
  /** Existing canonical events whose place was filled in by this batch. */
  placed: CanonicalEvent[];
}

/**
 * Assigns each mention, in order, to the earliest compatible canonical event (existing ones first,
 * ordered by date then id), creating one when none fits. Deterministic: the same mentions in the
 * same order over the same store give the same result, whatever the batch boundaries.
 */
export function mergeEvents(mentions: readonly EventMentionRecord[], existing: readonly CanonicalEvent[]): MergeResult {
  const byKey = new Map<string, CanonicalEvent[]>();
  for (const c of [...existing].sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.id.localeCompare(y.id))) {
    const list = byKey.get(c.mergeKey) ?? [];
    list.push({ ...c });
    byKey.set(c.mergeKey, list);
  }
  const existingIds = new Set(existing.map((c) => c.id));
  const assigned = new Map<string, string>();
  const created: CanonicalEvent[] = [];
  const placed = new Map<string, CanonicalEvent>();
  for (const m of mentions) {
    const key = mergeKeyOf(m);
    const list = byKey.get(key) ?? [];
    byKey.set(key, list);
    let target = list.find((c) => compatible(c, m));
    if (!target) {
      target = {
        id: canonicalId(key, m.date, m.place),
        mergeKey: key,
        date: m.date,
        place: m.place,
        sourceCode: m.source.code,
        sourceName: m.source.name,
        targetCode: m.target.code,
        targetName: m.target.name,
        cameo: m.cameo,
        root: m.root,
        plover: m.plover,
        quad: m.quad,
        goldstein: m.goldstein,
      };
      list.push(target);
      created.push(target);
    } else if (target.place === null && m.place !== null) {
      target.place = m.place;
      if (existingIds.has(target.id)) placed.set(target.id, target);
    }
    assigned.set(m.id, target.id);
  }
  return { assigned, created, placed: [...placed.values()] };
}
