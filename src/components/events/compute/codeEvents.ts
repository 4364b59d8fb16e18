import type { Doc, Event } from '../../../doc/schema.js';
import type { CameoCode, Kb } from '../../../kb/kb.js';
import { ALLEGATION_VERBS, DENIAL_VERBS, DIRECTIVE_VERBS, NEGATORS, SPECULATION_VERBS, VICTIM_VERBS } from '../model/cues.js';
import { isMeansWord, MILITARY_MEANS_WORDS, IMPROVISED_BOMB_WORDS, MISHAP_WORDS, SUICIDE_WORDS } from '../model/violenceMeans.js';
import { standalonePhrase, withActor, type ActorRef } from './actorPhrases.js';
import { buildContext, groupAt, sentenceBounds, type Context } from './context.js';
import { Settings, toEvent, type Draft } from './eventRecord.js';
import { Reporters, type Reporter } from './reporters.js';
import { nounRoles } from './nounRoles.js';
import { findSubject } from './subject.js';
import { leftmostPhrase, verbBefore, type RoleHit } from './roles.js';
import { scratchFlags, TRIGGER_TOKENS } from './scratch.js';
import type { View } from './view.js';
import { findJudgements, scanTriggers, type JudgementSpot, type Trigger } from './triggers.js';
import type { Modality, VerbGroup } from './verbGroup.js';
import { patternLabel, recode, shapeTarget, verbRoles, type Roles } from './verbRoles.js';

/** Confidence of a pattern match with a plain subject and object; the roles found less directly lower it. */
const BASE = { verb: 0.8, noun: 0.65, judgement: 0.5 };
/** Prepositions that put an event in a place ("cooperate in Syria"). */
const LOCATIVE_PREPS = new Set(['in', 'inside', 'across', 'throughout', 'within']);
/** Means words that as a subject as often name an accident ("A fire killed five girls", "an explosion"). */
const BLAZE_OR_BLAST = new Set(['fire', 'fires', 'explosion', 'explosions', 'blast', 'blasts']);
/** Prepositions that place an attack by its surroundings ("a bomb near the town of Samarra"). */
const NEAR_PREPS = new Set(['near', 'outside', 'at']);
/** Event families coded without a target when the verb names none (protests, mobilizations, promises, concessions). */
const MONADIC_ROOTS = new Set(['03', '08', '14', '15']);
/**
 * Families whose act stands without an actor as target when the verb's object is no actor ("imposed a curfew",
 * "killed 23 people", "demanded immediate elections"): PLOVER codes them with the target left open. Consultations,
 * cooperation, aid, statements, appeals and praise need a partner to be an event at all, and a bare promise
 * ("Iran agreed") says too little.
 */
const OPEN_TARGET_ROOTS = new Set(['08', '09', '10', '12', '13', '14', '15', '16', '17', '18', '19', '20']);

/** Families whose act is done by the act it is the purpose of: protests. */
const PURPOSE_DONE_ROOTS = new Set(['14']);

/** Consultations by phone or in talks and negotiations (not visits, which have a host code), and cooperation. */
const MUTUAL_CODES = /^(?:04[0146]|06)/;
/** Families whose object says what the act is about, not whom it is done to. */
const OBJECT_ABOUT_ROOTS = new Set(['09', '10', '12', '13', '16']);
/** An actor code that is only sector blocks ("GOV", "OPPREB"), with no country or organization in front. */
const SECTOR_ONLY = /^(?:GOV|OPP|REB|MIL|COP|JUD|LEG|CVL|BUS|MED|EDU|LAB|REF|HLH|ELI|SPY|PTY|CRM|UAF|IMG|REL|HRI|MOD|RAD|AGR|ENV|IND|SEP|INS|MUS|CHR|DEV)+$/;

/** The missing target of a monadic event. */
const NOBODY: ActorRef = { entity: null, actor: null, country: null, type: null, kind: 'name', text: '', start: 0, end: 0 };

/**
 * The locative preposition that governs a place phrase whose first token follows `b`, or -1: right before it ("in
 * Baghdad", "in central Baghdad") or through the noun it is "of" ("in a residential sector of eastern Beirut", "in
 * the east of the Gaza Strip"). Not at or before `floor`.
 */
function locativeBefore(view: View, b: number, floor: number): number {
  // "mostly Christian eastern Beirut": adverbs, adjectives and capitalized modifiers before the place.
  const skip = (i: number) => view.pos[i] === 'DET' || view.pos[i] === 'ADJ' || view.pos[i] === 'ADV' || (view.pos[i] === 'PROPN' && view.pos[i + 1] !== 'NOUN');
  while (b > floor && skip(b)) b--;
  if (b > floor && LOCATIVE_PREPS.has(view.lower[b]!)) return b;
  if (b <= floor || view.lower[b] !== 'of') return -1;
  b--;
  let nouns = 0;
  // "the east of", "a residential sector of": the noun (or direction word) the place is "of".
  while (b > floor && (view.pos[b] === 'NOUN' || view.pos[b] === 'ADJ') && nouns < 2) {
    b--;
    nouns++;
  }
  if (!nouns) return -1;
  while (b > floor && skip(b)) b--;
  return b > floor && LOCATIVE_PREPS.has(view.lower[b]!) ? b : -1;
}

