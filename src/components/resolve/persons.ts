import type { Doc, Mention } from '../../doc/schema.js';
import type { Kb, KnownActor } from '../../kb/kb.js';
import { isSpellingVariant, SurnameIndex } from '../entities/names.js';
import { gazetteerFor as placeGazetteer } from '../places/model/gazetteer.js';
import { writesLowercase } from '../../text/case.js';
import { foldName } from '../places/model/fold.js';

/** A person being assembled from its mentions. */
export interface PersonCluster {
  mentions: Mention[];
  first: string | null;
  surnames: Map<string, number>;
  fullName: string;
  known: KnownActor | null;
}

const surnameOf = (name: string) => name.split(/\s+/).pop()!;
const firstOf = (name: string) => (name.includes(' ') ? name.split(/\s+/)[0]! : null);

/** A role valid on the document's date, or any role when the date is unknown. */
export function roleAt(actor: KnownActor, date: string | null): KnownActor['roles'][number] | null {
  if (!date) return actor.roles[0] ?? null;
  return actor.roles.find((r) => (!r.from || r.from <= date) && (!r.to || date <= r.to)) ?? null;
}

/** A known actor's country, code, and the role and sector it holds on the date, given to the entity made of it. */
export function takeKnown(d: { country: string | null; code: string | null; roles: Set<string>; sectors: Set<string> }, known: KnownActor, date: string | null): void {
  d.country = known.country;
  if (known.code) d.code = known.code;
  const role = roleAt(known, date);
  if (role) {
    d.roles.add(role.title);
    d.sectors.add(role.sector);
  }
}

export function knownActorFor(kb: Kb, name: string, date: string | null): KnownActor | null {
  const exact = kb.actors.get(name.toLowerCase());
  if (exact?.length === 1 && (name.includes(' ') || roleAt(exact[0]!, date))) return exact[0]!;
  // A known person spelled another way: same first name, surname a spelling variant.
  const first = firstOf(name);
  if (!first) return null;
  const sur = surnameOf(name).toLowerCase();
  for (const a of actorsByFirstName(kb).get(first.toLowerCase()) ?? []) {
    if (isSpellingVariant(surnameOf(a.name).toLowerCase(), sur)) return a;
  }
  return null;
}

const firstNameIndex = new WeakMap<Kb, Map<string, KnownActor[]>>();

function actorsByFirstName(kb: Kb): Map<string, KnownActor[]> {
  let index = firstNameIndex.get(kb);
  if (!index) {
    index = new Map();
    for (const actors of kb.actors.values()) {
      for (const a of actors) {
        const first = firstOf(a.name)?.toLowerCase();
        if (!first) continue;
        const list = index.get(first) ?? [];
        if (!list.includes(a)) list.push(a);
        index.set(first, list);
      }
    }
    firstNameIndex.set(kb, index);
  }
  return index;
}

function retypePerson(m: Mention, rule: string): void {
  m.type = 'PERSON';
  m.rule = rule;
  m.country = undefined;
  m.code = undefined;
  m.canonical = undefined;
}

/** Ships are named after people: "MV Alan Kurdi" is a vessel. */
const VESSEL_PREFIXES = new Set(['MV', 'MS', 'SS', 'HMS', 'USS', 'RV', 'MT', 'HMAS', 'HMCS', 'INS']);

/** Words that end the names of institutions and laws more often than people's names. */
const INSTITUTION_WORDS = new Set(['Law', 'Policy', 'College', 'Act', 'Program', 'Fund', 'Plan', 'Initiative', 'Award', 'Prize']);

/**
 * A single word the recognizer took for an organization, a place or a thing that is the first name
 * or the surname of a person named in full in the article is that person ("Professor David
 * Livermore … Livermore said", "Hardeep Singh Puri … Hardeep also stated"). Names the knowledge base
 * gives a type are left as they are.
 */
