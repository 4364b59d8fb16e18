import { agentSector } from '../model/agentNouns.js';
import { EVENTIVE_GERUND_PREPS, POSSESSIVES } from '../model/cues.js';
import { isMeansWord } from '../model/violenceMeans.js';
import { qualify, withSectorOnBare, type Phrase } from './actorPhrases.js';
import { groupAt, sentenceBounds, type Context } from './context.js';
import { hit, isDeterminerPronoun, leftmostPhrase, POSSESSIVE_PRONOUNS, verbBefore, type RoleHit } from './roles.js';
import { isAttributive, type VerbGroup } from './verbGroup.js';

/** Prepositions that say where a head noun's people come from ("doctors from …", "rebels in …", "students throughout Indonesia"). */
const ORIGIN_PREPS = new Set(['from', 'in', 'throughout', 'across']);

/** The sector a head noun gives its side ("helicopters" → MIL, "farmers" → AGR): the kb's sector words, then the agent nouns. */
export function headSector(ctx: Context, k: number): string | undefined {
  const w = ctx.view.lower[k]!;
  return ctx.kb.sectorWords.get(w)?.[0] ?? agentSector(w);
}

/**
 * "Israeli helicopters", "students throughout Indonesia": a side named only by its country (or organization) that
 * acts through a head noun takes that noun's sector, so the act is told apart from one on the country's government.
 */
export function withHeadSector(ctx: Context, h: RoleHit, head: number): RoleHit {
  if (head < 0) return h;
  const sector = headSector(ctx, head);
  if (!sector) return h;
  const refs = withSectorOnBare(h.refs, sector);
  return refs ? { ...h, refs } : h;
}

/** Pronouns that are subjects when they stand right before a verb group. */
const NOMINATIVE_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/** Whether token k is the "led" of "Vietnamese-led forces": the country before it leads the head. */
const isLedCompound = (ctx: Context, k: number) => ctx.view.lower[k] === 'led' && k > 0 && ctx.view.lower[k - 1] === '-';

/** "helicopters and tanks": a conjunction between two common nouns inside one noun phrase. */
function joinsNouns(ctx: Context, k: number): boolean {
  const { view } = ctx;
  return view.pos[k] === 'CCONJ' && k > 0 && view.pos[k - 1] === 'NOUN' && view.pos[k + 1] === 'NOUN';
}

/** Tokens that may sit inside a noun phrase, scanning leftwards from its head. */
function npInternal(ctx: Context, k: number): boolean {
  const p = ctx.view.pos[k];
  const w = ctx.view.lower[k]!;
  if (p === 'NOUN' || p === 'PROPN' || p === 'ADJ' || p === 'DET' || p === 'NUM') return true;
  if (POSSESSIVES.has(w) || w === '-' || w === 'of') return true;
  return p === 'PRON' && POSSESSIVE_PRONOUNS.has(w);
}

/** "Serbian military police", "Afghan rebel leaders": a sector-only head takes the country of the phrase right before it. */
function qualifiedHead(ctx: Context, ph: Phrase, segment: Phrase[]): Phrase {
  const i = segment.indexOf(ph);
  const before = segment[i + 1];
  if (!before || ph.members.length !== 1 || before.members.length !== 1 || ph.members[0]!.country) return ph;
  for (let k = before.end; k < ph.start; k++) {
    const p = ctx.view.pos[k];
    if (p !== 'ADJ' && p !== 'NOUN' && p !== 'PROPN' && ctx.view.lower[k] !== '-' && !isLedCompound(ctx, k)) return ph;
  }
  const member = qualify(ph.members[0]!, before.members[0]!);
  return member === ph.members[0] ? ph : { ...ph, members: [member] };
}

/** "the divided island", "the ruling party": a participle used as an adjective inside a noun phrase. */
const isAttributiveVerb = (ctx: Context, k: number) => ctx.view.pos[k] === 'VERB' && isAttributive(ctx.view, k);

/** How many tokens a parenthesis inside a subject may hold ("(Party of God)", "(NUT)"). */
const PARENTHESIS_REACH = 8;

/** "Africans ordered out of Nigeria": a bare "-ed" participle right after a noun, with a verb before it in the clause. */
function reducedRelative(ctx: Context, v: number): boolean {
  const { view } = ctx;
  const p = view.pos[v - 1];
  return view.pos[v] === 'VERB' && view.lower[v]!.endsWith('ed') && (p === 'NOUN' || p === 'PROPN') && groupAt(ctx, v).start === v;
}

