import { hash } from 'node:crypto';
import type { Doc, Meta } from './schema.js';

export interface DocInput {
  date?: string | null;
  dateSource?: Meta['dateSource'];
  source?: string | null;
  url?: string | null;
  title?: string | null;
  lang?: string;
  id?: string;
}

/** A fresh document with empty layers; components fill them in. */
export function createDoc(text: string, input: DocInput = {}): Doc {
  const date = input.date ?? null;
  return {
    id: input.id ?? hash('sha256', text, 'hex').slice(0, 16),
    text,
    meta: {
      date,
      dateSource: input.dateSource ?? (date ? 'given' : 'unknown'),
      source: input.source ?? null,
      url: input.url ?? null,
      title: input.title ?? null,
      lang: input.lang ?? 'en',
    },
    sentences: [],
    tokens: [],
    mentions: [],
    entities: [],
    timexes: [],
    quotes: [],
    events: [],
    places: [],
    flags: [],
    pipeline: [],
  };
}

/** Index of the sentence holding the character offset, by binary search. */
export function sentenceAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(lo, doc.sentences.length - 1));
}

/** Index of the first token whose start is at or after the offset. */
export function tokenIndexAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Index of the first mention starting at or after the offset (mentions are kept sorted by start). */
export function mentionIndexAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions lying wholly inside [start, end). */
export function mentionsWithin(doc: Doc, start: number, end: number): Doc['mentions'] {
  const out: Doc['mentions'] = [];
  for (let i = mentionIndexAt(doc, start); i < doc.mentions.length && doc.mentions[i]!.start < end; i++) {
    if (doc.mentions[i]!.end <= end) out.push(doc.mentions[i]!);
  }
  return out;
}
