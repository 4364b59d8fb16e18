import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { GoldError } from './gold.js';

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
  const lines = raw.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (!line) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      throw new GoldError(`${path}:${n + 1} is not valid JSON: ${(err as Error).message}`);
    }
    const parsed = EventGoldRecordSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new GoldError(`${path}:${n + 1} is not an event gold record: ${issue ? `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` : 'invalid'}`);
    }
    const r = parsed.data;
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
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new GoldError(code === 'ENOENT' ? `gold file not found: ${path}` : `cannot read gold file ${path}: ${(err as Error).message}`);
  }
  return parseEventGold(raw, path, dataset);
}
