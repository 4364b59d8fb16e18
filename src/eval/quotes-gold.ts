import { readFile } from 'node:fs/promises';
import { GoldError } from './gold.js';
import { QuotesGoldRecordSchema, type QuotesGoldRecord } from './quotes.js';

/**
 * Reads a PolNeAR-style JSON Lines gold file and keeps the primary annotation of each article
 * (records without a `primary` field count as primary). A bad line is an error naming the line.
 */
export async function readQuotesGold(path: string): Promise<QuotesGoldRecord[]> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new GoldError(code === 'ENOENT' ? `gold file not found: ${path}` : `cannot read gold file ${path}: ${(err as Error).message}`);
  }
  const out: QuotesGoldRecord[] = [];
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      throw new GoldError(`${path}:${i + 1} is not valid JSON: ${(err as Error).message}`);
    }
    const parsed = QuotesGoldRecordSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new GoldError(`${path}:${i + 1} is not a quotes gold record: ${issue ? `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` : 'invalid'}`);
    }
    const record = parsed.data;
    for (const a of record.attributions) {
      for (const f of [...a.source, ...a.cue, ...a.content]) {
        if (f.end < f.start || f.end > record.text.length) throw new GoldError(`${path}:${i + 1}: span ${f.start}-${f.end} lies outside the text of ${record.doc_id}`);
      }
    }
    if (record.primary) out.push(record);
  }
  if (out.length === 0) throw new GoldError(`${path} holds no primary annotation`);
  return out;
}
