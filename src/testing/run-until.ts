import { createDoc } from '../doc/doc.js';
import type { Doc } from '../doc/schema.js';
import { loadKb } from '../kb/kb.js';
import { defaultComponents } from '../index.js';

/** Runs the default pipeline up to and including the named component, for testing one layer. */
export function runUntil(text: string, last: string, date: string | null = '2020-03-12'): Doc {
  const kb = loadKb();
  const doc = createDoc(text, { date });
  for (const c of defaultComponents) {
    c.run(doc, kb);
    doc.pipeline.push(c.name);
    if (c.name === last) break;
  }
  return doc;
}

export function entityOf(doc: Doc, mentionText: string): Doc['entities'][number] | undefined {
  return doc.entities.find((e) => e.mentions.some((m) => m.text === mentionText));
}
