import type { Doc, StoredDoc } from '../../src/server/api-types.js';

export type AnnotationKind = 'entity' | 'quote' | 'timex' | 'event' | 'place';

/** One highlighted span of the text and the layer item it shows. */
export interface Annotation {
  key: string;
  kind: AnnotationKind;
  start: number;
  end: number;
  /** Index of the item in its layer (entities, quotes, timexes, events, places). */
  item: number;
  /** For entity mentions: which mention of the entity. */
  mention?: number;
}

/** A run of text covered by the same annotations. */
export interface Segment {
  start: number;
  end: number;
  covering: Annotation[];
}

/** Which annotation a click on a run picks: the narrowest layer first. */
const PRIORITY: Record<AnnotationKind, number> = { timex: 0, place: 1, entity: 2, quote: 3, event: 4 };

export function annotationsOf(doc: StoredDoc | Doc): Annotation[] {
  const out: Annotation[] = [];
  const n = doc.text.length;
  const add = (a: Annotation) => {
    if (a.start >= 0 && a.end <= n && a.start < a.end) out.push(a);
  };
  doc.entities.forEach((e, i) => e.mentions.forEach((m, j) => add({ key: `entity:${i}:${j}`, kind: 'entity', start: m.start, end: m.end, item: i, mention: j })));
  doc.quotes.forEach((q, i) => add({ key: `quote:${i}`, kind: 'quote', start: q.content.start, end: q.content.end, item: i }));
  doc.timexes.forEach((t, i) => add({ key: `timex:${i}`, kind: 'timex', start: t.start, end: t.end, item: i }));
  doc.places.forEach((p, i) => add({ key: `place:${i}`, kind: 'place', start: p.start, end: p.end, item: i }));
  doc.events.forEach((e, i) => e.evidence.forEach((s, j) => add({ key: `event:${i}:${j}`, kind: 'event', start: s.start, end: s.end, item: i })));
  return out;
}

/**
 * Cuts the text at every annotation boundary, so overlapping and nested layers (a name inside a
 * quotation inside an event's sentence) all show: each run lists the annotations covering it.
 */
export function segment(text: string, annotations: readonly Annotation[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  // Line ends are runs of their own, so the text can be drawn paragraph by paragraph.
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) cuts.add(i).add(i + 1);
  for (const a of annotations) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const index = new Map(bounds.map((b, i) => [b, i]));
  const segments: Segment[] = bounds.slice(0, -1).map((start, i) => ({ start, end: bounds[i + 1]!, covering: [] }));
  for (const a of annotations) {
    for (let i = index.get(a.start)!; i < index.get(a.end)!; i++) segments[i]!.covering.push(a);
  }
  for (const s of segments) s.covering.sort((x, y) => PRIORITY[x.kind] - PRIORITY[y.kind] || x.end - x.start - (y.end - y.start));
  return segments;
}

/** The runs of each paragraph (the line ends themselves left out). */
export function paragraphs(text: string, segments: readonly Segment[]): Segment[][] {
  const out: Segment[][] = [[]];
  for (const s of segments) {
    if (text[s.start] === '\n') out.push([]);
    else out[out.length - 1]!.push(s);
  }
  return out;
}