export function retypeNameParts(doc: Doc, kb: Kb): void {
  // Someone's name of two words or more, not a phrase taken for one ("Antonin Scalia Law School", "Technology Policy").
  const personNames: Mention[] = [];
  for (const m of doc.mentions) {
    if (m.type !== 'PERSON' || m.kind !== 'name' || !m.text.includes(' ')) continue;
    if (m.text.split(/\s+/).some((w) => kb.orgHeads.has(w) || INSTITUTION_WORDS.has(w))) continue;
    personNames.push(m);
  }
  if (personNames.length === 0) return;
  const fullNames = new Set(personNames.map((m) => m.text));
  // "IM Dorsa Derakhshani", "GM Anna Ruiz": a short title in capitals before a person's name the article gives in full is
  // that person with a title, not an organization.
  for (const o of doc.mentions) {
    if (o.type === 'PERSON' || o.kind !== 'name' || !o.rule.startsWith('ner:')) continue;
    const cut = o.text.indexOf(' ');
    if (cut < 0) continue;
    const prefix = o.text.slice(0, cut);
    if (!/^\p{Lu}{2,3}$/u.test(prefix) || VESSEL_PREFIXES.has(prefix) || !fullNames.has(o.text.slice(cut + 1))) continue;
    o.start += cut + 1;
    o.text = o.text.slice(cut + 1);
    retypePerson(o, 'ner:person-name');
  }
  // "Kanye West" a person in four sentences and a place in a fifth: a name written the same way names one thing in an
  // article, and the recognizer's other type yields when it says person more often. The same surroundings give the
  // same answer however often they come back (an interview's "((Dorsa Derakhshani))" before each answer), so each
  // distinct surrounding counts once.
  const around = (m: Mention) => doc.text.slice(Math.max(0, m.start - 2), m.start) + '|' + doc.text.slice(m.end, m.end + 2);
  const asPerson = new Map<string, Set<string>>();
  const asOther = new Map<string, { contexts: Set<string>; mentions: Mention[] }>();
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || !fullNames.has(m.text)) continue;
    if (m.type === 'PERSON') {
      const set = asPerson.get(m.text);
      if (set) set.add(around(m));
      else asPerson.set(m.text, new Set([around(m)]));
    } else if (m.rule.startsWith('ner:')) {
      let e = asOther.get(m.text);
      if (!e) asOther.set(m.text, (e = { contexts: new Set(), mentions: [] }));
      e.contexts.add(around(m));
      e.mentions.push(m);
    }
  }
  for (const [name, e] of asOther) if (asPerson.get(name)!.size > e.contexts.size) for (const o of e.mentions) retypePerson(o, 'ner:person-name');
  // Parts of a name with a given name first ("David Livermore") or named so by a title or the knowledge base ("Civil
  // Aviation Minister Hardeep Singh Puri": given names beyond the English ones are not listed).
  const parts = new Set<string>();
  for (const m of personNames) {
    const words = m.text.split(/\s+/);
    if (!kb.givenNames.has(words[0]!)) {
      if (m.rule !== 'name:titled-person' && m.rule !== 'gazetteer:actor') continue;
      // "Deputy Secretary of Labor Julie Su" read as "Labor Julie Su": a word the article writes in lowercase is no given name.
      if (writesLowercase(doc.text, words[0]!)) continue;
    }
    parts.add(words[0]!);
    parts.add(words[words.length - 1]!);
  }
  if (parts.size === 0) return;
  const places = placeGazetteer(kb);
  for (const m of doc.mentions) {
    if (m.type === 'PERSON' || !m.rule.startsWith('ner:') || m.text.includes(' ') || !parts.has(m.text)) continue;
    // "FEMA", "Law", "Virginia": an acronym, a common word or a well-known place is what the recognizer said
    // (a town of 80,000 named Livermore does not make Professor Livermore a place).
    const known = places.lookup(foldName(m.text)).some((c) => c.feature !== 'city' || c.population >= 200_000);
    if (m.text === m.text.toUpperCase() || INSTITUTION_WORDS.has(m.text) || kb.orgHeads.has(m.text) || known) continue;
    retypePerson(m, 'ner:person-part');
  }
}

/**
 * A single word the recognizer took for a person that no person's name in the article supports (no full name has it,
 * no title or known actor gave it) is the organization it names when the article says so: it opens an organization's
 * name ("Ford Motor Company … Ford said", "Transport for London"), or something is posted on it or sent via it ("wrote
 * on Twitter"; a place is no platform, and a question "on Cuomo" is about someone).
 */
export function retypeLonePersons(doc: Doc, kb: Kb): void {
  let nameWords: Set<string> | null = null;
  let orgFirstWords: Set<string> | null = null;
  for (const m of doc.mentions) {
    // "wrote on Instagram", "via Zoom": a platform the recognizer took for a place.
    if (m.type === 'LOCATION' && m.rule === 'ner:location' && !m.text.includes(' ') && POSTED_ON.test(doc.text.slice(Math.max(0, m.start - 60), m.start)) && placeGazetteer(kb).lookup(foldName(m.text)).length === 0) {
      m.type = 'ORGANIZATION';
      m.rule = 'ner:organization-lone';
      m.country = undefined;
      continue;
    }
    if (m.type !== 'PERSON' || m.rule !== 'ner:person' || m.text.includes(' ') || kb.actors.has(m.text.toLowerCase())) continue;
    if (!nameWords) {
      nameWords = new Set();
      orgFirstWords = new Set();
      for (const x of doc.mentions) {
        if (!x.text.includes(' ') || x.kind === 'pronoun' || x.kind === 'title') continue;
        const words = x.text.split(/\s+/);
        if (x.type === 'PERSON') for (const w of words) nameWords.add(w);
        else if ((x.type === 'ORGANIZATION' || x.type === 'MEDIA') && words.slice(1).some((w) => kb.orgHeads.has(w) || COMPANY_WORDS.has(w))) orgFirstWords.add(words[0]!);
      }
    }
    // A title or role ("Deputy Assistant to the President") is someone's, whatever name it opens; a word the article
    // also writes in lowercase is a common word.
    if (nameWords.has(m.text) || kb.personTitles.has(m.text) || kb.personRoles.has(m.text.toLowerCase()) || writesLowercase(doc.text, m.text)) continue;
    const before = doc.text.slice(Math.max(0, m.start - 60), m.start);
    const placed = () => placeGazetteer(kb).lookup(foldName(m.text)).length > 0;
    if (orgFirstWords!.has(m.text) || (POSTED_ON.test(before) && !placed())) {
      m.type = 'ORGANIZATION';
      m.rule = 'ner:organization-lone';
    }
  }
}