/** A ref that names a place (a place, a location, a country not named by its demonym). */
const placeish = (r: ActorRef) => r.place || r.type === 'LOCATION' || (r.type === 'COUNTRY' && r.kind !== 'demonym');

/** The notes of a rule, each once, in order of first appearance. */
function uniqueNotes(notes: string[]): string {
  let out = notes[0]!;
  for (let i = 1; i < notes.length; i++) if (notes.indexOf(notes[i]!) === i) out += ',' + notes[i];
  return out;
}

/** Roles found through another word than the verb's own subject: less sure. */
const INDIRECT_ROLE = new Set<RoleHit['how']>(['modifier', 'control', 'antecedent', 'clause-subject']);

/** Codes the triggers of one document into drafts, then into events (deduplicated, with dates and places). */
export class EventCoder {
  private readonly drafts: Draft[] = [];
  private readonly reporters: Reporters;
  private readonly cameo: ReadonlyMap<string, CameoCode>;
  /** The one country each sentence names, or null (see sentenceCountry). */
  private readonly countries = new Map<number, string[]>();
  /** Tokens of every pattern match (1 at a trigger's token): a place-target search does not reach past another event. */
  readonly triggerTokens: Uint8Array;

  constructor(private readonly ctx: Context) {
    this.reporters = new Reporters(ctx);
    this.cameo = ctx.index.cameo;
    this.triggerTokens = scratchFlags(TRIGGER_TOKENS, ctx.view.tokens.length);
  }

  /** Not inside a condition, hearsay, a question, or a clause that only says what someone asked for, denied or feared. */
  private realClause(token: number): boolean {
    const { clauses, view } = this.ctx;
    const c = clauses.list[clauses.of[token]!]!;
    if (c.irrealis || c.question) return false;
    // "demanded that Iran leave Syria": the leaving is only asked for; "denied that it attacked": only denied;
    // "fear that Russia will attack": only feared.
    for (let id = c.id; id >= 0; id = clauses.list[id]!.parent) {
      const k = clauses.list[id]!;
      if (k.kind !== 'complement' || k.marker < 1) continue;
      for (let b = k.marker - 1; b >= 0 && k.marker - b <= 3; b--) {
        if (view.pos[b] !== 'VERB') continue;
        const l = view.lemma[b]!;
        if (DIRECTIVE_VERBS.has(l) || DENIAL_VERBS.has(l) || SPECULATION_VERBS.has(l)) return false;
        break;
      }
    }
    return true;
  }

  /**
   * The country of a place after the event in its clause, as target of an event that names none ("will continue
   * to cooperate … in the whole Syria"). Only a place in a locative phrase counts, and not past another event word.
   */
  private placeTarget(anchor: number, source: ActorRef[], pastEvents = false): RoleHit | null {
    const { view, phrases, clauses } = this.ctx;
    const clause = clauses.of[anchor]!;
    let countries: Set<string | undefined> | null = null;
    for (let k = anchor + 1; k < view.tokens.length && view.sentence[k] === view.sentence[anchor]; k++) {
      if (this.triggerTokens[k] && !pastEvents) return null;
      if (clauses.of[k] !== clause) continue;
      const pid = phrases.at[k]!;
      if (pid < 0) continue;
      const ph = phrases.list[pid]!;
      k = ph.end - 1;
      const b = locativeBefore(view, ph.start - 1, anchor);
      if (b < 0) continue;
      if (!countries) {
        countries = new Set();
        for (const r of source) countries.add(r.country ?? r.actor?.slice(0, 3));
      }
      const refs: ActorRef[] = [];
      for (const r of ph.members) if (placeish(r) && r.country && !countries.has(r.country)) refs.push(withActor(r, r.country));
      if (refs.length) return { refs, phrase: ph, how: 'prep' };
    }
    return null;
  }

  /**
   * The one country a sentence names (through its actor phrases), or null when it names none or several: an actor
   * known only by its sector ("President Omar El Bashir" → GOV, "opposition groups" → OPP) most likely belongs to it.
   */
  private sentenceCountry(anchor: number): string | null {
    const all = this.sentenceCountries(anchor);
    return all.length === 1 ? all[0]! : null;
  }

  /** The distinct countries a sentence names through its actor phrases, in order. */
  private sentenceCountries(anchor: number): string[] {
    const { view } = this.ctx;
    const sentence = view.sentence[anchor]!;
    const cached = this.countries.get(sentence);
    if (cached !== undefined) return cached;
    const { start, end } = sentenceBounds(this.ctx, anchor);
    const out = this.phraseCountries(start, end);
    this.countries.set(sentence, out);
    return out;
  }

  /** The distinct countries (no international organizations) of the actor phrases in tokens [start, end), in order. */
  private phraseCountries(start: number, end: number): string[] {
    const { phrases } = this.ctx;
    const out: string[] = [];
    for (let k = start; k < end; k++) {
      const pid = phrases.at[k]!;
      if (pid < 0) continue;
      const ph = phrases.list[pid]!;
      k = Math.max(k, ph.end - 1);
      for (const m of ph.members) {
        const c = m.country;
        if (c && !c.startsWith('IGO') && !out.includes(c)) out.push(c);
      }
    }
    return out;
  }

