import type { Doc, Mention } from '../../doc/schema.js';

// English words that follow a name in a compound modifier ("Kim-led", "Hong-era"): no given name's syllable.
const COMPOUND_WORDS = new Set(['era', 'led', 'run', 'born', 'held', 'made', 'free', 'wide', 'like', 'type', 'ish', 'less', 'old', 'due', 'long', 'side', 'by', 'in', 'on', 'off', 'up', 'out']);

/**
 * "Yolanda Yu Hoi-kwan", "Carrie Lam Cheng Yuet-ngor": romanized Chinese and Korean given names join their
 * syllables with a hyphen, and the second syllable is written in lowercase, so the capitalized words that
 * make a name stop before it. A person's name of two words or more whose last word is one short syllable
 * takes the lowercase syllable after the hyphen.
 */
export function joinHyphenatedSyllables(doc: Doc, names: Mention[]): void {
  for (const m of names) {
    if (m.type !== 'PERSON' || m.kind !== 'name' || !/\s/.test(m.text)) continue;
    if (!/(?:^|\s)\p{Lu}\p{Ll}{1,3}$/u.test(m.text)) continue;
    const after = /^-(\p{Ll}{1,4})(?![\p{L}\p{N}-])/u.exec(doc.text.slice(m.end, m.end + 7));
    if (!after || COMPOUND_WORDS.has(after[1]!)) continue;
    m.end += after[0].length;
    m.text = doc.text.slice(m.start, m.end);
  }
}
