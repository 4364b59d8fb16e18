import type { Doc, Mention } from '../../doc/schema.js';
import { isFusedModifier } from './modifiers.js';

// Short English words that follow a name after a hyphen besides the compound modifiers ("Lee-ish", "Park-side"): no syllable.
const ENGLISH_AFTER_HYPHEN = new Set(['ish', 'less', 'old', 'due', 'long', 'side', 'by', 'in', 'on', 'off', 'up', 'out']);

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
    // "Kim-led", "Hong-era" are compound modifiers, which modifiers.ts tells.
    if (!after || ENGLISH_AFTER_HYPHEN.has(after[1]!) || isFusedModifier(m.text + after[0])) continue;
    m.end += after[0].length;
    m.text = doc.text.slice(m.start, m.end);
  }
}