/** Something said or shown "via" a name, or "on" it after a word of posting ("wrote on", "posted a video on"). */
const POSTED_ON = /(?:\bvia|\b(?:wr[io]te|written|post(?:ed|s|ing)?|said|says|announc\w*|shar\w*|react\w*|respond\w*|comment\w*|stated|tweet\w*|followers|praised|message|video|account)\s+(?:[^\s.;:!?]+\s+){0,3}on)\s+$/;

/** Words that end companies' names. */
const COMPANY_WORDS = new Set(['Company', 'Motor', 'Motors', 'Limited', 'Ltd', 'Inc', 'Inc.', 'Corporation', 'Corp', 'Corp.', 'LLC', 'plc', 'Group', 'Holdings', 'Technologies', 'Airlines']);

/**
 * Groups person mentions: a full name opens a person, a surname or a spelling variant of a
 * surname joins the latest person it fits, and known actors give the canonical spelling.
 */
export function clusterPersons(doc: Doc, kb: Kb): PersonCluster[] {
  const clusters: PersonCluster[] = [];
  const index = new SurnameIndex<PersonCluster>();
  const order = new Map<PersonCluster, number>();
  for (const m of doc.mentions) {
    if (m.type !== 'PERSON' || !['name', 'surname', 'variant'].includes(m.kind)) continue;
    const name = m.canonical && m.kind === 'name' ? m.text : m.text;
    const sur = surnameOf(name);
    const first = firstOf(name);
    // The person the name fits (same surname or a spelling of it, and no other first name) who was
    // named most so far, the first named of equals: after "Pranab Mukherjee … his son Abhijit
    // Mukherjee", a bare "Mukherjee" is still the article's Mukherjee.
    let target: PersonCluster | undefined;
    for (const { value: c } of index.find(sur)) {
      if (first && c.first && c.first !== first) continue;
      if (!target || c.mentions.length > target.mentions.length || (c.mentions.length === target.mentions.length && order.get(c)! < order.get(target)!)) target = c;
    }
    if (!target && m.canonical) target = clusters.find((c) => c.known?.name === m.canonical);
    if (!target) {
      target = { mentions: [], first, surnames: new Map(), fullName: name, known: null };
      order.set(target, clusters.length);
      clusters.push(target);
    }
    index.add(sur, target);
    target.mentions.push(m);
    target.surnames.set(sur, (target.surnames.get(sur) ?? 0) + 1);
    if (first && !target.first) target.first = first;
    if (name.split(/\s+/).length > target.fullName.split(/\s+/).length) target.fullName = name;
  }
  const persons = mergeGivenNames(clusters);
  for (const c of persons) {
    const canonical = c.mentions.find((m) => m.canonical)?.canonical;
    c.known = (canonical && kb.actors.get(canonical.toLowerCase())?.[0]) || knownActorFor(kb, c.fullName, doc.meta.date);
  }
  return persons;
}

/**
 * A name used alone that is the first name of exactly one person named in full in the document is that person
 * ("Jamal" for Jamal Khashoggi, "Ivanka" for Ivanka Trump): news calls people by their first name in quotes and
 * in features. A name the knowledge base knows, or one that is also someone's surname (joined above), stays.
 */
function mergeGivenNames(clusters: PersonCluster[]): PersonCluster[] {
  const byFirst = new Map<string, PersonCluster[]>();
  for (const c of clusters) {
    if (!c.first) continue;
    const list = byFirst.get(c.first);
    if (list) list.push(c);
    else byFirst.set(c.first, [c]);
  }
  if (byFirst.size === 0) return clusters;
  return clusters.filter((c) => {
    if (c.first || c.fullName.includes(' ') || c.mentions.some((m) => m.canonical)) return true;
    const owners = byFirst.get(c.fullName);
    if (owners?.length !== 1) return true;
    const owner = owners[0]!;
    owner.mentions.push(...c.mentions);
    owner.mentions.sort((a, b) => a.start - b.start);
    return false;
  });
}

/** The canonical name: the known actor's, else the full name with the most used surname spelling. */
export function canonicalPersonName(c: PersonCluster): string {
  if (c.known) return c.known.name;
  const fullSur = surnameOf(c.fullName);
  let best = fullSur;
  let bestCount = c.surnames.get(fullSur) ?? 0;
  for (const [s, n] of c.surnames) if (n > bestCount) [best, bestCount] = [s, n];
  const parts = c.fullName.split(/\s+/);
  parts[parts.length - 1] = best;
  return parts.join(' ');
}