  /**
   * "The US commander held talks with President Michel Suleiman during a visit to Beirut": a partner known only by its
   * sector belongs to the one country named from it on that is not the source's. Looked up only for such a partner.
   */
  private otherCountry(from: number, sources: readonly ActorRef[]): string | null {
    const own = new Set<string>();
    for (const r of sources) {
      const c = r.country ?? (r.actor && !SECTOR_ONLY.test(r.actor) ? r.actor.slice(0, 3) : null);
      if (c) own.add(c);
    }
    if (!own.size) return null;
    const others = this.phraseCountries(from, sentenceBounds(this.ctx, from).end).filter((c) => !own.has(c));
    return others.length === 1 ? others[0]! : null;
  }

  /**
   * Actors known only by a sector ("GOV", "MIL") as actors of `country`, or when that is null of the sentence's one
   * country ("opposition groups in Zimbabwe" → ZWEOPP), looked up only when such an actor is there.
   */
  private sectorActorsIn(refs: ActorRef[], country: string | null, anchor: number, notes: string[], partnerOf?: { sources: readonly ActorRef[]; from: number }): ActorRef[] {
    let out: ActorRef[] | null = null;
    for (let i = 0; i < refs.length; i++) {
      const r = refs[i]!;
      if (r === NOBODY || r.country || !r.actor || !SECTOR_ONLY.test(r.actor)) continue;
      // Even when the one country is the other side's: most acts of an unnamed government are domestic.
      const where = country ?? this.sentenceCountry(anchor) ?? (partnerOf ? this.otherCountry(partnerOf.from, partnerOf.sources) : null);
      if (!where) return out ?? refs;
      out ??= refs.slice();
      const placed = withActor(r, where + r.actor);
      placed.country = where;
      out[i] = placed;
      notes.push(country ? 'target-place-country' : 'sentence-country');
    }
    return out ?? refs;
  }

  /**
   * "Syria says it is willing to withdraw": an unresolved pronoun right after a speech verb ("says (that) it") is
   * that verb's subject.
   */
  private pronounOfReporter(source: RoleHit, notes: string[]): ActorRef[] | null {
    const ph = source.phrase;
    // A pronoun resolved to an actor known only by its sector ("he" → GOV) still takes the speaker's fuller code.
    if (ph.kind !== 'pronoun' || ph.members.some((m) => m.actor && !SECTOR_ONLY.test(m.actor)) || ph.speakerPronoun) return null;
    const { view, kb } = this.ctx;
    let k = ph.start - 1;
    if (k >= 0 && view.lower[k] === 'that') k--;
    // "said on Friday they would …": a time expression may sit between the speech verb and the pronoun.
    for (let steps = 0; k >= 0 && steps < 5 && this.inTimex(k); steps++) k--;
    if (k >= 0 && view.pos[k] === 'ADP' && k + 1 < ph.start && this.inTimex(k + 1)) k--;
    if (k < 0 || view.pos[k] !== 'VERB' || !kb.speechVerbs.has(view.lemma[k]!)) return null;
    const speaker = findSubject(this.ctx, k);
    if (!speaker || speaker.phrase === ph || !speaker.refs.some((r) => r.actor)) return null;
    notes.push('reporter-pronoun');
    return speaker.refs;
  }

  /** "we" in a quotation is its speaker; a bare country said by its own official speaks for the government. */
  private applyReporter(source: ActorRef[], sourceHit: RoleHit, reporter: Reporter | null, notes: string[]): ActorRef[] {
    if (!reporter) return source;
    // A country that stands in for an unnamed attacker by the place of the act ("killed in Baghdad, Iraqi police
    // said") is not the speaker's country acting.
    if (sourceHit.how === 'prep') return source;
    if (sourceHit.phrase.speakerPronoun && reporter.via === 'quote') {
      notes.push('speaker');
      return [reporter.ref];
    }
    const speaker = reporter.ref.actor;
    const out: ActorRef[] = new Array(source.length);
    for (let i = 0; i < source.length; i++) {
      const r = source[i]!;
      if (speaker && r.actor && r.actor.length === 3 && r.type === 'COUNTRY' && speaker.length > 3 && speaker.startsWith(r.actor)) {
        notes.push('speaker-actor');
        out[i] = withActor(r, speaker);
      } else out[i] = r;
    }
    return out;
  }

