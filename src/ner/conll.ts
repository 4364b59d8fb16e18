import { readFileSync } from 'node:fs';
import { NER_TYPES, type NerSpan, type NerType } from './labels.js';

/** One document of the CoNLL-2003 JSONL files in ../shared/data/ner (see its README). */
export interface ConllDoc {
  id: string;
  sentences: Array<{ tokens: string[]; text: string; entities: Array<NerSpan & { charStart: number; charEnd: number }> }>;
}

export class ConllError extends Error {}

export function readConll(path: string): ConllDoc[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConllError(`cannot read ${path}: ${(err as Error).message}`);
  }
  const docs: ConllDoc[] = [];
  raw.split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    let rec: { doc_id?: string; sentences?: Array<{ tokens: string[]; text: string; entities: Array<{ start: number; end: number; type: string; char_start: number; char_end: number }> }> };
    try {
      rec = JSON.parse(line);
    } catch {
      throw new ConllError(`${path}:${n + 1}: not JSON`);
    }
    if (!Array.isArray(rec.sentences)) throw new ConllError(`${path}:${n + 1}: no "sentences" array`);
    docs.push({
      id: rec.doc_id ?? `line-${n + 1}`,
      sentences: rec.sentences.map((s) => ({
        tokens: s.tokens,
        text: s.text,
        entities: s.entities
          .filter((e) => (NER_TYPES as readonly string[]).includes(e.type))
          .map((e) => ({ start: e.start, end: e.end, type: e.type as NerType, charStart: e.char_start, charEnd: e.char_end })),
      })),
    });
  });
  return docs;
}
