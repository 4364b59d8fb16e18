import type { Doc, Mention } from '../../doc/schema.js';
import { TIME_ZONE } from '../../text/time-zones.js';

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

const ZONE = new RegExp(`^${TIME_ZONE.source}$`);

/**
 * "7:49 a.m. UTC", "(1700 GMT)": a time zone after a clock time is part of the time, MISC as CoNLL-2003 writes "GMT",
 * and no actor, whatever the recognizer took it for.
 */
export function typeTimeZones(doc: Doc, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.kind === 'pronoun' || !ZONE.test(m.text) || !/\d/.test(doc.text.slice(Math.max(0, m.start - 14), m.start))) continue;
    m.type = 'MISC';
    m.kind = 'name';
    m.rule = 'name:time-zone';
    m.country = undefined;
    m.code = undefined;
    m.canonical = undefined;
  }
}

/** Names that describe or qualify something and stand for no actor: compound adjectives and time zones. */
export function namesNoActor(m: Mention): boolean {
  return m.kind === 'name' && (m.rule === 'name:time-zone' || isFusedModifier(m.text));
}