  /**
   * Whether the act is complete without an actor as target: nothing follows the verb (an intransitive use, "the
   * rebels surrendered"), the object says what the act is about ("demanded elections"), or the act is force, which
   * happens to whatever it hits ("confiscated weapons", "killed 23 people"). Any other object may change what the
   * verb means ("released a statement"), so it does not. A protest happens at whatever it blocks ("blocked roads").
   */
  private openTarget(t: Trigger, code: string): boolean {
    return !this.hasObject(t) || OBJECT_ABOUT_ROOTS.has(code.slice(0, 2)) || code >= '17' || code.startsWith('14');
  }

/**
   * "Thousands of students staged demonstrations" in a sentence about one country: people named only by a common
   * noun who protest are that country's people (coded by the country alone).
   */
  private crowdOfCountry(groupStart: number, anchor: number, notes: string[]): RoleHit | null {
    const { view, clauses } = this.ctx;
    const k = groupStart - 1;
    if (k < 0 || view.pos[k] !== 'NOUN' || clauses.of[k] !== clauses.of[groupStart] || this.ctx.phrases.at[k]! >= 0) return null;
    const country = this.sentenceCountry(anchor);
    if (!country) return null;
    notes.push('crowd-of-country');
    const ref: ActorRef = { entity: null, actor: country, country, type: 'COUNTRY', kind: 'name', text: view.tokens[k]!.text, start: view.starts[k]!, end: view.ends[k]! };
    return { refs: [ref], phrase: standalonePhrase(ref), how: 'modifier' };
  }

  /** "promised to democratize the country": the promise is spelled out by a verb of its own, known to the kb or not. */
  private governsInfinitive(t: Trigger): boolean {
    const { view } = this.ctx;
    const k = t.last + 1;
    if (k + 1 >= view.tokens.length || view.lower[k] !== 'to' || view.sentence[k + 1] !== view.sentence[t.token]) return false;
    return view.pos[k + 1] === 'VERB' || (view.pos[k + 1] === 'ADV' && view.pos[k + 2] === 'VERB');
  }

  /**
   * "There were 10 Russian soldiers killed in Ukraine", "three protesters arrested in Cairo": a bare participle of a
   * verb that always names its victim, right after a noun and with no object, is passive.
   */
  private reducedPassive(t: Trigger, g: VerbGroup): boolean {
    const { view } = this.ctx;
    const v = t.token;
    if (g.passive || g.start !== v || v === 0 || t.withTokens.length) return false;
    const w = view.lower[v]!;
    if (!w.endsWith('ed') || w === view.lemma[v] || !VICTIM_VERBS.has(view.lemma[v]!)) return false;
    const before = view.pos[v - 1];
    return (before === 'NOUN' || before === 'PROPN') && !this.hasObject(t);
  }

  /**
   * Whether the infinitive starting at `to` states the purpose of a real act before it in its clause ("shunned work on
   * Monday to protest"), not of a plan, a negated or a reported-only act.
   */
  private purposeOfAct(to: number): boolean {
    const { view } = this.ctx;
    const gov = verbBefore(this.ctx, to, sentenceBounds(this.ctx, to).start);
    if (gov < 0 || view.pos[gov] !== 'VERB' || this.ctx.kb.speechVerbs.has(view.lemma[gov]!) || !this.realClause(gov)) return false;
    const g = groupAt(this.ctx, gov);
    return !g.negated && !g.nominal && g.modality === 'fact';
  }

  /** "ordered Carlos Menem to appear": an actor object followed by an infinitive, whatever the governed verb. */
  private objectInfinitive(t: Trigger): boolean {
    const { view, phrases } = this.ctx;
    let k = t.last + 1;
    // "former president Carlos Menem": titles before the name.
    while (k < view.tokens.length && phrases.at[k]! < 0 && (view.pos[k] === 'DET' || view.pos[k] === 'ADJ' || view.pos[k] === 'NOUN') && k - t.last <= 4) k++;
    const pid = k < view.tokens.length ? phrases.at[k]! : -1;
    if (pid < 0) return false;
    k = phrases.list[pid]!.end;
    while (k < view.tokens.length && view.pos[k] === 'NOUN') k++;
    return view.lower[k] === 'to' && view.pos[k + 1] === 'VERB' && view.sentence[k + 1] === view.sentence[t.token];
  }

  /** "discuss the implications …": a verb with a direct object of its own is about that object, not a place. */
  private hasObject(t: Trigger): boolean {
    const { view } = this.ctx;
    let k = (t.withTokens[0] === t.token + 1 ? t.last : t.token) + 1;
    // "surrendered last week": a time expression is no object.
    while (k < view.tokens.length && this.inTimex(k)) k++;
    if (k >= view.tokens.length) return false;
    const p = view.pos[k];
    return p === 'DET' || p === 'NOUN' || p === 'ADJ' || p === 'NUM' || p === 'PROPN' || (p === 'PRON' && view.lower[k] !== 'there');
  }

  /**
   * Unspecified force (190) whose clause names its means: an improvised or suicide bombing ("killed 23 people when
   * they blew themselves up", "wounded two soldiers in a bomb attack") is CAMEO 183 / 1831; bombs from aircraft, tanks
   * or artillery stay conventional. Killings with no weapon named stay 190, as the codebook says.
   */
  private forceByMeans(anchor: number, notes: string[]): string {
    const { view, clauses } = this.ctx;
    const clause = clauses.of[anchor]!;
    const { start, end } = sentenceBounds(this.ctx, anchor);
    let bomb = false;
    let suicide = false;
    for (let k = start; k < end; k++) {
      if (clauses.of[k] !== clause) continue;
      const w = view.lower[k]!;
      if (MILITARY_MEANS_WORDS.has(w)) return '190';
      if (IMPROVISED_BOMB_WORDS.has(w) || (w === 'blew' && view.lower[k + 1] !== 'out')) bomb = true;
      else if (SUICIDE_WORDS.has(w)) suicide = true;
    }
    if (!bomb) return '190';
    notes.push('means:bomb');
    return suicide ? '1831' : '183';
  }

