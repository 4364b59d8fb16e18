import type { Mention } from '../../doc/schema.js';

/**
 * Words that make a compound adjective of the name before their hyphen: "a SARS-like illness", "the Berlin-based
 * group", "a Venezuela-style crisis", "the Tutsi-dominated army", "an Academy Award-winning actor".
 */
const COMBINING_WORDS = new Set([
  'like', 'style', 'type', 'class', 'era', 'majority', 'minority', 'wide', 'sized', 'scale', 'friendly', 'free',
  'positive', 'negative', 'specific', 'centric', 'proof', 'led', 'run', 'born', 'made', 'held', 'bound', 'built', 'grown',
]);

/**
 * Whether a name ends in a word joined by a hyphen that makes the whole a compound adjective: a combining word
 * ("-like", "-style", "-born") or a participle ("-based", "-backed", "-speaking"). Such a word describes something
 * by the name; it names no actor of its own. A lowercase syllable of a hyphenated given name ("Moon Jae-in", "Kim
 * Jong-un", "Wang Yu-ming") is not one: participles are told by their ending and length, which no syllable has.
 */
export function isFusedModifier(name: string): boolean {
  const cut = name.lastIndexOf('-');
  if (cut <= 0) return false;
  const tail = name.slice(cut + 1);
  if (!/^\p{Ll}+$/u.test(tail)) return false;
  return COMBINING_WORDS.has(tail) || (tail.endsWith('ed') && tail.length >= 4) || (tail.endsWith('ing') && tail.length >= 6);
}

/**
 * A name made a compound adjective ("UK-based", "Bernie Sanders-backed") is a modifier, MISC as CoNLL-2003 writes
 * such words, never a person or an organization; resolve makes no actor of it. The country it names stays known.
 */
export function typeFusedModifiers(mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.kind !== 'name' || !isFusedModifier(m.text)) continue;
    m.type = 'MISC';
  }
}
