/**
 * Lookups over spans by position in logarithmic time, so that an article with thousands of
 * quotations or mentions costs no more per item than a short one.
 */
export interface Spanned {
  start: number;
  end: number;
}

/** Index of the first item whose start is at or after `offset` (items sorted by start). */
export function firstStartingAt<T extends Spanned>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items lying within [start, end] (sorted by start). */
export function within<T extends Spanned>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(items, start); i < items.length && items[i]!.start < end; i++) if (items[i]!.end <= end) out.push(items[i]!);
  return out;
}

/**
 * Spans kept so far, bucketed by position: which of them overlap a query span. Spans may be
 * long (a quotation over several paragraphs) and are then listed in every bucket they cross.
 */
export class SpanBuckets<T> {
  private readonly buckets = new Map<number, { span: Spanned; item: T }[]>();
  constructor(private readonly size = 256) {}

  add(span: Spanned, item: T): void {
    for (let b = Math.floor(span.start / this.size); b <= Math.floor(Math.max(span.start, span.end - 1) / this.size); b++) {
      const list = this.buckets.get(b);
      if (list) list.push({ span, item });
      else this.buckets.set(b, [{ span, item }]);
    }
  }

  /** Items whose span overlaps [start, end), each once. */
  overlapping(start: number, end: number): T[] {
    const out = new Set<T>();
    for (let b = Math.floor(start / this.size); b <= Math.floor(Math.max(start, end - 1) / this.size); b++) {
      for (const e of this.buckets.get(b) ?? []) if (e.span.start < Math.max(end, start + 1) && start < e.span.end) out.add(e.item);
    }
    return [...out];
  }
}
