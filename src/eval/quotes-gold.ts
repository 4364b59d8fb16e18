import { GoldError, parseJsonlGold, readText } from './gold.js';
import { QuotesGoldRecordSchema, type QuotesGoldRecord } from './quotes.js';

/**
 * Reads a PolNeAR-style JSON Lines gold file and keeps the primary annotation of each article
 * (records without a `primary` field count as primary), or with `all` every annotation, for the
 * agreement between annotators. A bad line is an error naming the line.
 */
export async function readQuotesGold(path: string, { all = false }: { all?: boolean } = {}): Promise<QuotesGoldRecord[]> {
  const raw = await readText(path);
  const out: QuotesGoldRecord[] = [];
  for (const { record, line } of parseJsonlGold(raw, path, QuotesGoldRecordSchema, 'a quotes gold record')) {
    for (const a of record.attributions) {
      for (const f of [...a.source, ...a.cue, ...a.content]) {
        if (f.end < f.start || f.end > record.text.length) throw new GoldError(`${path}:${line}: span ${f.start}-${f.end} lies outside the text of ${record.doc_id}`);
      }
    }
    if (all || record.primary) out.push(record);
  }
  if (!out.some((r) => r.primary)) throw new GoldError(`${path} holds no primary annotation`);
  return out;
}