/** Whether a phrase is the complement of "of" ("the head of the council"). */
function afterOf(ctx: Context, ph: Phrase): boolean {
  let b = ph.start - 1;
  while (b >= 0 && (ctx.view.pos[b] === 'DET' || ctx.view.pos[b] === 'ADJ' || ctx.view.pos[b] === 'NUM' || isAttributiveVerb(ctx, b))) b--;
  return b >= 0 && ctx.view.lower[b] === 'of';
}

/** The last token at or before `k` (and not before `lo`) in the clause, or a position before `lo`. */
function prevInClause(of: readonly number[], clause: number, k: number, lo: number): number {
  while (k >= lo && of[k] !== clause) k--;
  return k;
}

/** Skips appositions set off by commas right before the verb: "Lavrentiev, Putin's envoy to Syria, arrived". */
function skipApposition(ctx: Context, i: number, lo: number): number {
  const { view, clauses } = ctx;
  const clause = clauses.of[i + 1] ?? clauses.of[i]!;
  i = prevInClause(clauses.of, clause, i, lo);
  while (i >= lo && view.lower[i] === ',') {
    let j = prevInClause(clauses.of, clause, i - 1, lo);
    let opening = -1;
    while (j >= lo) {
      if (view.lower[j] === ',') {
        opening = j;
        break;
      }
      if (view.pos[j] === 'AUX' || (view.pos[j] === 'VERB' && !isAttributive(view, j))) break;
      j = prevInClause(clauses.of, clause, j - 1, lo);
    }
    // "Protesters, carrying placards …, marched": no opening comma before a verb; the clause opens with the subject.
    if (opening < 0) return APPOSITION_UNRESOLVED;
    i = prevInClause(clauses.of, clause, opening - 1, lo);
  }
  return i;
}

const APPOSITION_UNRESOLVED = -2;

/**
 * The subject of the verb group starting at `groupStart`: the noun phrase before it in the same clause,
 * ignoring prepositional phrases and appositions; for non-finite verbs and coordinated verbs, the subject
 * of the governing verb; in relative clauses, the antecedent.
 */
