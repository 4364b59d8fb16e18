import type { Mention } from '../doc/schema.js';

/**
 * BILOU labels over the four CoNLL types. Decoding only ever moves between labels that make a
 * well-formed span, so every tag sequence the recognizer emits reads back into spans.
 */
export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

export const LABELS: string[] = ['O', ...NER_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];
export const LABEL_INDEX = new Map(LABELS.map((l, i) => [l, i]));
export const O = 0;

/** A span of tokens [start, end) in one sentence. */
export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
}

const prefixOf = (label: number) => (label === O ? 'O' : LABELS[label]![0]!);
const typeOf = (label: number) => (label === O ? '' : LABELS[label]!.slice(2));

/** allowed[prev][next]: whether label `next` may follow `prev` (prev = -1 at a sentence start). */
export const ALLOWED: boolean[][] = [-1, ...LABELS.map((_, i) => i)].map((prev) =>
  LABELS.map((_, next) => {
    const open = prev >= 0 && (prefixOf(prev) === 'B' || prefixOf(prev) === 'I');
    const np = prefixOf(next);
    if (open) return (np === 'I' || np === 'L') && typeOf(next) === typeOf(prev);
    return np === 'O' || np === 'B' || np === 'U';
  }),
);

export function allowedAfter(prev: number): boolean[] {
  return ALLOWED[prev + 1]!;
}

/** Spans → BILOU labels for a sentence of n tokens. */
export function encodeSpans(n: number, spans: NerSpan[]): number[] {
  const out = new Array<number>(n).fill(O);
  for (const s of spans) {
    if (s.end - s.start === 1) out[s.start] = LABEL_INDEX.get(`U-${s.type}`)!;
    else {
      out[s.start] = LABEL_INDEX.get(`B-${s.type}`)!;
      for (let k = s.start + 1; k < s.end - 1; k++) out[k] = LABEL_INDEX.get(`I-${s.type}`)!;
      out[s.end - 1] = LABEL_INDEX.get(`L-${s.type}`)!;
    }
  }
  return out;
}

/** BILOU labels → spans; a span left open at the end of the sentence is closed there. */
export function decodeLabels(labels: number[]): NerSpan[] {
  const spans: NerSpan[] = [];
  let open: { start: number; type: NerType } | null = null;
  labels.forEach((l, i) => {
    const p = prefixOf(l);
    const t = typeOf(l) as NerType;
    if (open && (p === 'O' || p === 'B' || p === 'U' || t !== open.type)) {
      spans.push({ start: open.start, end: i, type: open.type });
      open = null;
    }
    if (p === 'U') spans.push({ start: i, end: i + 1, type: t });
    else if (p === 'B' || ((p === 'I' || p === 'L') && !open)) open = { start: i, type: t };
    if (p === 'L' && open) {
      spans.push({ start: open.start, end: i + 1, type: open.type });
      open = null;
    }
  });
  if (open) spans.push({ start: (open as { start: number }).start, end: labels.length, type: (open as { type: NerType }).type });
  return spans;
}

/** A mention in CoNLL's terms: nationalities are MISC, media are organizations; pronouns and titles are no names. */
export function conllType(m: Pick<Mention, 'type' | 'kind' | 'rule'>): NerType | null {
  if (m.kind === 'pronoun' || m.kind === 'title') return null;
  switch (m.type) {
    case 'PERSON':
      return 'PER';
    case 'ORGANIZATION':
    case 'MEDIA':
      return 'ORG';
    case 'COUNTRY':
      // Capitals stand for states but are places; "the State Department", "the Kremlin" are institutions.
      if (m.kind === 'demonym') return 'MISC';
      return m.rule === 'gazetteer:metonym' ? 'ORG' : 'LOC';
    case 'LOCATION':
      return 'LOC';
    case 'MISC':
      return 'MISC';
  }
}
