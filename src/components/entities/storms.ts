import type { Doc, Mention } from '../../doc/schema.js';
import type { Kb } from '../../kb/kb.js';
import { writesLowercase } from '../../text/case.js';

/** Words that name a storm by the name after them: "Hurricane Dorian", "Typhoon Haiyan", "Tropical Storm Barry". */
const STORM_WORDS = /^(?:Hurricane|Typhoon|Cyclone|Storm|Tropical Storm|Tropical Depression|Super Typhoon)$/;
const STORM_BEFORE = /\b(?:Hurricane|Typhoon|Cyclone|Storm|Depression)\s+$/;

/**
 * Storms are named like people ("Hurricane Dorian", then "Dorian made landfall"): a name after a storm word is the
 * storm, an event (MISC), and so is the same single name alone anywhere in the article, whatever the recognizer said.
 */
export function typeStorms(doc: Doc, kb: Kb, mentions: Mention[]): void {
  const storms = new Set<string>();
  for (const m of mentions) {
    if (m.kind === 'pronoun' || m.kind === 'title' || m.rule.startsWith('gazetteer:')) continue;
    const words = m.text.split(' ');
    const lead = words.length === 3 ? `${words[0]} ${words[1]}` : words[0]!;
    if ((words.length === 2 || words.length === 3) && STORM_WORDS.test(lead)) storms.add(words[words.length - 1]!);
    else if (words.length === 1 && STORM_BEFORE.test(doc.text.slice(Math.max(0, m.start - 24), m.start))) storms.add(m.text);
  }
  // "Storm Area 51" is a call to storm a place: a storm's name is no word the article also writes in lowercase, nor the
  // head of an organization's name ("the National Hurricane Center").
  for (const name of storms) if (kb.orgHeads.has(name)) storms.delete(name);
  for (const name of storms) if (writesLowercase(doc.text, name)) storms.delete(name);
  if (storms.size === 0) return;
  for (const m of mentions) {
    if (m.kind === 'pronoun' || m.kind === 'title' || m.rule.startsWith('gazetteer:')) continue;
    const words = m.text.split(' ');
    if (!storms.has(words[words.length - 1]!) || (words.length > 1 && !STORM_WORDS.test(words.slice(0, -1).join(' ')))) continue;
    m.type = 'MISC';
    m.kind = 'name';
    m.rule = 'name:storm';
    m.country = undefined;
  }
}