export function findSubject(ctx: Context, verb: number, group?: VerbGroup, depth = 0): RoleHit | null {
  if (depth > 4) return null;
  const { view, phrases, clauses } = ctx;
  const g = group ?? groupAt(ctx, verb);
  const groupStart = g.start;
  const lo = sentenceBounds(ctx, groupStart).start;
  const clause = clauses.of[groupStart]!;

  if (g.nonFinite) {
    // "a sanctions regime targeting the military": a participle right after a noun describes that noun.
    if (view.lower[groupStart] !== 'to' && groupStart > lo && view.pos[groupStart - 1] === 'NOUN') {
      const pid = phrases.at[groupStart - 1]!;
      return pid >= 0 ? hit(phrases.list[pid]!, 'antecedent') : null;
    }
    // "forced Iran to leave": the object of the governing verb does the leaving.
    if (view.lower[groupStart] === 'to' && groupStart > 0) {
      const pid = phrases.at[groupStart - 1]!;
      if (pid >= 0) {
        const ph = phrases.list[pid]!;
        let b = ph.start - 1;
        while (b >= lo && view.pos[b] === 'DET') b--;
        if (b >= lo && view.pos[b] === 'VERB') return hit(ph, 'control');
      }
    }
    const gov = verbBefore(ctx, groupStart, lo);
    if (gov < 0) return null;
    const sub = findSubject(ctx, gov, undefined, depth + 1);
    return sub && { ...sub, how: 'control' };
  }

  let k = skipApposition(ctx, groupStart - 1, lo);
  if (k === APPOSITION_UNRESOLVED) {
    const first = leftmostPhrase(ctx, clause, lo, groupStart);
    return first && { ...first, how: 'modifier' };
  }
  let segment: Phrase[] = [];
  /** The actors of a "from"/"in" phrase after a head noun that names none ("Doctors from two American aid groups"). */
  let origin: Phrase[] | null = null;
  let nouns = 0;
  /** The head noun of the subject noun phrase (its rightmost common noun after any actor phrase), or -1. */
  let head = -1;
  /** Common nouns between the verb and the first actor phrase ("Israeli helicopters": one; "Arab League Secretary General Klibi": none). */
  let nounsBefore = 0;
  while (k >= lo) {
    if (clauses.of[k] !== clause) {
      k--;
      continue;
    }
    const pid = phrases.at[k]!;
    if (pid >= 0 && !isDeterminerPronoun(ctx, phrases.list[pid]!)) {
      const ph = phrases.list[pid]!;
      // "said on Friday they would …": a nominative pronoun right before the verb is its subject, whatever precedes it.
      if (!segment.length && nouns === 0 && ph.kind === 'pronoun' && ph.end === groupStart && NOMINATIVE_PRONOUNS.has(view.lower[ph.start]!)) return hit(ph, 'subject');
      if (!segment.length) nounsBefore = nouns;
      segment.push(ph);
      k = ph.start - 1;
      continue;
    }
    const w = view.lower[k]!;
    // "The Nigerian Union of Teachers (NUT) announced": a parenthesis inside the noun phrase is skipped.
    if (w === ')') {
      let open = k - 1;
      while (open >= lo && k - open <= PARENTHESIS_REACH && view.lower[open] !== '(' && view.lower[open] !== ')') open--;
      if (open >= lo && view.lower[open] === '(') {
        k = open - 1;
        continue;
      }
      break;
    }
    // "came as Israel freed …": a preposition that opens the clause is its edge, not a prepositional phrase.
    if (view.pos[k] === 'ADP' && w !== 'of' && k !== clauses.list[clause]!.marker) {
      // The words collected so far were a prepositional phrase ("Tehran on the other hand insists").
      if (segment.length && ORIGIN_PREPS.has(w)) origin = segment;
      segment = [];
      nouns = 0;
      head = -1;
      k--;
      continue;
    }
    if (nouns > 0 && !segment.length && view.lower[k] === 'including') {
      // "Russian aircraft including helicopter gunships killed": the words after "including" only list parts.
      nouns = 0;
      head = -1;
      k--;
      continue;
    }
    if (npInternal(ctx, k) || isLedCompound(ctx, k) || (nouns > 0 && joinsNouns(ctx, k)) || isAttributiveVerb(ctx, k)) {
      if (view.pos[k] === 'NOUN' || view.pos[k] === 'PROPN') {
        nouns++;
        if (head < 0 && !segment.length) head = k;
      }
      k--;
      continue;
    }
    break;
  }
  if (segment.length) {
    // The head is the rightmost phrase outside an "of" complement ("Russian President Putin's envoy" → the envoy;
    // "the deputy head of the Security Council of Iran" → the council, the first one when all follow "of").
    let free: Phrase | undefined;
    for (const s of segment) {
      if (!afterOf(ctx, s)) {
        free = s;
        break;
      }
    }
    const ph = free ?? segment[segment.length - 1]!;
    const adjacent = ph === segment[0] && nounsBefore === 0;
    let found = hit(qualifiedHead(ctx, ph, segment), adjacent ? 'subject' : 'modifier');
    // "activists from the Fatah Party": a head known only by its sector takes the country of where it comes from.
    if (adjacent && origin && found.refs.length === 1 && !found.refs[0]!.country) {
      const from = origin[origin.length - 1]!.members;
      if (from.length === 1) {
        const member = qualify(found.refs[0]!, from[0]!);
        if (member !== found.refs[0]) found = { ...found, refs: [member] };
      }
    }
    const result = adjacent ? found : withHeadSector(ctx, found, head);
    return result.refs.some((r) => r.actor) ? result : (fromApposition(ctx, result, groupStart) ?? titleBefore(ctx, result, lo) ?? result);
  }
  if (nouns > 0 && origin && (k < lo || !npInternal(ctx, k)) && clauses.of[Math.max(k, lo)] === clause) {
    // The head names no actor: its origin stands for it, as a modifier would ("rebels in the Ivory Coast").
    return withHeadSector(ctx, hit(origin[origin.length - 1]!, 'modifier'), head);
  }
  if (nouns > 0 || k < lo) return null;

  const w = view.lower[k]!;
  const c = clauses.list[clause]!;
  if (k === c.marker && c.kind === 'relative') {
    // "Lavrentiev, who had visited Jerusalem": the relative pronoun stands for the phrase before it.
    let a = k - 1;
    while (a >= lo && view.lower[a] === ',') a--;
    const pid = a >= lo ? phrases.at[a]! : -1;
    if (pid < 0) return a >= lo ? attackerOfMeans(ctx, a, lo) : null;
    // "the attack in Kabul that killed …": a phrase inside a prepositional phrase is not what the pronoun stands for.
    const ph = phrases.list[pid]!;
    let b = ph.start - 1;
    while (b >= lo && (view.pos[b] === 'DET' || view.pos[b] === 'ADJ')) b--;
    return b >= lo && view.pos[b] === 'ADP' ? null : hit(ph, 'antecedent');
  }
  if (view.pos[k] === 'CCONJ' || (w === ',' && view.pos[k + 1] === 'CCONJ')) {
    // "pointed to … and said": coordinated verbs share the first one's subject, not that of a participle describing
    // a noun on the way ("opened its borders to Africans ordered out of Nigeria, but was refusing …").
    let gov = verbBefore(ctx, k, lo);
    while (gov > lo && reducedRelative(ctx, gov)) {
      const earlier = verbBefore(ctx, gov, lo);
      if (earlier < 0) break;
      gov = earlier;
    }
    if (gov < 0) return null;
    return findSubject(ctx, gov, undefined, depth + 1);
  }
  if ((view.pos[k] === 'ADP' || view.pos[k] === 'SCONJ') && EVENTIVE_GERUND_PREPS.has(w)) {
    const gov = verbBefore(ctx, k, lo);
    if (gov < 0) return null;
    const sub = findSubject(ctx, gov, undefined, depth + 1);
    return sub && { ...sub, how: 'control' };
  }
  return null;
}

