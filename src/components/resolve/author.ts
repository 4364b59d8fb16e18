import type { Doc, Mention } from '../../doc/schema.js';
import type { Kb } from '../../kb/kb.js';
import { quotationsOf } from '../../text/quotation-marks.js';
import { newMention } from '../entities/mention.js';
import type { Draft } from './index.js';
import { knownActorFor, takeKnown } from './persons.js';

/**
 * A document one person signs: "Statement from President Joe Biden on the November Jobs Report",
 * "Message by the Secretary-General …". Remarks and briefings are left out: their "I" is whoever
 * holds the floor, reporters included.
 */
const SIGNED_TITLE = /^(?:(?:Joint\s+)?Statement|Message|Video Message|Letter|Op-Ed|Proclamation)\s+(?:from|by|of)\s+(?:the\s+)?(.+?)(?:\s+(?:on|at|to|in|regarding|marking|for|during|before|after|upon|about|with|commemorating|celebrating)\s.*)?$/i;

const MAX_TITLE = 300;

const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', 'mine']);

/** The name of the person who signs a document, from its title: a known actor's, else a given name and surname, else the last words after the titles. */
export function authorOfTitle(title: string | null, kb: Kb, date: string | null): { name: string; known: ReturnType<typeof knownActorFor> } | null {
  // A headline is short; a longer "title" (a page's whole text pasted in) would make the pattern's search quadratic.
  const m = title && title.length <= MAX_TITLE ? SIGNED_TITLE.exec(title.trim()) : null;
  if (!m) return null;
  const signer = m[1]!.trim();
  // "President Biden and Prime Minister Kishida": two signers, no one "I".
  if (/\s(?:and|&)\s/i.test(signer) || signer.includes(',')) return null;
  // A title in title case runs on past the name ("… Joe Biden Congratulating Nobel Peace Prize Winners").
  const words = signer.split(/\s+/).slice(0, 12);
  // The longest known person in it ("Joe Biden" in "President Joe Biden").
  for (let len = Math.min(4, words.length); len >= 2; len--) {
    for (let k = 0; k + len <= words.length; k++) {
      const known = knownActorFor(kb, words.slice(k, k + len).join(' '), date);
      if (known) return { name: known.name, known };
    }
  }
  // Else a given name and the capitalized words after it ("National Security Advisor Jake Sullivan").
  const nameWord = (w: string | undefined) => !!w && /^\p{Lu}[\p{L}.'’-]*$/u.test(w) && !/ing$/.test(w);
  const k = words.findIndex((w, i) => kb.givenNames.has(w) && nameWord(words[i + 1]));
  if (k >= 0) {
    let end = k + 1;
    while (end < words.length && end - k < 4 && nameWord(words[end])) end++;
    return { name: words.slice(k, end).join(' '), known: null };
  }
  // Else the last two words after at least one title ("Vice President | Kamala Harris"), three with an initial.
  const from = words.length - (words.length >= 4 && /^\p{Lu}\.$/u.test(words[words.length - 2]!) ? 3 : 2);
  const name = words.slice(from);
  const office = (w: string) => kb.personTitles.has(w) || kb.personRoles.has(w.toLowerCase());
  return from >= 1 && name.every(nameWord) && !name.some(office) ? { name: name.join(' '), known: null } : null;
}

/**
 * "I", "me", "my" outside quotations in a signed document are its signer: the first person of a
 * statement speaks for the one the title names, who may appear nowhere in the text.
 */
export function linkAuthor(doc: Doc, kb: Kb, drafts: Draft[], newDraft: (name: string, type: 'PERSON') => Draft, join: (d: Draft, m: Mention) => void): void {
  const author = authorOfTitle(doc.meta.title, kb, doc.meta.date);
  if (!author) return;
  const quotations = quotationsOf(doc);
  const quoted = (offset: number) => quotations.some((q) => q.start <= offset && offset < q.end);
  const pronouns = doc.tokens.filter((t) => t.pos === 'PRON' && FIRST_PERSON.has(t.text.toLowerCase()) && !quoted(t.start));
  if (pronouns.length === 0) return;
  const lower = author.name.toLowerCase();
  let d = drafts.find((x) => x.type === 'PERSON' && x.name.toLowerCase() === lower);
  if (!d) {
    d = newDraft(author.name, 'PERSON');
    if (author.known) takeKnown(d, author.known, doc.meta.date);
  }
  for (const t of pronouns) {
    const m = newMention(t.start, t.end, t.text, { type: 'PERSON', kind: 'pronoun', rule: 'pronoun:signer' });
    doc.mentions.push(m);
    join(d, m);
  }
  doc.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}