  /**
   * Whether the clause before the verb group at `start` begins with a noun phrase whose nouns include a word of an
   * attack or its weapon ("A roadside bombing near …", "An Israeli air strike"), so its subject names no actor.
   */
  private meansSubject(start: number): boolean {
    return this.subjectNounsHave(start, (w) => isMeansWord(w) && !BLAZE_OR_BLAST.has(w));
  }

  /** Whether the first noun phrase of the clause before the verb group at `start` names a mishap ("A car crash …"). */
  private mishapSubject(start: number): boolean {
    return this.subjectNounsHave(start, (w) => MISHAP_WORDS.has(w));
  }

  /** Whether a noun of the noun phrase that begins the clause before `start` satisfies `test`. */
  private subjectNounsHave(start: number, test: (w: string) => boolean): boolean {
    const { view, clauses } = this.ctx;
    const clause = clauses.of[start]!;
    let k = start - 1;
    while (k > 0 && clauses.of[k - 1] === clause && view.sentence[k - 1] === view.sentence[start]) k--;
    while (k < start && (view.pos[k] === 'DET' || view.pos[k] === 'ADJ' || view.pos[k] === 'NUM')) k++;
    for (; k < start && (view.pos[k] === 'NOUN' || view.pos[k] === 'ADJ' || view.lower[k] === '-'); k++) if (test(view.lower[k]!)) return true;
    return false;
  }

  /** A place named by a locative phrase ("in Baghdad", "near the town of Samarra") in the clause before token `to`. */
  private placeBefore(to: number): RoleHit | null {
    const { view, phrases, clauses } = this.ctx;
    const clause = clauses.of[to]!;
    const { start } = sentenceBounds(this.ctx, to);
    for (let k = start; k < to; k++) {
      const pid = phrases.at[k]!;
      if (pid < 0 || clauses.of[k] !== clause) continue;
      const ph = phrases.list[pid]!;
      k = ph.end - 1;
      let b = ph.start - 1;
      while (b >= start && (view.pos[b] === 'DET' || view.pos[b] === 'ADJ' || view.pos[b] === 'NOUN' || view.lower[b] === 'of')) b--;
      if (b < start || !(LOCATIVE_PREPS.has(view.lower[b]!) || NEAR_PREPS.has(view.lower[b]!))) continue;
      const refs: ActorRef[] = [];
      for (const r of ph.members) if (placeish(r) && r.country) refs.push(withActor(r, r.country));
      if (refs.length) return { refs, phrase: ph, how: 'prep' };
    }
    return null;
  }

  /**
   * Whether a verb of fearing or hoping comes right before a subject phrase starting at `start`, "that" aside ("fear
   * (that) Russia will"); the tagger often reads "fear" as a noun, and "the fear that …" is no fact either.
   */
  private speculatedFrom(start: number): boolean {
    const { view } = this.ctx;
    let k = start - 1;
    if (k >= 0 && view.lower[k] === 'that') k--;
    if (k < 0 || view.sentence[k] !== view.sentence[start]) return false;
    const p = view.pos[k];
    return (p === 'VERB' || p === 'NOUN') && (SPECULATION_VERBS.has(view.lemma[k]!) || SPECULATION_VERBS.has(view.lower[k]!));
  }

  /** Whether a word of harm that nobody inflicts follows the verb in its sentence ("were killed in a crash"). */
  private mishapAfter(anchor: number): boolean {
    const { view } = this.ctx;
    for (let k = anchor + 1; k < view.tokens.length && view.sentence[k] === view.sentence[anchor]; k++) if (MISHAP_WORDS.has(view.lower[k]!)) return true;
    return false;
  }

  /** Whether the view token lies inside a timex of the document. */
  private inTimex(k: number): boolean {
    const at = this.ctx.view.starts[k]!;
    for (const x of this.ctx.view.doc.timexes) if (x.start <= at && at < x.end) return true;
    return false;
  }


