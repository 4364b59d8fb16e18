import type { Doc, Mention } from '../../doc/schema.js';
import { mentionsWithin, sentenceAt, tokenIndexAt } from '../../doc/doc.js';
import { quotationsOf } from '../../text/quotation-marks.js';
import type { Kb } from '../../kb/kb.js';
import type { Draft } from './index.js';
import { roleCountry } from './actor-codes.js';

/**
 * Title-only mentions ("the envoy", "deputy Secretary-General of …") join the person whose role
 * has the same head noun; failing that, a title that opens a report is often named in the next
 * sentence ("… said. Amir Saeid Iravani made the remarks"), so it joins a person named at the start
 * of the next sentence who has no role yet; failing both, it stands as an actor of its own.
 */
export function linkTitles(doc: Doc, kb: Kb, drafts: Draft[], draftOf: (id: string | null) => Draft | undefined, newDraft: (name: string, type: 'PERSON') => Draft, join: (d: Draft, m: Mention) => void): void {
  // Titles no name holds, by role head and country: "The President is announcing …", "The President has
  // proposed …" in one release are one president, not four.
  const unnamed = new Map<string, Draft>();
  for (const m of doc.mentions) {
    if (m.entity || m.type !== 'PERSON' || m.kind !== 'title' || !m.roleHead) continue;
    // "One MP told the BBC", "an official said": someone the text does not name, not the MP named before.
    const someone = introducesSomeone(doc, m);
    const target = someone ? undefined : titleHolder(doc, kb, m, drafts, draftOf);
    if (target) {
      join(target, m);
      continue;
    }
    const key = `${m.roleHead}\u0000${m.role ? roleCountry(doc, m, draftOf, kb) ?? '' : ''}`;
    const same = someone ? undefined : unnamed.get(key);
    const d = same ?? newDraft(m.text.replace(/^(the|a|an)\s+/i, ''), 'PERSON');
    if (!someone && !same) unnamed.set(key, d);
    join(d, m);
  }
}

/** The person a title-only mention refers to: the nearest holder of that role, else one named at the next sentence's start. */
function titleHolder(doc: Doc, kb: Kb, m: Mention, drafts: Draft[], draftOf: (id: string | null) => Draft | undefined): Draft | undefined {
  // "Russian president" cannot be Syria's president.
  const country = m.role ? roleCountry(doc, m, draftOf, kb) : null;
  const withRole = drafts.filter(
    (d) => d.type === 'PERSON' && d.roleHeads.has(m.roleHead!) && d.mentions.some((x) => x.kind !== 'title') && (!country || !d.country || d.country === country),
  );
  if (withRole.length) return withRole.reduce((best, d) => (distance(d, m) < distance(best, m) ? d : best));
  const next = doc.sentences[sentenceAt(doc, m.start) + 1];
  if (!next) return undefined;
  const opener = mentionsWithin(doc, next.start, next.end).find((x) => x.kind !== 'pronoun');
  // A transcript turn's label ("((Ana Ruiz)) …") is who speaks next, not a person the turn names.
  const d = opener && opener.type === 'PERSON' && opener.kind === 'name' && opener.rule !== 'name:transcript-speaker' ? draftOf(opener.entity) : undefined;
  return d && d.roleHeads.size === 0 && opener!.start - next.start < 40 ? d : undefined;
}

const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:a|an|one|another|some|several|two|three|four|five|many)\s+$/iu;
const INDEFINITE_START = /^(?:one|another|some|several|two|three|four|five|many)\s/i;

/** A title brought in by an indefinite determiner or a number introduces a person, it does not refer back to one. */
function introducesSomeone(doc: Doc, m: Mention): boolean {
  return INDEFINITE_START.test(m.text) || INDEFINITE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 12), m.start));
}

function distance(d: Draft, m: Mention): number {
  let best = Infinity;
  for (const x of d.mentions) if (x !== m) best = Math.min(best, Math.abs(x.start - m.start));
  return best;
}

