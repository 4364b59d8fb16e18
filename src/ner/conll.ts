import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { GoldError, parseJsonlGold } from '../eval/gold.js';
import { NER_TYPES, type NerSpan, type NerType } from './labels.js';

/** One document of the CoNLL-2003 JSONL files in ../shared/data/ner (see its README). */
export interface ConllDoc {
  id: string;
  sentences: Array<{ tokens: string[]; text: string; entities: Array<NerSpan & { charStart: number; charEnd: number }> }>;
}

const ConllRecordSchema = z.object({
  doc_id: z.string().optional(),
  sentences: z.array(
    z.object({
      tokens: z.array(z.string()),
      text: z.string(),
      entities: z.array(z.object({ start: z.number().int(), end: z.number().int(), type: z.string(), char_start: z.number().int(), char_end: z.number().int() })),
    }),
  ),
});

/** Reads CoNLL-2003 JSONL; a file that cannot be read or a line that is no document is a GoldError. */
export function readConll(path: string): ConllDoc[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new GoldError(`cannot read ${path}: ${(err as Error).message}`);
  }
  return parseJsonlGold(raw, path, ConllRecordSchema, 'a CoNLL document').map(({ record, line }) => ({
    id: record.doc_id ?? `line-${line}`,
    sentences: record.sentences.map((s) => ({
      tokens: s.tokens,
      text: s.text,
      entities: s.entities
        .filter((e) => (NER_TYPES as readonly string[]).includes(e.type))
        .map((e) => ({ start: e.start, end: e.end, type: e.type as NerType, charStart: e.char_start, charEnd: e.char_end })),
    })),
  }));
}
