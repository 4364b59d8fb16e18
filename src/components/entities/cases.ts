import type { Doc, Mention } from '../../doc/schema.js';
import { newMention } from './mention.js';

// "Roe v. Wade", "Brown v. Board of Education": the legal "v." between two names. Sports fixtures write "v" bare.
const VERSUS = /^\s+v\.\s+$/;
const CASE_NAME = /\S\s+v\.\s+\p{Lu}/u;

/**
 * A court case named by its parties ("Roe v. Wade", "Citizens United v. FEC") is one name, a MISC thing as
 * CoNLL-2003 types events and laws, not the two parties it names: "Wade" is no person of the article, "FEC" no
 * actor of it. Returns the mentions (in text order) with each such pair made one.
 */
export function joinCaseNames(doc: Doc, names: Mention[]): Mention[] {
  const out: Mention[] = [];
  let joined = false;
  for (let i = 0; i < names.length; i++) {
    const a = names[i]!;
    const b = names[i + 1];
    if (b && a.kind === 'name' && b.kind === 'name' && a.end < b.start && VERSUS.test(doc.text.slice(a.end, b.start))) {
      out.push(newMention(a.start, b.end, doc.text.slice(a.start, b.end), { type: 'MISC', kind: 'name', rule: 'name:court-case' }));
      joined = true;
      i++;
      continue;
    }
    // The recognizer may have read the case as one name already, of any type.
    if (a.kind === 'name' && a.type !== 'MISC' && CASE_NAME.test(a.text)) {
      a.type = 'MISC';
      a.rule = 'name:court-case';
    }
    out.push(a);
  }
  return joined ? out : names;
}