const PRONOUN_GENDER: Record<string, 'm' | 'f'> = { he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f' };
const HONORIFIC = /\b(?:(Mr|Sir|Lord|King|Prince)|(Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess))\.?\s*$/;

/**
 * A person's sex when the text or the name lists say it: an honorific before a mention ("Mrs. May"), else
 * a given name that is one sex's only. Unknown (null) for most foreign names: agreement then filters nothing.
 */
function personGender(doc: Doc, d: Draft, kb: Kb): 'm' | 'f' | null {
  for (const m of d.mentions) {
    if (m.kind === 'pronoun') continue;
    const h = HONORIFIC.exec(doc.text.slice(Math.max(0, m.start - 12), m.start));
    if (h) return h[1] ? 'm' : 'f';
  }
  const first = d.name.split(/\s+/)[0]!;
  return d.name.includes(' ') ? (kb.nameGenders.get(first) ?? null) : null;
}

/**
 * he/she/his/him/her: the nearest person mentioned earlier in the same sentence, else the first
 * person named in the closest earlier sentence that names one (the subject, in news prose); a
 * person known to be of the other sex is passed over ("Jamal … she" is not Jamal).
 */
export function linkPronouns(doc: Doc, kb: Kb, draftOf: (id: string | null) => Draft | undefined): void {
  // A turn's label in a transcript ("((Ana Ruiz)) He told me …") is who speaks the turn, never the third person of it.
  const isPerson = (m: Mention) => m.kind !== 'pronoun' && m.rule !== 'name:transcript-speaker' && draftOf(m.entity)?.type === 'PERSON';
  // Person mentions per sentence, in text order.
  const bySentence = new Map<number, Mention[]>();
  for (const m of doc.mentions) {
    if (!isPerson(m)) continue;
    const s = sentenceAt(doc, m.start);
    let list = bySentence.get(s);
    if (!list) bySentence.set(s, (list = []));
    list.push(m);
  }
  const genders = new Map<Draft, 'm' | 'f' | null>();
  const agrees = (m: Mention, g: 'm' | 'f' | undefined): boolean => {
    if (!g) return true;
    const d = draftOf(m.entity)!;
    let dg = genders.get(d);
    if (dg === undefined) genders.set(d, (dg = personGender(doc, d, kb)));
    return dg === null || dg === g;
  };
  const speakers = quotationSpeakers(doc, kb, isPerson);
  for (const p of doc.mentions) {
    if (p.kind !== 'pronoun' || p.entity) continue;
    const g = PRONOUN_GENDER[p.text.toLowerCase()];
    const s = sentenceAt(doc, p.start);
    // "Vijay Goel said, "He was an excellent politician": inside a quotation, "he" is not the one who speaks it.
    const speaker = speakers.find((q) => q.start < p.start && p.start < q.end)?.speaker;
    const fits = (m: Mention) => agrees(m, g) && (!speaker || m.entity !== speaker.entity);
    const sameSentence = (bySentence.get(s) ?? []).filter((m) => m.end <= p.start && fits(m));
    let antecedent: Mention | undefined = sameSentence[sameSentence.length - 1];
    for (let back = s - 1; !antecedent && back >= Math.max(0, s - 3); back--) {
      const named = bySentence.get(back)?.filter(fits);
      if (!named?.length) continue;
      // "In his audience with Pope Francis, President Biden thanked … He lauded …": the subject, not a person
      // named in a phrase before it, is who the next sentence goes on about.
      antecedent = named.find((m) => m.kind === 'name' && !afterPreposition(doc, kb, m)) ?? named[0];
    }
    if (!antecedent) continue;
    const d = draftOf(antecedent.entity)!;
    p.entity = d.id;
    d.mentions.push(p);
  }
}

/** Whether a mention is the object of a preposition ("with Pope Francis", "to the President"), its title and determiner skipped. */
function afterPreposition(doc: Doc, kb: Kb, m: Mention): boolean {
  let j = tokenIndexAt(doc, m.start) - 1;
  while (j >= 0 && kb.personTitles.has(doc.tokens[j]!.text)) j--;
  if (j >= 0 && doc.tokens[j]!.pos === 'DET') j--;
  return j >= 0 && doc.tokens[j]!.pos === 'ADP';
}

/**
 * Quotations with the person who speaks them named before: "X said, "…"", "X, a member of …, said: "…"": the last person
 * named before the opening mark in its sentence, with a speech verb between them.
 */
function quotationSpeakers(doc: Doc, kb: Kb, isPerson: (m: Mention) => boolean): Array<{ start: number; end: number; speaker: Mention }> {
  const out: Array<{ start: number; end: number; speaker: Mention }> = [];
  for (const q of quotationsOf(doc)) {
    const sentence = doc.sentences[sentenceAt(doc, q.start)];
    if (!sentence) continue;
    const before = mentionsWithin(doc, sentence.start, q.start).filter(isPerson);
    const speaker = before[before.length - 1];
    if (!speaker) continue;
    const k = tokenIndexAt(doc, speaker.end);
    let verb = false;
    for (let j = k; j < doc.tokens.length && doc.tokens[j]!.start < q.start && !verb; j++) verb = kb.speechVerbs.has(doc.tokens[j]!.lemma);
    if (verb) out.push({ start: q.start, end: q.end, speaker });
  }
  return out;
}