/**
 * "Salaheddine Sidhoum, Algeria's leading human rights activist, staged …": a subject the knowledge base cannot code
 * is coded by the apposition between it and its verb, through the apposition's actor and head noun.
 */
function fromApposition(ctx: Context, subject: RoleHit, groupStart: number): RoleHit | null {
  const { view, phrases } = ctx;
  const open = subject.phrase.end;
  let close = groupStart - 1;
  while (close > open && view.pos[close] === 'ADV') close--;
  if (open >= close || view.lower[open] !== ',' || view.lower[close] !== ',') return null;
  let found: Phrase | null = null;
  let head = -1;
  for (let k = open + 1; k < close; k++) {
    // A clause ("Walker, a driver who lives in South Carolina, met …") says where the subject is, not who it is.
    if (view.lower[k] === ',' || view.pos[k] === 'AUX' || (view.pos[k] === 'VERB' && !isAttributive(view, k)) || ctx.clauses.of[k] !== ctx.clauses.of[open]) return null;
    const pid = phrases.at[k]!;
    if (pid >= 0) {
      const ph = phrases.list[pid]!;
      let b = ph.start - 1;
      while (b > open && (view.pos[b] === 'DET' || view.pos[b] === 'ADJ')) b--;
      // "the envoy for Ukraine negotiations": an actor after a preposition is what the role is about.
      const governed = view.pos[b] === 'ADP';
      if (!found && !governed && ph.members.some((m) => m.actor)) found = ph;
      k = ph.end - 1;
    } else if (view.pos[k] === 'NOUN') head = k;
  }
  if (!found) return null;
  const h = hit(found, 'subject');
  return head > found.end - 1 ? withHeadSector(ctx, h, head) : h;
}

/**
 * "Qatar's emir, Sheikh Hamad bin Khalifa al-Thani launched …": a name the knowledge base cannot code, set off by a
 * comma after the role phrase that opens the sentence, is coded by that phrase.
 */
function titleBefore(ctx: Context, subject: RoleHit, lo: number): RoleHit | null {
  const { view, phrases } = ctx;
  let k = subject.phrase.start - 1;
  // The name may run over several units the entity layer split ("Sheikh Hamad bin Khalifa al-Thani").
  while (k > lo && view.lower[k] !== ',' && (view.pos[k] === 'PROPN' || view.pos[k] === 'NOUN' || phrases.at[k]! >= 0) && subject.phrase.start - k < 8) k--;
  if (k <= lo || view.lower[k] !== ',') return null;
  const pid = phrases.at[k - 1]!;
  if (pid < 0) return null;
  const title = phrases.list[pid]!;
  if (!title.members.some((m) => m.actor)) return null;
  // The role phrase opens the sentence: only a determiner before it.
  for (let b = title.start - 1; b >= lo; b--) if (view.pos[b] !== 'DET') return null;
  return hit(title, 'subject');
}

/**
 * "the US airstrike that killed …", "an Israeli missile strike which hit …": a relative pronoun standing for an
 * attack or a weapon stands for the actor that modifies it.
 */
function attackerOfMeans(ctx: Context, a: number, lo: number): RoleHit | null {
  const { view, phrases } = ctx;
  if (view.pos[a] !== 'NOUN' || !isMeansWord(view.lower[a]!)) return null;
  for (let b = a - 1; b >= lo && b >= a - 4; b--) {
    const pid = phrases.at[b]!;
    if (pid >= 0) {
      const ph = phrases.list[pid]!;
      return isDeterminerPronoun(ctx, ph) ? null : withHeadSector(ctx, hit(ph, 'modifier'), a);
    }
    const p = view.pos[b];
    if (p !== 'NOUN' && p !== 'ADJ' && view.lower[b] !== '-') return null;
  }
  return null;
}