  /** Turns the roles of one trigger into drafts: one per source × target, with place, reciprocal or monadic targets. */
  private emit(
    t: { anchor: number; tokens: number[]; label: string; base: number; locative?: boolean; monadic?: boolean; open?: boolean; reciprocal?: boolean },
    code: string,
    roles: Roles,
    extraTarget = true,
  ): void {
    let { source, target } = roles;
    const notes = roles.notes.slice();
    if (!source) return;
    const reporter = this.reporters.at(t.anchor);
    const own = this.pronounOfReporter(source, notes) ?? source.refs;
    let sources = this.sectorActorsIn(this.applyReporter(own, source, reporter, notes), null, t.anchor, notes);
    let confidence = t.base;
    // Meeting somewhere is not meeting its government: consultations never take a place as target.
    if (!target && extraTarget && !roles.targetBlocked && !code.startsWith('04')) {
      target = this.placeTarget(t.anchor, sources);
      if (target) {
        notes.push('place-target');
        confidence -= 0.2;
      }
    }
    let refs = target ? this.sectorActorsIn(target.refs, null, t.anchor, notes, { sources, from: target.phrase.start }) : [];
    // "lifted the state of emergency in West Darfur": a target that names no known actor leaves an open act open, and
    // so does one that is only the source itself ("Saudi Arabia extended curfews in Mecca").
    if (target && t.open && OPEN_TARGET_ROOTS.has(code.slice(0, 2)) && !refs.some((r) => r.actor && !sources.some((x) => x.actor === r.actor))) {
      target = null;
      refs = [];
      roles = { ...roles, targetBlocked: true };
    }
    if (!target && t.reciprocal && sources.filter((r) => r.actor).length >= 2) {
      // "Turkey and Libya agreed on a border": each member acts toward the others.
      notes.push('reciprocal');
      target = source;
      refs = sources;
    } else if (!target) {
      // Protests and mobilizations, and promises or concessions spelled out ("pledged to cooperate", "agreed to a
      // ceasefire"), are often aimed at no one in particular; a bare "agreed" or "released a book" is not coded.
      const root = code.slice(0, 2);
      if (roles.targetBlocked && !(t.open && OPEN_TARGET_ROOTS.has(root))) return;
      if (t.monadic && !roles.targetBlocked && MONADIC_ROOTS.has(root)) {
        notes.push('no-target');
        confidence -= 0.15;
      } else if (t.open && OPEN_TARGET_ROOTS.has(root)) {
        notes.push('open-target');
        confidence -= 0.25;
      } else return;
      refs = [NOBODY];
    }
    // "The military government declared a state of siege in Haiti": an actor known only by its sector that acts in a
    // place acts in its own country.
    const where = target?.via && LOCATIVE_PREPS.has(target.via) && refs.length === 1 ? refs[0]! : null;
    if (where && where !== NOBODY && placeish(where) && where.country) sources = this.sectorActorsIn(sources, where.country, t.anchor, notes);
    if (INDIRECT_ROLE.has(source.how)) confidence -= 0.1;
    if (source.phrase.kind === 'collective' || target?.phrase.kind === 'collective') confidence -= 0.05;
    if (notes.includes('intent')) confidence -= 0.05;
    if (notes.includes('place-agent')) confidence -= 0.2;
    const rule = `${t.label}→${code}${notes.length ? ` [${uniqueNotes(notes)}]` : ''}`;
    for (const s of sources) {
      for (const g of refs) {
        // One entity on both sides is no event, unless the source acts through a sector of its own ("French farmers
        // blockaded Paris": FRAAGR on FRA).
        if (!s.actor || (g !== NOBODY && (!g.actor || s.actor === g.actor || (s.entity && s.entity === g.entity && s.actor.length === g.actor.length)))) continue;
        const draft: Draft = {
          source: s,
          target: g === NOBODY ? null : g,
          code,
          tokens: t.tokens,
          anchor: t.anchor,
          rule,
          confidence,
          reportedBy: reporter?.entity ?? null,
        };
        if (t.locative && g !== NOBODY) draft.placeRef = g;
        this.drafts.push(draft);
        // A call or a consultation of a named partner involves both sides (symmetric "with" patterns code their
        // compound subjects both ways already, and "met with X" reads as one side's act).
        if (g !== NOBODY && !t.reciprocal && MUTUAL_CODES.test(code)) {
          this.drafts.push({ ...draft, source: g, target: s, rule: `${t.label}→${code} [${notes.length ? uniqueNotes(notes) + ',' : ''}mutual]`, confidence: confidence - 0.1 });
        }
      }
    }
  }

