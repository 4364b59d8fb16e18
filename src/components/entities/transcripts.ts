import type { Doc, Mention } from '../../doc/schema.js';
import { newMention } from './mention.js';

/**
 * A turn's label opening a paragraph, as interviews are written on wikis: "((Ana Ruiz)) I think …". (A label before a
 * colon, "RUIZ: I think …", is left to the quotes: "Bowling:", "Penalties:" open lines of results as often.)
 */
const LABEL = /(?<=^|\n)\(\(([^()\n]{1,60})\)\)/gu;

/** Each word capitalized (or an initial), at most four of them: a name, not "The statement read". */
const NAME_LIKE = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}$/u;

/**
 * The speakers of a transcript: a name that opens two paragraphs or more as a turn's label ("((Ana Ruiz))", "((WN))")
 * is who speaks the turn, a person (or, in capitals, the organization the recognizer saw): never a place or a thing,
 * as the brackets made the recognizer read "((WN))" and no organization named like a person. A label the rules and
 * the recognizer found only part of ("Ana" of "Ana Ruiz") is named in full.
 */
export function typeTranscriptSpeakers(doc: Doc, mentions: Mention[]): Mention[] {
  const spans = new Map<string, Array<{ start: number; end: number }>>();
  for (const m of doc.text.matchAll(LABEL)) {
    const label = m[1]!.trim();
    if (!NAME_LIKE.test(label)) continue;
    const start = m.index + m[0].indexOf(label);
    let list = spans.get(label);
    if (!list) spans.set(label, (list = []));
    list.push({ start, end: start + label.length });
  }
  let out = mentions;
  for (const [label, at] of spans) {
    if (at.length < 2) continue;
    const capitals = !/\p{Ll}/u.test(label);
    for (const span of at) {
      const inside = out.filter((m) => m.start < span.end && span.start < m.end && m.kind !== 'pronoun');
      const whole = inside.length === 1 && inside[0]!.start === span.start && inside[0]!.end === span.end ? inside[0]! : null;
      if (whole) {
        if (whole.type === 'MEDIA' || (capitals && whole.type === 'ORGANIZATION')) continue;
        if (whole.rule.startsWith('gazetteer:') && whole.type !== 'LOCATION') continue;
        whole.type = 'PERSON';
        whole.rule = 'name:transcript-speaker';
        whole.country = undefined;
        continue;
      }
      // A piece reaching out of the label is some other reading of the text; leave it.
      if (inside.some((m) => m.start < span.start || m.end > span.end)) continue;
      const speaker = newMention(span.start, span.end, label, { type: 'PERSON', kind: 'name', rule: 'name:transcript-speaker' });
      out = [...out.filter((m) => !inside.includes(m)), speaker].sort((a, b) => a.start - b.start || b.end - a.end);
    }
  }
  return out;
}
