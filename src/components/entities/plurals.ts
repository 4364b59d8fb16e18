import type { Doc, Mention } from '../../doc/schema.js';
import type { Kb } from '../../kb/kb.js';

/** Words that count or pick out members of a plural ("many Neandertals", "these Yazidis"); no one's name follows them. */
const PLURAL_DETERMINERS = new Set(['many', 'some', 'these', 'those', 'most', 'other', 'few', 'several']);

/**
 * A plural noun for a people, a species or a group ("Neandertals made tools", "many Denisovans") is no person, whatever
 * the recognizer said: it is MISC, as CoNLL-2003 writes peoples. A capitalized word in -s is such a plural when the
 * article also writes its singular as a word ("a Neandertal site"), or a plural determiner stands before it. A surname
 * in -s ("Sanders", "Harris") has no singular in the article, and the plural of someone's surname is their family
 * ("the Turpins"), which is left to the person it names.
 */
export function typePluralGroups(doc: Doc, mentions: Mention[], kb: Kb): void {
  let nameWords: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.kind === 'pronoun' || m.kind === 'title' || m.rule.startsWith('gazetteer:')) continue;
    if (!/^\p{Lu}\p{Ll}+[^s]s$/u.test(m.text)) continue;
    if (!nameWords) {
      nameWords = new Set();
      for (const x of mentions) if (x.type === 'PERSON' && x.kind === 'name' && x.text.includes(' ')) for (const w of x.text.split(/\s+/)) nameWords.add(w);
    }
    const singular = m.text.slice(0, -1);
    // "the Ministers", "Vice Presidents": people holding a title, which the roles read.
    if (nameWords.has(m.text) || nameWords.has(singular) || kb.personTitles.has(singular)) continue;
    const before = /(\p{L}+)\s+$/u.exec(doc.text.slice(Math.max(0, m.start - 20), m.start))?.[1]?.toLowerCase();
    if (!(before && PLURAL_DETERMINERS.has(before)) && !writesWord(doc.text, singular)) continue;
    m.type = 'MISC';
    m.kind = 'name';
    m.rule = 'name:plural-group';
  }
}

/** Whether the text writes this word on its own (not inside a longer word: "Neandertal" but not "Neandertals"). */
function writesWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const prev = text[at - 1];
    const next = text[at + word.length];
    if ((prev === undefined || !/[\p{L}\p{N}]/u.test(prev)) && (next === undefined || !/[\p{L}\p{N}]/u.test(next))) return true;
  }
  return false;
}