  codeVerb(t: Trigger): void {
    const { kb } = this.ctx;
    if (t.consumed || !this.realClause(t.token)) return;
    if (t.pattern.pattern.needsEmbed && !t.embedded && !this.objectInfinitive(t)) return;
    let g = groupAt(this.ctx, t.token);
    // "shunned work to protest", "marched to protest": a protest is made by the act it is the purpose of.
    if (g.purpose && !g.negated && PURPOSE_DONE_ROOTS.has(t.pattern.pattern.code.slice(0, 2)) && this.purposeOfAct(g.start)) g = { ...g, modality: 'fact' };
    if (g.nominal || g.modality === 'hypothetical') return;
    if (this.reducedPassive(t, g)) g = { ...g, passive: true };
    // "victims killed by the crash of flight MH17": harm suffered in a mishap is no force used by anyone.
    if (g.passive && t.pattern.pattern.code >= '18' && this.mishapAfter(t.token)) return;
    // "A car crash in Baghdad killed three soldiers": nor is harm done by a mishap as the verb's subject.
    if (!g.passive && t.pattern.pattern.code >= '18' && this.mishapSubject(g.start)) return;
    const notes: string[] = [];
    let code = t.pattern.pattern.code;
    let modality = g.modality;
    // "will not provide support": a refusal announced (CAMEO 12x); a negated past ("did not attack") is no event.
    if (g.negated) {
      const refusal = modality === 'intent' && !t.embedded ? this.cameo.get(code)?.reject : null;
      if (!refusal) return;
      code = refusal;
      notes.push('refusal');
      modality = 'fact';
    }
    const inner = t.embedded;
    const embed = t.pattern.pattern.embed;
    let governed = '';
    if (inner && embed) {
      const counterpart = this.cameo.get(inner.pattern.pattern.code)?.[embed];
      governed = `>to:${inner.pattern.pattern.lemma}`;
      if (counterpart) code = counterpart;
    }
    let recoded = recode(kb, code, modality, notes);
    if (!recoded) return;
    if (recoded === '190') recoded = this.forceByMeans(t.token, notes);
    let roles = verbRoles(this.ctx, t, g, notes);
    // "Officials fear Russia will attack": a clause after a verb of fearing or hoping, even without "that", is only that.
    if (roles.source?.how === 'subject' && this.speculatedFrom(roles.source.phrase.start)) return;
    if (!roles.source && recoded.startsWith('14') && !g.passive) {
      const crowd = this.crowdOfCountry(g.start, t.token, notes);
      if (crowd) roles = { ...roles, source: crowd };
    }
    // "three civilians were killed in a car bombing in Baghdad": force by no one named is coded, as news coders do,
    // to the country where it happened (past the means words that name no one).
    if (!roles.source && g.passive && recoded >= '18') {
      const where = this.placeTarget(t.token, [], true);
      if (where) {
        roles.notes.push('place-agent');
        roles = { ...roles, source: where };
      }
    }
    // "A roadside bomb near Samarra killed two soldiers": force whose subject is only its means names no one either,
    // and is coded to the country where it happened, as in the passive.
    if (!roles.source && !g.passive && recoded >= '18' && this.meansSubject(g.start)) {
      const where = this.placeTarget(t.token, [], true) ?? this.placeBefore(g.start);
      if (where) {
        roles.notes.push('place-agent');
        roles = { ...roles, source: where };
      }
    }
    const tokens = [t.token];
    for (const w of t.withTokens) tokens.push(w);
    if (inner) {
      tokens.push(inner.token);
      for (const w of inner.withTokens) tokens.push(w);
    }
    const label = patternLabel(t, roles.target?.via) + governed;
    const locative = (inner ?? t).pattern.pattern.locative;
    const hasObject = this.hasObject(inner ?? t);
    const monadic =
      t.withTokens.length > 0 ||
      (!hasObject && (recoded.startsWith('14') || recoded.startsWith('15') || inner !== undefined || this.governsInfinitive(t)));
    // A pattern that takes its partner with "with" is symmetric: "X and Y met" is X meeting Y and Y meeting X.
    const reciprocal = (inner ?? t).pattern.pattern.targetPrep?.includes('with') ?? false;
    // A destination verb names its place itself ("flew home after the summit in Helsinki" is no trip to Finland).
    const placeTarget = !locative && !hasObject;
    // A pattern spelled out with its object words ("imposed a curfew") is complete without a target.
    const open = t.withTokens.length > 0 || (inner ? inner.withTokens.length > 0 || this.openTarget(inner, recoded) : this.openTarget(t, recoded));
    // "The US claimed that ISIL had attacked Iraq": the force is only claimed, so the claim is the event.
    if (recoded >= '17' && this.codeAllegation(t.token, tokens, roles)) return;
    this.emit({ anchor: t.token, tokens, label, base: BASE.verb, locative, monadic, open, reciprocal }, recoded, roles, placeTarget);
  }

  /**
   * "The US claimed that ISIL had attacked Iraq": force reported by a verb of claiming is the reporter's charge
   * against whoever used it (CAMEO 112), or the reporter's claim of responsibility when that is the reporter (015).
   * True when a verb of claiming reports the force, whether or not the claim could be coded: either way the force
   * itself is no established fact.
   */
  private codeAllegation(anchor: number, tokens: number[], roles: Roles): boolean {
    const reporter = this.reporters.at(anchor);
    if (!reporter || reporter.verb < 0) return false;
    const verb = this.ctx.view.lemma[reporter.verb]!;
    if (!ALLEGATION_VERBS.has(verb)) return false;
    if (!roles.source) return true;
    const speaker = reporter.ref.actor;
    // An unresolved pronoun subject of a claim stands for the claimant ("claimed that they had attacked").
    const pronoun = roles.source.phrase.kind === 'pronoun' && !roles.source.refs.some((r) => r.actor);
    const own = pronoun || roles.source.refs.some((r) => r.actor && speaker && (r.entity ? r.entity === reporter.entity : r.actor === speaker));
    const source: RoleHit = reporter.hit ?? { refs: [reporter.ref], phrase: standalonePhrase(reporter.ref), how: 'subject' };
    const label = `allegation:${verb}`;
    const evidence = [reporter.verb, ...tokens];
    if (own) this.emit({ anchor: reporter.verb, tokens: evidence, label, base: BASE.judgement, open: true }, '015', { source, target: roles.target, notes: [] }, false);
    else this.emit({ anchor: reporter.verb, tokens: evidence, label, base: BASE.judgement }, '112', { source, target: roles.source, notes: [] }, false);
    return true;
  }

