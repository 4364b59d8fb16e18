import type { Sentence } from '../../doc/schema.js';
import type { Quotation } from '../../text/quotation-marks.js';

/**
 * Sentence spans from the tagger's boundaries, corrected two ways: a paragraph break always ends
 * a sentence (the tagger runs headlines and cut-off lines into the next paragraph), and no
 * boundary falls inside a quotation, so a quotation spanning sentences stays one unit.
 */
export function buildSentences(text: string, raw: Sentence[], quotations: readonly Quotation[]): Sentence[] {
  const cuts = new Set<number>();
  for (const s of raw) cuts.add(s.start);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    let j = i + 1;
    while (j < text.length && /\s/.test(text[j]!)) j++;
    if (j < text.length) cuts.add(j);
  }
  for (const q of quotations) {
    for (const c of [...cuts]) {
      if (c > q.start && c < q.end && !text.slice(q.start, c).includes('\n')) cuts.delete(c);
    }
  }
  let first = 0;
  while (first < text.length && /\s/.test(text[first]!)) first++;
  cuts.add(first);
  const starts = [...cuts].filter((c) => c < text.length).sort((a, b) => a - b);
  const out: Sentence[] = [];
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    let end = i + 1 < starts.length ? starts[i + 1]! : text.length;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}
