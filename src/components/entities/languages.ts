import type { Doc, Mention } from '../../doc/schema.js';

/**
 * A name right before "language" is a language ("the Hindi language", "Hindi language: …"), MISC as CoNLL-2003 writes
 * languages, however its context made the recognizer read it (an organization, for a label of a translation).
 */
export function typeLanguageNames(doc: Doc, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.kind !== 'name' || m.type === 'MISC' || m.text.includes(' ')) continue;
    if (!/^\s+languages?\b/.test(doc.text.slice(m.end, m.end + 12))) continue;
    m.type = 'MISC';
    m.rule = 'name:language';
    m.country = undefined;
  }
}
