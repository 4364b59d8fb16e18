/**
 * Reading TempEval-3 gold in the JSON Lines form of ../shared/data/timex/README.md: one document
 * per line, its document creation time and its TIMEX3 annotations as character offsets.
 */
import { z } from 'zod';
import { GoldError, parseJsonlGold, readText } from './gold.js';

const GoldTimexSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().optional(),
  type: z.string(),
  value: z.string(),
  mod: z.string().optional(),
});

export const TimexGoldDocSchema = z.object({
  doc_id: z.string(),
  /** "TimeBank" or "AQUAINT" in TempEval-3; any name groups the figures. */
  corpus: z.string().default('all'),
  /** The document creation time (YYYY-MM-DD), which anchors relative expressions. */
  dct: z.string().nullable().default(null),
  text: z.string(),
  timexes: z.array(GoldTimexSchema),
});

export type TimexGoldDoc = z.infer<typeof TimexGoldDocSchema>;
export type GoldTimexAnnotation = z.infer<typeof GoldTimexSchema>;

/** Parses the JSON Lines text of a gold file; `name` only labels the messages. */
export function parseTimexGold(raw: string, name: string): TimexGoldDoc[] {
  const docs: TimexGoldDoc[] = [];
  for (const { record: doc, line } of parseJsonlGold(raw, name, TimexGoldDocSchema, 'TempEval gold')) {
    for (const t of doc.timexes) {
      if (t.end <= t.start || t.end > doc.text.length) throw new GoldError(`${name}:${line}: timex [${t.start}, ${t.end}) is outside the text of ${doc.doc_id}`);
    }
    docs.push(doc);
  }
  if (docs.length === 0) throw new GoldError(`${name} holds no documents`);
  return docs;
}

export async function readTimexGold(path: string): Promise<TimexGoldDoc[]> {
  const raw = await readText(path);
  return parseTimexGold(raw, path);
}