  codeNoun(t: Trigger): void {
    const { kb } = this.ctx;
    if (!this.realClause(t.token)) return;
    const p = t.pattern.pattern;
    const roles = nounRoles(this.ctx, t.token, t.last, p.ofRole ?? 'source', p.targetPrep ?? []);
    if (roles.unreal) return;
    let modality: Modality = 'fact';
    if (roles.governor >= 0) {
      const g = groupAt(this.ctx, roles.governor);
      if (g.negated || g.modality === 'hypothetical') return;
      modality = g.modality;
    }
    const notes: string[] = [];
    const code = recode(kb, p.code, modality, notes);
    if (!code) return;
    const target = shapeTarget(p, roles.target);
    this.emit(
      { anchor: t.token, tokens: [t.token, ...t.withTokens], label: patternLabel(t, target?.via), base: BASE.noun, locative: p.locative },
      code,
      { source: roles.source, target, notes },
      false,
    );
  }

  /** "Israel insists that Tehran's presence … is unbearable": the reporter criticizes the clause's subject. */
  codeJudgements(spots: readonly JudgementSpot[] = findJudgements(this.ctx)): void {
    const { view, clauses } = this.ctx;
    const done = new Set<number>();
    for (const { token: i, pattern: j } of spots) {
      const clauseId = clauses.of[i]!;
      const c = clauses.list[clauseId]!;
      if (done.has(clauseId) || !this.realClause(i)) continue;
      let negated = false;
      for (let k = i - 1; k >= 0 && i - k <= 4 && clauses.of[k] === clauseId; k--) if (NEGATORS.has(view.lower[k]!)) negated = true;
      if (negated) continue;
      const reporter = this.reporters.at(i);
      const target = leftmostPhrase(this.ctx, clauseId, c.start, i);
      if (!reporter || !target) continue;
      done.add(clauseId);
      const source: RoleHit = reporter.hit ?? { refs: [reporter.ref], phrase: standalonePhrase(reporter.ref), how: 'subject' };
      const label = `judgement:${j.pattern.lemma}`;
      this.emit({ anchor: i, tokens: [i], label, base: BASE.judgement }, j.pattern.code, { source, target, notes: [] }, false);
    }
  }

  /**
   * "The US said China must drop its barriers": an obligation put on someone in a reported clause is the reporter's
   * demand (CAMEO 100) on that clause's subject.
   */
  codeObligations(): void {
    const { view, clauses, kb } = this.ctx;
    for (let i = 1; i + 1 < view.tokens.length; i++) {
      if (view.lower[i] !== 'must') continue;
      let v = i + 1;
      while (v < view.tokens.length && (view.pos[v] === 'ADV' || view.lower[v] === 'not')) v++;
      if (view.pos[v] !== 'VERB' && view.pos[v] !== 'AUX') continue;
      const clauseId = clauses.of[i]!;
      const c = clauses.list[clauseId]!;
      if (c.question || c.kind === 'conditional' || c.kind === 'relative') continue;
      const { start } = sentenceBounds(this.ctx, i);
      // The one obliged is the phrase right before "must".
      const pid = this.ctx.phrases.at[i - 1]!;
      if (pid < 0 || view.sentence[i - 1] !== view.sentence[i]) continue;
      const phrase = this.ctx.phrases.list[pid]!;
      if (phrase.kind === 'pronoun') continue;
      const subject: RoleHit = { refs: phrase.members, phrase, how: 'subject' };
      let reporter: RoleHit | null = null;
      const r = this.reporters.at(i);
      if (r && r.verb >= 0) reporter = r.hit ?? { refs: [r.ref], phrase: standalonePhrase(r.ref), how: 'subject' };
      else {
        // "said US forces must …" with no "that": the speech verb right before the clause's subject.
        let k = subject.phrase.start - 1;
        while (k >= start && view.pos[k] === 'DET') k--;
        if (k >= start && view.pos[k] === 'VERB' && kb.speechVerbs.has(view.lemma[k]!)) reporter = findSubject(this.ctx, k);
      }
      if (!reporter || reporter.phrase === subject.phrase) continue;
      this.emit({ anchor: i, tokens: [i, v], label: 'obligation:must', base: BASE.judgement }, '100', { source: reporter, target: subject, notes: [] }, false);
    }
  }

  events(): Event[] {
    if (!this.drafts.length) return [];
    const settings = new Settings(this.ctx);
    const seen = new Set<string>();
    const out: Event[] = [];
    for (const d of this.drafts) {
      const key = `${d.code}|${d.source.actor}|${d.target?.actor ?? '-'}|${d.anchor}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const e = toEvent(this.ctx, settings, d);
      if (e) out.push(e);
    }
    return out;
  }
}

/** Codes the CAMEO events of a document whose tokens, mentions, timexes, quotes and places are filled in. */
export function codeEvents(doc: Doc, kb: Kb): Event[] {
  if (!doc.tokens.length) return [];
  const ctx = buildContext(doc, kb);
  const coder = new EventCoder(ctx);
  const judgements: JudgementSpot[] = [];
  const triggers = scanTriggers(ctx, judgements);
  for (const t of triggers) coder.triggerTokens[t.token] = 1;
  for (const t of triggers) {
    if (t.kind === 'verb') coder.codeVerb(t);
    else coder.codeNoun(t);
  }
  coder.codeJudgements(judgements);
  coder.codeObligations();
  return coder.events();
}
