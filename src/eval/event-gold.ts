import { z } from 'zod';
import { parseJsonlGold, readText } from './gold.js';

/**
 * Readers for the event-coding validation format (../shared/data/event-coding/README.md, `validation.jsonl`): one
 * sentence per line with the events a coder should produce. Only the fields the scorer uses are checked; the rest
 * of a record passes through untouched.
 */

const actorCode = z.string().nullable().optional().transform((v) => v ?? null);

export const GoldEventSchema = z.object({
  source: actorCode,
  target: actorCode,
  /** CAMEO code, root code or alternatives ("18/19/20", "081-083"); null in PLOVER-only sets. */
  code: z.string().nullable().optional().transform((v) => v ?? null),
  plover: z.string().nullable().optional().transform((v) => v ?? null),
  source_text: z.string().nullable().optional(),
  target_text: z.string().nullable().optional(),
  event_text: z.string().nullable().optional(),
});

export const EventGoldRecordSchema = z.object({
  id: z.string(),
  dataset: z.string(),
  language: z.string().default('en'),
  ontology: z.string().default(''),
  evaluate: z.boolean().default(true),
  text: z.string(),
  date: z.string().nullable().optional().transform((v) => v ?? null),
  expected: z.array(GoldEventSchema).default([]),
  expect_no_events: z.boolean().default(false),
});

export type GoldEvent = z.infer<typeof GoldEventSchema>;
export type EventGoldRecord = z.infer<typeof EventGoldRecordSchema>;

export interface LoadedEventGold {
  /** The records to score: of the dataset asked for, marked `evaluate`. */
  records: EventGoldRecord[];
  /** Records of that dataset left out because the file marks them `evaluate: false`. */
  skipped: number;
  /** How many records each dataset of the file holds (to name the choices when a dataset is missing). */
  datasets: Map<string, number>;
}

/** Parses JSONL text; a line that is not a record is an error naming its line number. */
export function parseEventGold(raw: string, path: string, dataset?: string): LoadedEventGold {
  const records: EventGoldRecord[] = [];
  const datasets = new Map<string, number>();
  let skipped = 0;
  for (const { record: r } of parseJsonlGold(raw, path, EventGoldRecordSchema, 'an event gold record')) {
    datasets.set(r.dataset, (datasets.get(r.dataset) ?? 0) + 1);
    if (dataset !== undefined && r.dataset !== dataset) continue;
    if (!r.evaluate) {
      skipped++;
      continue;
    }
    records.push(r);
  }
  return { records, skipped, datasets };
}

export async function readEventGold(path: string, dataset?: string): Promise<LoadedEventGold> {
  const raw = await readText(path);
  return parseEventGold(raw, path, dataset);
}
