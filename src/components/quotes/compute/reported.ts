import type { Doc, Token } from '../../../doc/schema.js';
import type { Quotation } from '../../../text/quotation-marks.js';
import { ALL_CUES, BELIEF_CUES, CUE_ADJECTIVES, CUE_NOUNS, QUOTE_ONLY_CUES, CUE_PARTICLES, EMPTY_SOURCES, INTENTION_CUES, PARTICLE_ONLY, RAISING, SPEECH_CUES, STANCE_CUES } from '../model/cues.js';
import { firstStartingAt, SpanBuckets, within } from './span-index.js';
import { tokenIndexAt } from '../../../doc/doc.js';
import type { CueModel } from '../model/cue-model.js';
import { clauseStartsAt, groupStart, invertedSubject, isOpeningQuote, lower, opensQuotation, phraseAfter, phraseBefore, POSSESSIVE_DETERMINERS as POSSESSIVE_PRONOUNS, type Range } from './phrases.js';
import { noCue, pluralNoun, sayingIdiom } from './no-cue.js';

/** A character span. */
export interface CharSpan {
  start: number;
  end: number;
}

/** An attribution found around a cue: PolNeAR's source, cue and content. */
export interface Found {
  cue: CharSpan;
  source: CharSpan | null;
  /** The cited speaker's own channel ("outlets cited X as saying": the outlets). */
  viaSpan: CharSpan | null;
  content: CharSpan;
  /** The quotations the content holds or is. */
  quotations: Quotation[];
  truncated: boolean;
  rule: string;
}

// Headline forms of cue verbs, which taggers read as names in title case.
const HEADLINE_VERBS: ReadonlyMap<string, string> = new Map([
  ['Says', 'say'], ['Said', 'say'], ['Claims', 'claim'], ['Warns', 'warn'], ['Urges', 'urge'], ['Vows', 'vow'],
  ['Tells', 'tell'], ['Calls', 'call'], ['Slams', 'slam'], ['Blasts', 'blast'], ['Denies', 'deny'], ['Insists', 'insist'],
  ['Admits', 'admit'], ['Argues', 'argue'], ['Predicts', 'predict'], ['Believes', 'believe'], ['Thinks', 'think'],
  ['Wants', 'want'], ['Plans', 'plan'], ['Promises', 'promise'], ['Pledges', 'pledge'], ['Accuses', 'accuse'],
  ['Defends', 'defend'], ['Endorses', 'endorse'], ['Backs', 'back'], ['Rejects', 'reject'], ['Dismisses', 'dismiss'],
  ['Praises', 'praise'], ['Criticizes', 'criticize'], ['Attacks', 'attack'], ['Announces', 'announce'], ['Reveals', 'reveal'],
  ['Suggests', 'suggest'], ['Explains', 'explain'], ['Confirms', 'confirm'], ['Questions', 'question'], ['Blames', 'blame'],
]);

/**
 * The lemma of a title-case verb in a headline ("Endorses", "Responds", "Denies"): the table's
 * irregular forms, else a third-person -s form of a cue verb of the lexicon.
 */
function headlineLemma(word: string): string | undefined {
  const known = HEADLINE_VERBS.get(word);
  if (known) return known;
  // Names are the common case here: most do not end in "s", and those are done with at once.
  if (word.charCodeAt(word.length - 1) !== 115 || !/^\p{Lu}\p{Ll}+s$/u.test(word)) return undefined;
  const w = word.toLowerCase();
  for (const stem of [w.slice(0, -1), w.slice(0, -2), w.endsWith('ies') ? `${w.slice(0, -3)}y` : '']) {
    if (stem && (ALL_CUES.has(stem) || CUE_PARTICLES.has(stem))) return stem;
  }
  return undefined;
}

// A verb the cue model found takes the complements of a cue that is a speech act, an intention and
// a stance at once ("promised that …", "promised to …", "promised tax cuts").
const LEARNED_CUE_LEMMA = 'promise';
// How sure the model must be: a cue by a clear margin, since its recall comes on top of the lists'.
const LEARNED_MARGIN = 0;

// Particles a vouched-for verb takes before its object ("seizing on", "backed off", "weighed in with").
const LOOSE_PARTICLES = new Set(['on', 'off', 'about', 'with', 'of', 'for', 'against', 'into', 'at', 'over', 'up', 'out', 'in']);
// How sure the cue model must be of a listed verb whose frame found nothing (or of a noun read for a
// verb): the word list already vouches for the verb, so the model need only not be sure against it.
// Chosen by cross-fitting on PolNeAR train (the model trained on one half, the margin scored on the
// other): cue F1 on the two halves 0.7671 / 0.7679 at 0, 0.7699 / 0.7696 at −5, 0.7701 / 0.7698 at
// −8; attribution F1 best at −5 (0.7341 / 0.7320 against 0.7325 / 0.7306 at 0).
const LOOSE_MARGIN = -5;

// How far a scan reaches from a cue, in tokens: a run-on "sentence" of a whole page stays linear.
const MAX_REACH = 150;
// How many tokens a participle's apposition may run before its closing comma.
const MAX_APPOSITION = 20;
// What a plain noun phrase is made of, walking left from its head.
const NOUN_PHRASE_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART', 'PRON']);

// Plural nouns of those who speak without a name: "…, reported officials.", "…, said witnesses."
const SPEAKER_NOUNS = new Set(['official', 'officer', 'authority', 'witness', 'source', 'analyst', 'expert', 'resident', 'police', 'investigator', 'prosecutor', 'organizer', 'researcher', 'report', 'spokesman', 'spokeswoman', 'spokesperson']);

/**
 * A verb of saying after a comma that closes a clause of its own (with a verb), followed by a speaker
 * (a name, a title, or officials, witnesses …) closed by a comma or the sentence's end: "The bomb was
 * placed in a market, stated Minister Moammar al-Eryani, and …". Not an object ("…, described a day at home").
 */
function invertedAfterClause(toks: readonly Token[], k: number, sStart: number, sEnd: number): boolean {
  // The sentence opens with a clause: a finite verb before its first comma, and not in a relative
  // clause ("Gov. John Kasich of Ohio, a Republican who has refused …, said" opens with its subject).
  let clause = false;
  for (let j = sStart; j < k - 1 && j < sStart + MAX_REACH && toks[j]!.text !== ','; j++) {
    if (/^(who|whom|whose|which|that)$/.test(lower(toks[j]))) break;
    if (toks[j]!.pos === 'AUX' || (toks[j]!.pos === 'VERB' && !/ing$/.test(toks[j]!.text))) clause = true;
  }
  if (!clause) return false;
  const after = invertedSubject(toks, k + 1, sEnd);
  if (!after) return false;
  // The phrase opens with a name or a title ("Minister of Information …"), or a noun of speakers.
  let h = after.from;
  while (h < after.to && (toks[h]!.pos === 'DET' || toks[h]!.pos === 'ADJ')) h++;
  const head = toks[h]!;
  if (!(head.pos === 'PROPN' || (head.pos === 'NOUN' && (/^\p{Lu}/u.test(head.text) || SPEAKER_NOUNS.has(head.lemma.toLowerCase()))))) return false;
  const next = after.to + 1;
  return next >= sEnd || isFullStop(toks, next) || toks[next]!.text === ',';
}

// Plural present forms a tagger may read as nouns after a quantity.
const BARE_VERBS = new Set(['say', 'think', 'believe', 'want', 'expect', 'feel', 'oppose', 'support', 'favor', 'disapprove', 'approve', 'show', 'suggest', 'indicate', 'find']);

// Verbs that nearly always report content after them.
const LOOSE_COMPLEMENT = new Set(['say', 'tell', 'believe', 'show', 'argue', 'claim', 'insist', 'suggest', 'warn', 'predict', 'fear', 'hope', 'acknowledge', 'admit', 'announce', 'write', 'report', 'add', 'note', 'explain', 'contend', 'assert', 'allege']);
// Speech verbs whose object is the addressee.
/** Verbs among RECIPIENT_VERBS whose object is what is said, not who hears it ("cited the audit"). */
const OBJECT_IS_CONTENT = new Set(['quote', 'cite', 'answer', 'beg']);
const QUESTION_WORDS = new Set(['what', 'how', 'why', 'whether']);
/** What a clause's subject starts with. */
const SUBJECT_POS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM']);
const RECIPIENT_VERBS = new Set(['tell', 'ask', 'inform', 'notify', 'remind', 'assure', 'reassure', 'brief', 'advise', 'instruct', 'beg', 'answer', 'quote', 'cite']);
// Prepositions that introduce what was talked about, not an adjunct ("said of waterboarding").
const OBJECT_PREPOSITIONS = new Set(['of', 'about', 'to', 'for', 'with', 'as']);
const COORDINATORS = new Set(['and', 'but', 'or', 'while']);
const CLAUSE_STOPS = new Set([';']);
const TRAILING = /[\s,.;:—–-]/;

interface Sentences {
  first: number[];
  end: number[];
}

function sentenceTokens(doc: Doc): Sentences {
  const first: number[] = [];
  const end: number[] = [];
  const toks = doc.tokens;
  for (let k = 0; k < toks.length; k++) {
    const s = toks[k]!.sentence;
    if (first[s] === undefined) first[s] = k;
    end[s] = k + 1;
  }
  return { first, end };
}

/** Quotation lookups by character offset; quotations do not overlap, so starts and ends both ascend. */
export class QuotationIndex {
  constructor(readonly all: readonly Quotation[]) {}
  /** The quotation whose content holds the offset. */
  holding(offset: number): Quotation | undefined {
    const i = firstStartingAt(this.all, offset + 1) - 1;
    const q = this.all[i];
    return q && q.contentStart <= offset && offset < q.contentEnd ? q : undefined;
  }
  /** The quotation opening at this offset. */
  openingAt(offset: number): Quotation | undefined {
    const q = this.all[firstStartingAt(this.all, offset)];
    return q && q.start === offset ? q : undefined;
  }
  /** The closed quotation ending last at or before the offset. */
  endingBefore(offset: number): Quotation | undefined {
    for (let i = firstStartingAt(this.all, offset) - 1; i >= 0; i--) {
      const q = this.all[i]!;
      if (q.end <= offset) return q.closed ? q : undefined;
    }
    return undefined;
  }
  inside(start: number, end: number): Quotation[] {
    return within(this.all, start, end + 1);
  }
}

/**
 * Every cue verb with its source and content: the that-clause, a bare clause, a colon, a
 * quotation, a to-infinitive, the object of a stance verb, or the clause before ("…, she said").
 */
export function findReported(doc: Doc, quotations: QuotationIndex, cueModel: CueModel | null = null): Found[] {
  const toks = doc.tokens;
  const sents = sentenceTokens(doc);
  const out: Found[] = [];
  // The headline: the text's first line.
  const firstBreak = doc.text.indexOf('\n');
  const titleEnd = firstBreak < 0 ? doc.text.length : firstBreak;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    // Lemmas of verbs come lowercased from the tagger: no per-token allocation in this hot loop.
    // A title-case headline verb ("Trump Says …") is read as a name: take its lemma from the table.
    const lemma = t.pos === 'PROPN' ? headlineLemma(t.text) ?? t.lemma : t.lemma;
    if (noCue(toks, k, lemma, sents.first[t.sentence]!, sents.end[t.sentence]!)) continue;
    if (lemma === 'accord' || t.text === 'according' || t.text === 'According') {
      const f = quotations.holding(t.start) ? null : accordingTo(doc, k, sents, quotations);
      if (f) out.push(f);
      continue;
    }
    if (t.text === 'To' && k === sents.first[t.sentence]) {
      const f = quotations.holding(t.start) ? null : viewpointTo(doc, k, sents, quotations);
      if (f) {
        out.push(f);
        continue;
      }
    }
    if ((t.text === 'in' || t.text === 'In') && t.pos === 'ADP') {
      const f = inPoll(doc, k, sents, quotations);
      if (f) out.push(f);
      continue;
    }
    // "is promising to cut", ", warning that …": a participle of a cue verb the tagger read as an adjective or a noun.
    if ((t.pos === 'ADJ' || t.pos === 'NOUN') && t.text.endsWith('ing')) {
      const stem = participleLemma(toks, k);
      if (stem) {
        if (!quotations.holding(t.start)) {
          const f = analyseCue(doc, k, stem, sents.first[t.sentence]!, sents.end[t.sentence]!, quotations);
          if (f) out.push(f);
        }
        continue;
      }
    }
    // "Some accused Trump of …", "Female troops preferred Clinton …": a past form of a listed verb
    // the tagger read as a noun or an adjective, between a subject and an object.
    if ((t.pos === 'NOUN' || t.pos === 'ADJ') && t.text.endsWith('ed') && !quotations.holding(t.start)) {
      const stem = misreadPast(toks, k);
      if (stem) {
        const f = analyseCue(doc, k, stem, sents.first[t.sentence]!, sents.end[t.sentence]!, quotations);
        if (f) {
          f.rule = `misread-${f.rule}`;
          out.push(f);
        }
        continue;
      }
    }
    // "Said Dorothy Ruiz, who grew up nearby, “…”", "Stated Stone: …": a verb of saying opening the sentence before its speaker.
    if ((/^\p{Lu}\p{Ll}/u.test(t.text) || toks[k - 1]?.text === ',') && (SPEECH_CUES.has(lemma) || QUOTE_ONLY_CUES.has(lemma)) && !quotations.holding(t.start)) {
      const f = frontedVerb(doc, k, sents, quotations);
      if (f) {
        out.push(f);
        continue;
      }
    }
    // Only verbs, and nouns and names the tagger made of verbs ("reports that", "Trump Says"), are cues here.
    if (t.pos !== 'VERB' && t.pos !== 'NOUN' && t.pos !== 'PROPN') continue;
    // "Four in 10 voters see the campaign as unfair", "who regard him as a threat": a verb of seeing
    // whose object is judged "as" something is a stance, like "view".
    if (SEEING_AS.has(lemma) && ((t.pos === 'VERB' && isCueToken(toks, k)) || (t.pos === 'NOUN' && misreadVerb(toks, k))) && !quotations.holding(t.start) && judgedAs(toks, k, sents.end[t.sentence]!)) {
      const f = analyseCue(doc, k, 'view', sents.first[t.sentence]!, sents.end[t.sentence]!, quotations);
      if (f) {
        f.rule = `seen-as-${f.rule}`;
        out.push(f);
        continue;
      }
    }
    if (SEEMING.has(lemma) && t.pos === 'VERB') {
      // "“Nobody seems to care,” the insider said": quoted words are the content of the cue around them.
      const f = quotations.holding(t.start) ? null : seemingCue(doc, k, sents, quotations);
      if (f) out.push(f);
      continue;
    }
    if (LIGHT_VERBS.has(lemma) && t.pos === 'VERB' && !quotations.holding(t.start)) {
      const f = lightVerbCue(doc, k, sents, quotations);
      if (f) {
        out.push(f);
        continue;
      }
    }
    if (!ALL_CUES.has(lemma) && !CUE_PARTICLES.has(lemma) && !QUOTE_ONLY_CUES.has(lemma)) {
      // A verb the word lists do not know: the learned model may still read it as a cue.
      if (cueModel && t.pos === 'VERB' && isCueToken(toks, k) && !quotations.holding(t.start) && cueModel.margin(toks, k) > LEARNED_MARGIN) {
        const f = analyseCue(doc, k, LEARNED_CUE_LEMMA, sents.first[t.sentence]!, sents.end[t.sentence]!, quotations) ?? analyseCue(doc, k, LEARNED_CUE_LEMMA, sents.first[t.sentence]!, sents.end[t.sentence]!, quotations, true);
        // A verb no list knows reports the clause before it only when that clause is a quotation
        // ("“…,” Trump barked"): an unquoted clause before is seldom its content (2 of 20 on PolNeAR train).
        if (f && !(f.rule.startsWith('preceding:') && !f.quotations.some((q) => q.start === f.content.start))) {
          f.rule = `learned-${f.rule}`;
          out.push(f);
        }
      }
      continue;
    }
    if (!isCueToken(toks, k)) {
      // "Polls show him leading", "Officials brand the program as …": a verb after a plural subject
      // the tagger read as a noun; the cue model decides whether it is one.
      // A bare plural form of a verb of saying, thinking or backing ("voters support", "polls show") needs no model's word.
      if (t.pos === 'NOUN' && cueModel && misreadVerb(toks, k) && !quotations.holding(t.start) && (BARE_VERBS.has(t.text) || cueModel.margin(toks, k) > LOOSE_MARGIN)) {
        const f = analyseCue(doc, k, lemma, sents.first[t.sentence]!, sents.end[t.sentence]!, quotations, true);
        if (f) {
          f.rule = `noun-verb-${f.rule}`;
          out.push(f);
          continue;
        }
      }
      if (t.start < titleEnd && headlineVerb(toks, k)) {
        const f = analyseCue(doc, k, lemma, sents.first[t.sentence]!, sents.end[t.sentence]!, quotations, true);
        if (f) {
          f.rule = `headline-${f.rule}`;
          out.push(f);
        }
      }
      continue;
    }
    if (quotations.holding(t.start)) continue;
    // "That said, …", "That being said, …": a discourse marker, no report.
    if (lemma === 'say' && toks[k + 1]?.text === ',' && /^that$/i.test(toks[k - 1]?.text ?? '') && (k - 1 === sents.first[t.sentence] || toks[k - 2]?.text === ',' || toks[k - 2]?.pos === 'CCONJ')) continue;
    if ((lemma === 'say' || lemma === 'tell') && sayingIdiom(toks, k)) continue;
    // "United States", "Prairie Says Festival": a title-case word inside a name is no headline verb.
    if (t.pos === 'PROPN' && doc.mentions.some((m) => m.start <= t.start && t.end <= m.end && m.start < t.start)) continue;
    const s = t.sentence;
    let f = analyseCue(doc, k, lemma, sents.first[s]!, sents.end[s]!, quotations);
    // A listed verb whose frame found nothing: the cue model may still vouch for it.
    if (!f && cueModel && t.pos === 'VERB' && cueModel.margin(toks, k) > LOOSE_MARGIN) {
      f = analyseCue(doc, k, lemma, sents.first[s]!, sents.end[s]!, quotations, true);
      if (f) f.rule = `loose-${f.rule}`;
    }
    // A purpose infinitive of a verb that is no verb of saying or thinking ("to thank supporters", "to
    // celebrate") is more often an act than a stance: only where the cue model vouches for it.
    if (f && f.rule.endsWith(':purpose') && !PURPOSE_OK(lemma) && !(cueModel && cueModel.margin(toks, k) > PURPOSE_MARGIN)) f = null;
    if (f) out.push(f);
  }
  return withoutSeemingShells(out.map((f) => frontedClause(doc, receivedStance(doc, experiencerSource(doc, f, sents), sents), sents)));
}

// How far an apposition after a fronted verb's speaker may run before the quotation ("Said Ruiz, who grew up nearby, “…”").
const FRONTED_REACH = 30;

/**
 * "Said Dorothy Ruiz, who grew up with him, “We were proud.”", "Stated Stone: “…”", "But, said
 * Okafor, “…”": a verb of saying opening the sentence, a name after it, then a comma or a colon and
 * the quotation (or, after a colon ending the line, the next paragraph). The name and its apposition
 * are the source.
 */
function frontedVerb(doc: Doc, k: number, sents: Sentences, quotations: QuotationIndex): Found | null {
  const toks = doc.tokens;
  const s = toks[k]!.sentence;
  const sStart = sents.first[s]!;
  const sEnd = sents.end[s]!;
  let b = k - 1;
  if (b >= sStart && toks[b]!.text === ',') b--;
  if (b >= sStart && !(b === sStart && /^(but|and)$/i.test(toks[b]!.text))) return null;
  let n = k + 1;
  while (n < sEnd && toks[n]!.pos === 'PROPN' && n - k <= 4) n++;
  if (n === k + 1 || n >= sEnd) return null;
  // The speaker's apposition runs to the comma before the quotation.
  let e = n;
  if (toks[e]!.text === ',') {
    while (e + 1 < sEnd && e - n < FRONTED_REACH && !(toks[e]!.text === ',' && opensQuotation(toks[e + 1]) && quotations.openingAt(toks[e + 1]!.start))) e++;
  }
  const mark = toks[e]!;
  if (mark.text !== ',' && mark.text !== ':') return null;
  let content: CharSpan | null = null;
  const q = e + 1 < sEnd && opensQuotation(toks[e + 1]) ? quotations.openingAt(toks[e + 1]!.start) : undefined;
  if (q) content = { start: q.start, end: q.end };
  else if (mark.text === ':') content = e + 1 < sEnd ? { start: toks[e + 1]!.start, end: clauseEnd(doc, e + 1, sEnd) } : paragraphAfter(doc.text, mark.end);
  if (!content) return null;
  const source = { start: toks[k + 1]!.start, end: toks[e - 1]!.end };
  return finish(doc, { cue: { start: toks[k]!.start, end: toks[k]!.end }, source, viaSpan: null, content, rule: 'fronted-verb' }, quotations);
}

// Subordinators that open a sentence with a clause of their own before the main clause ("While Ramos
// said that …, he appears …"). Not "as": "As Politico reported, …" reports the main clause.
const FRONTING = new Set(['while', 'although', 'though', 'if', 'when', 'after', 'because', 'since', 'before', 'once', 'until', 'unless', 'whereas', 'whenever']);

/**
 * "While Ramos said that journalists cannot have any political affiliation, he appears uneasy …": a
 * cue in a subordinate clause opening the sentence reports up to the comma before the main clause,
 * not the main clause too (on PolNeAR train 63 of 71 such contents end at that comma). A quotation
 * after the cue is left whole.
 */
function frontedClause(doc: Doc, f: Found, sents: Sentences): Found {
  if (f.content.start < f.cue.end) return f;
  const toks = doc.tokens;
  const k = tokenIndexAt(doc, f.cue.start);
  const s = toks[k]!.sentence;
  const sStart = sents.first[s]!;
  const sEnd = sents.end[s]!;
  if (!FRONTING.has(lower(toks[sStart])) || toks[sStart]!.pos === 'ADV' && lower(toks[sStart]) !== 'when') return f;
  for (let j = sStart + 1; j < k; j++) if (toks[j]!.text === ',' || isOpeningQuote(toks[j])) return f;
  for (let j = k + 1; j < sEnd && toks[j]!.start < f.content.end; j++) {
    const u = toks[j]!;
    if (isOpeningQuote(u) || u.text === '”') return f;
    if (u.text !== ',' || u.start < f.content.start) continue;
    // The main clause: a subject and its verb right after the comma.
    const r = phraseAfter(toks, j + 1, sEnd);
    // ", whose support appeared …", ", which is …": a relative clause, still the subordinate one's.
    if (!r || RELATIVE_WORDS.has(lower(toks[j + 1])) || lower(toks[j + 1]) === 'whose') continue;
    let v = r.to + 1;
    while (v < sEnd && (toks[v]!.pos === 'AUX' || toks[v]!.pos === 'ADV' || toks[v]!.pos === 'PART')) v++;
    if (v >= sEnd || toks[v]!.pos !== 'VERB' && toks[v - 1]!.pos !== 'AUX') continue;
    if (j - 1 < k || toks[j - 1]!.end <= f.content.start) return f;
    return { ...f, content: { start: f.content.start, end: toks[j - 1]!.end }, quotations: f.quotations.filter((q) => q.start < toks[j - 1]!.end) };
  }
  return f;
}

// Verbs by which a subject gets someone's stance ("drew criticism from", "earned the support of").
const RECEIVING_VERBS = new Set(['draw', 'earn', 'receive', 'win', 'get', 'garner', 'attract', 'gain', 'meet', 'enjoy', 'face', 'secure', 'land', 'pick', 'collect', 'command', 'rack']);
// Nouns of a stance one can get from others.
const GIVEN_STANCES = new Set(['support', 'criticism', 'praise', 'endorsement', 'backing', 'concern', 'attention', 'resistance', 'opposition', 'condemnation', 'scorn', 'fire', 'rebuke', 'applause', 'ire', 'skepticism', 'scepticism', 'scrutiny', 'approval', 'boo', 'blessing', 'objection', 'complaint', 'protest', 'warning', 'pushback', 'backlash', 'outrage', 'censure', 'rebuttal', 'endorsements', 'vote', 'votes', 'acclaim', 'plaudit', 'kudo', 'cheer', 'disapproval', 'anger', 'suspicion', 'interest', 'sympathy', 'trust', 'confidence']);

/**
 * "This view has drawn criticism from inside the Fed", "Trump earned the support of four in 10 voters":
 * the stance is theirs who give it, the one it is about is the content. Without a giver ("The answer
 * received scattered boos") the attribution has no source.
 */
function receivedStance(doc: Doc, f: Found, sents: Sentences): Found {
  const toks = doc.tokens;
  const cueTo = tokenIndexAt(doc, f.cue.end - 1);
  let k = -1;
  for (let j = tokenIndexAt(doc, f.cue.start); j <= cueTo; j++) if (toks[j]!.pos === 'VERB' && RECEIVING_VERBS.has(toks[j]!.lemma)) k = j;
  if (k < 0 || !f.source || f.source.end > f.cue.start) return f;
  const sEnd = sents.end[toks[k]!.sentence]!;
  let n = cueTo + 1;
  if (toks[n] && (lower(toks[n]) === 'up' || lower(toks[n]) === 'in')) n++;
  while (n < sEnd && n < cueTo + 6 && (toks[n]!.pos === 'DET' || toks[n]!.pos === 'ADJ' || toks[n]!.pos === 'ADV' || toks[n]!.pos === 'NUM' || toks[n]!.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(lower(toks[n])))) n++;
  const noun = toks[n];
  if (!noun || n >= sEnd || noun.pos !== 'NOUN' || !GIVEN_STANCES.has(noun.lemma.toLowerCase())) return f;
  // A possessive before the stance names its giver: "won the party's endorsement".
  const rule = f.rule.replace(/:[^:]*$/, ':received');
  const after = toks[n + 1];
  const p = lower(after);
  let giver: CharSpan | null = null;
  if (p === 'from' || p === 'of' || p === 'among') {
    // "the support of nearly four in 10 voters": an approximator before the number belongs to the giver.
    const a = toks[n + 2]?.pos === 'ADV' && toks[n + 3]?.pos === 'NUM' ? n + 3 : n + 2;
    const np = phraseAfter(toks, a, sEnd);
    if (np) giver = { start: toks[n + 2]!.start, end: toks[np.to]!.end };
  } else if (after && n + 1 < sEnd && after.pos === 'ADP') return f; // "drew attention to X": the subject's own doing.
  return { ...f, source: giver, content: f.source, rule };
}

// Verbs of feeling whose object feels ("the remark worried analysts"): the one who feels is the source.
const EXPERIENCER_VERBS = new Set(['worry', 'anger', 'rattle', 'amaze', 'irritate', 'alarm', 'frustrate', 'upset', 'annoy', 'disturb', 'trouble', 'please', 'delight', 'surprise', 'shock', 'stun', 'disappoint', 'infuriate', 'outrage', 'impress', 'dismay', 'puzzle', 'confuse', 'intrigue', 'grip', 'overwhelm', 'embolden', 'excite', 'scare', 'frighten', 'horrify', 'offend', 'thrill', 'terrify', 'enrage', 'appall', 'baffle', 'unnerve', 'fascinate', 'satisfy', 'embarrass', 'sadden', 'sicken', 'perplex', 'confound', 'hearten', 'dishearten', 'irk', 'vex', 'rile', 'spook', 'enthuse', 'energize', 'dismay', 'mystify', 'gall', 'exasperate', 'disgust', 'repel', 'alienate', 'unsettle', 'stump']);

/**
 * "That rattled Rubio", "His behavior has angered the party's top figures", "It amazes me that …",
 * "Neither man was impressed by Mrs. Clinton": a verb of feeling attributes the feeling to the one
 * who has it, its object in the active and its subject in the passive (PolNeAR's source), and what
 * stirred it is the content.
 */
function experiencerSource(doc: Doc, f: Found, sents: Sentences): Found {
  const toks = doc.tokens;
  let k = -1;
  for (let j = tokenIndexAt(doc, f.cue.start); j < toks.length && toks[j]!.start < f.cue.end; j++) if (toks[j]!.pos === 'VERB' && EXPERIENCER_VERBS.has(toks[j]!.lemma)) k = j;
  if (k < 0) return f;
  const sStart = sents.first[toks[k]!.sentence]!;
  const sEnd = sents.end[toks[k]!.sentence]!;
  const gs = groupStart(toks, k, sStart);
  let beAux = false;
  for (let j = gs; j < k; j++) if (toks[j]!.lemma === 'be' || toks[j]!.lemma === 'get') beAux = true;
  const passive = beAux || f.rule.includes('passive');
  const rule = f.rule.replace(/:[^:]*$/, ':experiencer');
  if (passive) {
    // The subject feels; what follows ("by Mrs. Clinton", "about what Trump is stirring up") stirred it.
    const subject = phraseBefore(toks, gs, sStart);
    if (!subject || (subject.from === subject.to && (EMPTY_SOURCES.has(lower(toks[subject.from])) || lower(toks[subject.from]) === 'it'))) return f;
    const source = span(toks, subject);
    if (f.rule.includes('patient:') && f.source) return { ...f, source, content: f.source, rule };
    if (f.content.start >= f.cue.end) return { ...f, source, rule };
    return f;
  }
  // Active: the object right after the verb feels ("rattled Rubio", "amazes me that …").
  // Not "worried about X", "bothered to tell", "worry they will": a particle, a verb after it, or a clause.
  const cueTo = tokenIndexAt(doc, f.cue.end - 1);
  if (cueTo !== k) return f;
  const np = phraseAfter(toks, cueTo + 1, sEnd);
  if (!np || (toks[np.from]!.pos === 'DET' && lower(toks[np.from]) === 'that')) return f;
  const after = toks[np.to + 1];
  if (after && after.sentence === toks[k]!.sentence && (after.pos === 'VERB' || after.pos === 'AUX')) return f;
  const object = span(toks, np);
  const before = f.source && f.source.end <= f.cue.start ? f.source : null;
  // "It amazes me that …": the clause after the object is the content.
  if (f.content.start >= object.end) return { ...f, source: object, rule };
  // "That rattled Rubio": what the rules read as the object is the one who feels; the subject stirred it.
  // A subject that is an attribution of its own ("Moreno’s praise for the governor surprised his allies") stays one.
  if (!before || f.content.start !== object.start || (before.end - before.start <= 3 && /^it$/i.test(doc.text.slice(before.start, before.end)))) return f;
  let possessor = false;
  for (let j = tokenIndexAt(doc, before.start); j < toks.length && toks[j]!.start < before.end; j++) {
    const u = toks[j]!;
    if (POSSESSIVE_PRONOUNS.has(lower(u)) || u.text === '’s' || u.text === "'s") possessor = true;
    else if (possessor && u.pos === 'NOUN' && CUE_NOUNS.has(u.lemma)) return f;
  }
  return { ...f, source: object, content: before, rule };
  return f;
}

// Verbs of seeing that judge their object "as" something ("see X as Y", "regard X as Y").
const SEEING_AS = new Set(['see', 'regard', 'cast']);

/** An object phrase after verb k, then "as": "see [the campaign of Donald Trump] as". */
function judgedAs(toks: readonly Token[], k: number, sEnd: number): boolean {
  const obj = phraseAfter(toks, k + 1, sEnd);
  return obj !== null && lower(toks[obj.to + 1]) === 'as' && obj.to + 2 < sEnd;
}

/**
 * "Rubio seemed to urge …", "She appeared to imply that …": a verb of seeming whose infinitive is
 * itself a cue frames that cue's attribution, whose source is the subject (PolNeAR's cue is
 * "seemed to urge"); the sourceless seeming around it gives way.
 */
function withoutSeemingShells(found: Found[]): Found[] {
  const framed = new Set<number>();
  for (const f of found) if (f.rule !== 'seeming' && f.source && f.source.end <= f.cue.start) framed.add(f.cue.start);
  return framed.size ? found.filter((f) => f.rule !== 'seeming' || !framed.has(f.cue.start)) : found;
}

/**
 * The lemma of a cue verb's -ing form the tagger read as an adjective or a noun, where it stands as
 * a verb: after an auxiliary, a comma, "by" or "and", before "to", "that" or the verb's particle.
 */
function participleLemma(toks: readonly Token[], k: number): string | undefined {
  const t = toks[k]!;
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if (!prev || !next || prev.sentence !== t.sentence || next.sentence !== t.sentence) return undefined;
  const p = lower(prev);
  if (!(prev.pos === 'AUX' || p === ',' || p === 'by' || p === 'and' || (prev.pos === 'ADV' && /ly$/.test(p)))) return undefined;
  const w = lower(t).slice(0, -3);
  for (const stem of [w, `${w}e`, w.length > 3 && w[w.length - 1] === w[w.length - 2] ? w.slice(0, -1) : '']) {
    if (!stem || !(SPEECH_CUES.has(stem) || INTENTION_CUES.has(stem) || BELIEF_CUES.has(stem))) continue;
    const n = lower(next);
    if (n === 'that' || (n === 'to' && (toks[k + 2]?.pos === 'VERB' || toks[k + 2]?.pos === 'AUX')) || CUE_PARTICLES.get(stem)?.has(n)) return stem;
    // ", repeating a false claim", "has been repeating his line": a stance or speech verb's object.
    if ((p === ',' || prev.pos === 'AUX') && STANCE_CUES.has(stem) && (next.pos === 'DET' || POSSESSIVE_PRONOUNS.has(n))) return stem;
  }
  return undefined;
}

const PRONOMINAL_DETERMINERS = new Set(['all', 'both', 'some', 'many', 'each', 'none', 'those', 'these', 'few', 'several', 'most', 'either', 'neither', 'others', 'another']);

// Pronouns that stand for what a verb further on takes as its object: "what she called", "everything he says".
const FILLERS = new Set(['what', 'which', 'everything', 'something', 'anything', 'whatever', 'nothing']);

/** Nothing the verb could take as its object follows it: a verb, an auxiliary, a preposition, the clause's end. */
function objectGap(toks: readonly Token[], j: number, sEnd: number): boolean {
  const u = toks[j];
  if (!u || j >= sEnd) return true;
  return u.pos === 'AUX' || u.pos === 'VERB' || u.pos === 'ADP' || u.pos === 'SCONJ' || (u.pos === 'PUNCT' && !isOpeningQuote(u) && u.text !== ':') || (u.pos === 'ADV' && lower(u) !== 'that');
}

/** Words a headline in title case leaves in lower case ("Cruz Refuses to Disavow"). */
const TITLE_CASE_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'vs', 'via']);

/** Whether the words from k on are written in title case: the first word that is no small word is capitalized. */
function titleCased(toks: readonly Token[], k: number): boolean {
  const s = toks[k - 1]?.sentence;
  for (let j = k; j < toks.length && toks[j]!.sentence === s && j < k + 4; j++) {
    const w = toks[j]!.text;
    if (!/^\p{L}/u.test(w) || TITLE_CASE_LOWER.has(w)) continue;
    return /^\p{Lu}/u.test(w);
  }
  return true;
}

function isCueToken(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  if (t.pos === 'PROPN') return headlineLemma(t.text) !== undefined && k > 0 && toks[k - 1]!.pos === 'PROPN' && toks[k - 1]!.sentence === t.sentence;
  const prev = toks[k - 1];
  const next = toks[k + 1];
  // "the said plan", "a reported story": a participle used as an adjective, before its noun. After an
  // adjective only then: "Her rival portrayed the budget" has a noun the tagger read as an adjective.
  const attributive = next && next.sentence === t.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
  // A determiner that can stand for a noun is a subject: "all agreed that", "both said", "some fear".
  // A third-person present is no modifier: "SEIU chief says Trump can win" (a noun read as an adjective).
  if (t.pos === 'VERB' && prev && ((prev.pos === 'DET' && !PRONOMINAL_DETERMINERS.has(lower(prev))) || (prev.pos === 'ADJ' && attributive && !/[^s]s$/.test(t.text))) && t.sentence === prev.sentence) return false;
  // "270 pledged delegates", "his proposed ban", "the state's pledged delegates", "the most frequently
  // discussed subject": a past participle between a number, a possessor or a determiner (and adverbs)
  // and its noun modifies the noun; not before a name ("The first charged President Trump with …").
  if (t.pos === 'VERB' && /ed$/.test(t.text) && next && (next.pos === 'NOUN' || (next.pos === 'ADJ' && k > 1 && toks[k - 1]!.pos === 'ADV')) && next.sentence === t.sentence) {
    let b = k - 1;
    while (b > 0 && toks[b]!.pos === 'ADV' && toks[b]!.sentence === t.sentence) b--;
    const d = toks[b];
    if (d && d.sentence === t.sentence && (d.pos === 'NUM' || POSSESSIVE_PRONOUNS.has(lower(d)) || /^['’]s$/.test(d.text) || (b < k - 1 && d.pos === 'DET' && !PRONOMINAL_DETERMINERS.has(lower(d)) && toks[k + 2]?.pos !== 'PROPN'))) return false;
  }
  // "so-called", "self-described": part of a compound word.
  if (prev && prev.end === t.start && /^[-‑–]$/.test(prev.text)) return false;
  // "an Air India Express flight": a capitalized word after a name, in a sentence not written in
  // title case ("Trump Says He Will Run"), is the name's last word.
  if (t.pos === 'VERB' && prev?.pos === 'PROPN' && prev.sentence === t.sentence && /^\p{Lu}\p{Ll}/u.test(t.text) && !titleCased(toks, k + 1)) return false;
  // "claim to find", "nothing to explain": an infinitive belongs to the verb before it, unless that
  // verb is no cue itself: "declined to criticize", "is expected to endorse" are this cue's.
  if (prev && lower(prev) === 'to' && prev.pos === 'PART') return controllingVerb(toks, k) >= 0 || purposeInfinitive(toks, k);
  if (t.pos === 'VERB') return true;
  // The tagger reads "reports that" and "says:" as nouns after a name.
  // "One in five say …", "Nearly a third think …": a bare plural verb after a quantity, read as a noun.
  // "Polls show that …", "…, F.A.A. records show, …": a plural subject the tagger read as a name, a comma after.
  const pluralName = prev?.pos === 'PROPN' && /^\p{Lu}\p{Ll}+[^s]s$/u.test(prev.text);
  if (t.pos === 'NOUN' && BARE_VERBS.has(t.text) && prev && (prev.pos === 'NUM' || prev.pos === 'NOUN' || prev.pos === 'ADJ' || prev.text === '%' || pluralName) && next && next.pos !== 'ADP' && (next.pos !== 'PUNCT' || next.text === '.' || next.text === ',')) return true;
  // "…,” Viguerie notes.", "…,” he says,": a speech verb closing a quotation, read as a noun after its subject.
  if (t.pos === 'NOUN' && next && (next.text === '.' || next.text === ',') && prev && (prev.pos === 'PROPN' || prev.pos === 'PRON') && SPEECH_CUES.has(t.lemma)) {
    let b = k - 1;
    while (b > 0 && toks[b - 1]!.pos === 'PROPN' && toks[b - 1]!.sentence === t.sentence) b--;
    const before = toks[b - 1];
    if (before && (before.text === '”' || before.text === '"' || before.text === "'")) return true;
  }
  const nextIsInfinitive = next && lower(next) === 'to' && toks[k + 2]?.pos === 'VERB';
  // "reports that", "The ad claims “…”": a third-person form before a clause, read as a noun. Not after
  // a possessive ("courts in their states that …"), nor, for a word read as a noun far more often, after
  // anything but a singular subject ("Rust Belt states that", "a dozen states that"; "the website states that").
  const singular = prev !== undefined && ((prev.pos === 'NOUN' && !pluralNoun(prev)) || (prev.pos === 'PROPN' && !pluralNoun(prev)));
  if (t.pos === 'NOUN' && /s$/.test(lower(t)) && next && (lower(next) === 'that' || next.text === ':' || nextIsInfinitive || (next.text === '“' && SPEECH_CUES.has(t.lemma))) && prev && (prev.pos === 'PROPN' || prev.pos === 'NOUN' || (prev.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(lower(prev))) || prev.pos === 'ADJ') && (singular || !NOUNS_FIRST.has(t.lemma))) return true;
  // "…, the Chicago Tribune reports.": a report's source closing the sentence after a comma.
  if (t.pos === 'NOUN' && /s$/.test(lower(t)) && SPEECH_CUES.has(t.lemma) && next && next.sentence === t.sentence && (next.text === '.' || next.text === ',') && prev?.pos === 'PROPN') {
    let b = k - 1;
    while (b > 0 && k - b < 8 && toks[b - 1]!.sentence === t.sentence && (toks[b - 1]!.pos === 'PROPN' || lower(toks[b - 1]) === 'the' || toks[b - 1]!.pos === 'ADJ' || toks[b - 1]!.pos === 'NOUN')) b--;
    if (toks[b - 1]?.text === ',' || /^[”"]$/.test(toks[b - 1]?.text ?? '')) return true;
  }
  return false;
}

/**
 * The lemma of a listed verb's past form at k that the tagger read as a noun or an adjective, where
 * a subject stands before it (a name, a plural noun, a pronoun, "some", "many") and an object after
 * it (a name, a determiner, a pronoun).
 */
function misreadPast(toks: readonly Token[], k: number): string | undefined {
  const t = toks[k]!;
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if (!prev || !next || prev.sentence !== t.sentence || next.sentence !== t.sentence) return undefined;
  const subject = prev.pos === 'PROPN' || (prev.pos === 'NOUN' && /s$/.test(prev.text)) || (prev.pos === 'PRON' && /^(he|she|they|we|i|who)$/i.test(prev.text)) || (prev.pos === 'DET' && PRONOMINAL_DETERMINERS.has(lower(prev)));
  if (!subject || !(next.pos === 'PROPN' || next.pos === 'DET' || (next.pos === 'PRON' && /^(him|her|them|it|us|me|his|their|its)$/i.test(next.text)))) return undefined;
  // "the accused man", "a preferred method": a determiner before the word makes it a modifier.
  if (toks[k - 2]?.pos === 'DET' && prev.pos !== 'DET' && prev.pos !== 'PROPN') return undefined;
  const w = lower(t);
  const base = w.slice(0, -2);
  for (const stem of [base, `${base}e`, base.length > 3 && base[base.length - 1] === base[base.length - 2] ? base.slice(0, -1) : '', w.endsWith('ied') ? `${w.slice(0, -3)}y` : '']) {
    if (stem && (STANCE_CUES.has(stem) || SPEECH_CUES.has(stem) || INTENTION_CUES.has(stem) || BELIEF_CUES.has(stem))) return stem;
  }
  return undefined;
}

// Words a tagger rightly reads as nouns far more often than as verbs in political news ("Illinois
// state Rep.", "Battleground state Florida"; none of 10 such verb readings right on PolNeAR train).
const NOUNS_FIRST = new Set(['state']);

/**
 * A word tagged as a noun that stands where a verb would: after a subject (a noun, a name, a
 * pronoun) and before an object, a clause or a "that", with a verb's form ("shows", "brand").
 */
function misreadVerb(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  if (NOUNS_FIRST.has(t.lemma)) return false;
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if (!prev || !next || prev.sentence !== t.sentence || next.sentence !== t.sentence) return false;
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN' && !(prev.pos === 'PRON' && /^(they|we|i|you|who)$/i.test(prev.text))) return false;
  // "the trade deal criticism" is a compound; a verb has no determiner right before its subject noun.
  if (toks[k - 2]?.pos === 'ADP' && prev.pos === 'NOUN') return false;
  const w = lower(next);
  return next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN' || next.pos === 'NUM' || w === 'that' || w === 'how' || w === 'what' || w === 'whether';
}

/**
 * "Trump plans major ad buy", "Clinton hints at husband's job", "Amid discord, Trump claims
 * nomination": in a headline's clipped grammar a listed verb's third-person form after a name reads
 * as a plural noun to the tagger. Not before a verb ("Paris attacks test …", "RNC rules clash
 * erupts", "Harbour attacks test the mayor"), where the word is the subject's noun. PolNeAR train: 11
 * of 17 not found before are gold.
 */
function headlineVerb(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  if (t.pos !== 'NOUN' || !/^\p{Ll}+s$/u.test(t.text)) return false;
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if (!prev || !next || prev.sentence !== t.sentence || next.sentence !== t.sentence) return false;
  if (prev.pos !== 'PROPN' && !(prev.pos === 'NOUN' && /s$/.test(prev.text))) return false;
  if (next.pos === 'PUNCT' || next.pos === 'VERB' || next.pos === 'AUX') return false;
  const after = toks[k + 2];
  // "Harbour attacks test the mayor": a noun before a determiner or a verb is that verb, read as a noun too.
  return !(next.pos === 'NOUN' && after && after.sentence === t.sentence && (after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'DET' || after.pos === 'PRON'));
}

// Verbs of going on and starting, cues only of quoted words ("“…,” he continued"), that govern an infinitive cue.
const ASPECTUAL = new Set(['continue', 'begin', 'start']);

/**
 * The verb that governs the infinitive at k ("declined [at first] to criticize", "is expected to
 * endorse", "chose not to respond"), when it is no cue of its own; -1 otherwise.
 */
function controllingVerb(toks: readonly Token[], k: number): number {
  let g = k - 2;
  if (lower(toks[g]) === 'not') g--;
  for (let hops = 0; g >= 0 && hops < 3 && (toks[g]!.pos === 'ADV' || toks[g]!.pos === 'ADP' || toks[g]!.pos === 'ADJ' && toks[g - 1]?.pos === 'ADP'); hops++) g--;
  const v = toks[g];
  if (!v || v.sentence !== toks[k]!.sentence || v.pos !== 'VERB') return -1;
  // "continued to defend", "began to question": a verb that is a cue only of quoted words governs the infinitive's cue.
  if (ASPECTUAL.has(v.lemma)) return g;
  return ALL_CUES.has(v.lemma) || QUOTE_ONLY_CUES.has(v.lemma) || CUE_PARTICLES.has(v.lemma) ? -1 : g;
}

/**
 * "took to Twitter to say …", "used his speech to call for …", "are more likely to say …": an
 * infinitive that no verb, noun or adjective of its own governs (a purpose clause, or after an
 * adjective of no stance) is a cue of the sentence's subject. A cue verb, a noun of saying or an
 * adjective of stance right before "to" is the cue instead ("wants to say", "his plan to", "eager to").
 */
const PURPOSE_MARGIN = 0;
const PURPOSE_OK = (lemma: string) => SPEECH_CUES.has(lemma) || BELIEF_CUES.has(lemma);

function purposeInfinitive(toks: readonly Token[], k: number): boolean {
  let g = k - 2;
  if (lower(toks[g]) === 'not') g--;
  const u = toks[g];
  if (!u || u.sentence !== toks[k]!.sentence) return false;
  if (u.pos === 'NOUN') return !CUE_NOUNS.has(u.lemma) && !INFINITIVE_HEADS.has(u.lemma);
  if (u.pos === 'PROPN' || u.pos === 'PRON') return true;
  if (u.pos === 'ADJ') return !CUE_ADJECTIVES.has(u.lemma) && !INFINITIVE_HEADS.has(u.lemma);
  return false;
}
// Nouns and adjectives whose infinitive is theirs: "nothing to say", "the first to say", "time to say".
const INFINITIVE_HEADS = new Set(['nothing', 'something', 'anything', 'first', 'last', 'time', 'right', 'ability', 'chance', 'effort', 'attempt', 'way', 'reason', 'going']);

/**
 * The attribution around cue verb k. `loose`: the cue model vouches for the verb, so the frames of
 * the word lists give way to whatever the verb takes: a bare clause or object without a source, the
 * clause before, the subject of a participle inside the sentence ("by touting her record").
 */
function analyseCue(doc: Doc, k: number, lemma: string, sStart: number, sEnd: number, quotations: QuotationIndex, loose = false): Found | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  let cueTo = k;
  const particles = CUE_PARTICLES.get(lemma);
  if (particles && toks[k + 1] && particles.has(lower(toks[k + 1])) && k + 1 < sEnd) cueTo = k + 1;
  // "spoke emotionally of", "pushed hard for": an adverb between the verb and its particle.
  else if (particles && toks[k + 1]?.pos === 'ADV' && /ly$/.test(toks[k + 1]!.text) && toks[k + 2] && particles.has(lower(toks[k + 2])) && k + 2 < sEnd) cueTo = k + 2;
  if (PARTICLE_ONLY.has(lemma) && cueTo === k && !loose) return null;
  // "declined to criticize": the cue runs from the governing verb's group.
  const control = lower(toks[k - 1]) === 'to' ? controllingVerb(toks, k) : -1;
  const gs = groupStart(toks, control >= 0 ? control : k, sStart);
  let beAux = false;
  for (let j = gs; j < k; j++) if (toks[j]!.lemma === 'be') beAux = true;
  // "is seen as", "was jointly written by", "a call echoed by Japan": a past participle after a form
  // of "be", or one right before its agent's "by" with no auxiliary (a reduced relative).
  const byAfter = agentBy(toks, cueTo, sEnd);
  const passive = control < 0 && pastParticiple(t.text) && (beAux || (byAfter >= 0 && reducedPassive(toks, k, gs, byAfter, sStart)) || reducedRelative(toks, k, gs, cueTo, sStart, sEnd));
  const participle = !beAux && /ing$/.test(t.text);

  // The source.
  let source: Range | null = null;
  let cueFrom = gs;
  // Where the content must end: the sentence's end, or the comma closing a participle's apposition.
  let contentEnd = sEnd;
  let rule = '';
  const prev = toks[gs - 1];
  // "After thanking the crowd, he touted …", "Despite challenging X, Cruz said": a participle after
  // the preposition opening the sentence has the main clause's subject.
  const opener = participle && prev !== undefined && OPENING_PREPOSITIONS.has(lower(prev)) && (gs - 1 === sStart || toks[gs - 2]!.text === ',') ? subjectAfterOpener(toks, cueTo + 1, sEnd) : null;
  if (opener) {
    source = opener;
    rule = 'opener';
  } else if (control < 0 && lower(prev) === 'to' && prev!.pos === 'PART') {
    // A purpose infinitive ("took to Twitter to say"): the main clause's subject.
    source = sentenceSubject(toks, sStart, gs - 1);
    rule = 'purpose';
  } else if (participle && (gs === sStart || prev?.text === ',' || (prev !== undefined && /^[”"']+$/.test(prev.text) && toks[gs - 2]?.text === ',') || (loose && prev?.pos !== 'NOUN' && prev?.pos !== 'PROPN' && prev?.pos !== 'PRON'))) {
    source = sentenceSubject(toks, sStart, gs);
    rule = 'participle';
    const apposed = prev?.text === ',' ? appositiveParticiple(toks, gs, cueTo, sStart, sEnd) : null;
    if (apposed) {
      contentEnd = apposed.close;
      if (apposed.source) {
        source = apposed.source;
        rule = 'apposition';
      }
    }
  } else if (prev?.text === ',' && gs === k && !passive && SPEECH_CUES.has(lemma) && !RECIPIENT_VERBS.has(lemma) && !phraseBefore(toks, gs, sStart) && invertedAfterClause(toks, k, sStart, sEnd)) {
    // "The bomb was placed in a market, stated Minister Moammar al-Eryani.": the speaker comes after
    // the verb (the inverted reading below), the clause before is what was said.
  } else if ((prev && COORDINATORS.has(lower(prev)) && prev.pos === 'CCONJ') || (prev?.text === ',' && /(ed|s)$/.test(t.text) && !phraseBefore(toks, gs, sStart) && listedPredicate(toks, sStart, gs - 1))) {
    // "… and said", or the next verb phrase of a list ("urged X, proposed Y, and …"): the subject of
    // the verb of the same form it is coordinated with, else the sentence's subject.
    const parallel = agentBy(toks, cueTo, sEnd) < 0 ? parallelSubject(toks, sStart, gs) : null;
    source = parallel ?? sentenceSubject(toks, sStart, gs - 1);
    rule = parallel ? 'parallel' : 'coordinated';
  } else if (!passive) {
    // A participle after a relative clause ("a speech that included Trump vowing …") is its object's.
    source = (participle ? null : bareRelativeSubject(toks, gs, sStart)) ?? phraseBefore(toks, gs, sStart) ?? subjectPastAside(toks, gs, sStart);
    // "“… eternal peace”, wrote President Mnangagwa": a quotation closing before the comma is what was
    // said, and its words no subject; the speaker comes after the verb.
    const closed = prev?.text === ',' && gs - 2 >= sStart ? quotations.endingBefore(toks[gs - 1]!.start) : undefined;
    // A title in quotation marks ("The ad, titled “Unifier?”, concludes …") is part of the subject's apposition.
    if (source && closed && closed.end === toks[gs - 2]!.end && !isTitle(doc, closed)) source = null;
    if (source && source.from === source.to && (EMPTY_SOURCES.has(lower(toks[source.from])) || (lower(toks[source.from]) === 'it' && RAISING.has(lemma)))) source = null;
    // "Cruz and Rubio have both urged", "the senator and his aides have all used": a floating
    // quantifier stands for the subject before it.
    if (source && source.from === source.to && FLOATING.has(lower(toks[source.from])) && source.from > sStart) {
      const q = source.from;
      const head = groupStart(toks, q, sStart);
      // After a bracketed affiliation or an aside between dashes too: "Smith (R-Va.) both urged", "The senators -- … -- all voted".
      const p = toks[q - 1]!;
      const subject = head < q || p.pos === 'NOUN' || p.pos === 'PROPN' || p.pos === 'PRON' || p.text === ')' || DASHES.has(p.text) ? phraseBefore(toks, head, sStart) ?? subjectPastAside(toks, head, sStart) : null;
      if (subject) source = subject;
    }
    rule = 'subject';
    // "The campaign issued a statement saying …", "Trump released a video that said …": what an
    // artifact says, its maker says; the artifact and the verb that made it belong to the cue.
    const made = source ? makerOf(toks, source, participle, sStart) : null;
    if (made) {
      source = made.source;
      cueFrom = made.cueFrom;
      rule = 'maker';
    } else if (participle && source) {
      // "The Vermont senator opened a Rochester rally blasting Clinton", "Democrats spent the week trying
      // to underscore …": a participle after a thing the main verb takes as its object is the subject's.
      const doer = subjectOfObjectVerb(doc, source, sStart);
      if (doer) {
        source = doer;
        rule = 'maker';
      }
    }
    // "what Liz Wahl said", "Everything Trump says is a lie": a fronted object before the subject,
    // and a gap after the verb. The object is the content, the rest of the phrase the source.
    if (source && source.to > source.from && (toks[source.from]!.pos === 'PRON' || source.from === sStart) && FILLERS.has(lower(toks[source.from])) && objectGap(toks, cueTo + 1, sEnd)) {
      const filler = source.from;
      return finish(doc, { cue: { start: toks[gs]!.start, end: toks[cueTo]!.end }, source: span(toks, { from: filler + 1, to: source.to }), viaSpan: null, content: span(toks, { from: filler, to: filler }), rule: 'gap:subject' }, quotations);
    }
  }
  if (passive) {
    // "was asked by reporters", "was declared the winner early Tuesday by news organizations": the agent;
    // otherwise no source.
    const by = byAfter >= 0 ? byAfter : beAux ? laterAgentBy(toks, cueTo, sEnd) : -1;
    const agent = by >= 0 ? phraseAfter(toks, by + 1, sEnd) : null;
    if (agent) {
      source = agent;
      rule = 'passive-agent';
    } else rule = 'passive';
  }
  // "It's worth noting that …", "it is hard to imagine …": an empty "it" before the writer's own judgement names no source.
  if (extraposed(toks, gs, sStart)) {
    source = null;
    rule = 'extraposed';
  }
  let inverted = false;
  // A verb with its particle ("asked about X") is no inverted cue: X is what it is about.
  // "Asked what might surprise people, he says …": a question word after "Asked" is its content, not a speaker.
  const participial = rule === 'participle' || rule === 'apposition';
  const askedWhat = lemma === 'ask' && /^(if|whether|about|what|why|how|who|when|where|which)$/.test(lower(toks[cueTo + 1]));
  if (!source && !passive && !participial && rule !== 'coordinated' && SPEECH_CUES.has(lemma) && cueTo === k && !askedWhat) {
    // "…,” said Sen. Tim Kaine, the nominee.
    const after = invertedSubject(toks, cueTo + 1, sEnd);
    // Not "Trump, in turn, cites his followers as …", "Will urged the electorate to …": a phrase the verb
    // takes as its object, with more of the predicate after it, is no speaker after an inverted cue.
    const next = after ? toks[after.to + 1] : undefined;
    const w = lower(next);
    const object = next !== undefined && after!.to + 1 < sEnd && (OBJECT_CONTINUATIONS.has(w) || (w === 'to' && (toks[after!.to + 2]?.pos === 'VERB' || toks[after!.to + 2]?.pos === 'AUX')));
    if (after && !object && (gs === sStart || prev?.text === ',' || prev?.text === '”' || prev?.text === '"' || prev?.text === "'")) {
      source = after;
      inverted = true;
      rule = 'inverted';
    }
  }

  // "outlets cited X as saying": X speaks, the outlets are the channel.
  let viaSpan: CharSpan | null = null;
  if ((lemma === 'cite' || lemma === 'quote') && !inverted) {
    const obj = phraseAfter(toks, cueTo + 1, sEnd);
    if (obj) {
      let j = obj.to + 1;
      if (toks[j]?.text === ',') j++;
      if (lower(toks[j]) === 'as' && /^(saying|telling|writing)$/.test(lower(toks[j + 1]))) {
        viaSpan = source ? span(toks, source) : null;
        source = obj;
        cueTo = j + 1;
        rule = 'cited-as-saying';
      }
    }
  }

  const cue: CharSpan = { start: toks[cueFrom]!.start, end: toks[cueTo]!.end };
  const after = inverted && source ? source.to + 1 : cueTo + 1;

  // The content.
  const headStart = rule === 'cited-as-saying' && viaSpan ? tokenAt(toks, viaSpan.start, gs) : inverted ? gs : source && rule === 'subject' ? source.from : gs;
  const src = source ? span(toks, source) : null;
  // "“…,” the tycoon told Reuters in an interview": a quotation closing right before the source is the content.
  const quoted = quotationBefore(doc, headStart, quotations);
  // A participle after the clause ("…,” McCain said, citing low growth") reports what follows it, not the clause before.
  if (quoted && !participial && (SPEECH_CUES.has(lemma) || QUOTE_ONLY_CUES.has(lemma))) {
    return finish(doc, { cue, source: src, viaSpan, content: quoted, rule: `preceding:${rule}` }, quotations);
  }
  // An inverted cue ("…,” said Joseph, who …") looks back: what follows its source is about the source.
  let content = inverted ? null : contentAfter(doc, lemma, after, contentEnd, quotations, rule === 'cited-as-saying');
  // Manner verbs ("continued", "echoed", "confessed") report only quoted words.
  if (content && QUOTE_ONLY_CUES.has(lemma) && !ALL_CUES.has(lemma) && content.rule !== 'quotation' && content.rule !== 'colon' && !loose) content = null;
  const before = contentBefore(doc, headStart, sStart, after, sEnd, quotations);
  // A loose reading yields to the clause before ("…, he said Tuesday").
  if (content?.rule === 'loose-clause' && before) content = null;
  // Without a source, only a that-clause, a colon or a quotation is reported content: a bare verb
  // phrase is more likely an imperative, a headline or a misread participle.
  // "Asked whether …, voters said": a question put to an unnamed source is reported as asked.
  const askedOpener = lemma === 'ask' && gs === sStart && /ed$/.test(t.text) && !!content && (cueTo > k || /^(if|whether|about|what|why|how|who|when|where|which)$/.test(lower(toks[after])));
  if (content && !source && !passive && !askedOpener && !loose && !['that', 'colon', 'quotation'].includes(content.rule)) content = null;
  // "is supported by far fewer publications": what a vouched-for passive's agent judged is its subject.
  if (loose && rule === 'passive-agent' && source && (!content || content.rule === 'clause' || content.rule === 'object')) {
    const patient = phraseBefore(toks, gs, sStart);
    if (patient) return finish(doc, { cue, source: src, viaSpan, content: span(toks, patient), rule: 'patient:passive-agent' }, quotations);
  }
  // "is seizing on recent comments", "backed off some of his proposals": a vouched-for verb's particle
  // belongs to the cue, and the phrase after it is the content.
  if (!content && loose && !inverted && toks[after]?.pos === 'ADP' && LOOSE_PARTICLES.has(lower(toks[after])) && after + 1 < sEnd) {
    const obj = phraseAfter(toks, after + 1, sEnd);
    if (obj) return finish(doc, { cue: { start: cue.start, end: toks[after]!.end }, source: src, viaSpan, content: { start: toks[after + 1]!.start, end: phraseEnd(doc, after + 1, contentEnd) }, rule: `particle:${rule}` }, quotations);
  }
  if (!content && loose && !inverted) content = anyComplement(doc, after, contentEnd);
  if (content) {
    return finish(doc, { cue: content.colon ? { start: cue.start, end: toks[content.colon]!.end } : cue, source: src, viaSpan, content: content.span, rule: `${content.rule}:${rule}` }, quotations);
  }
  // "Trump has been criticized by his rivals": what the agent judged is the passive's subject.
  if (rule === 'passive-agent' && source && STANCE_CUES.has(lemma)) {
    const patient = phraseBefore(toks, gs, sStart);
    if (patient) return finish(doc, { cue, source: src, viaSpan, content: span(toks, patient), rule: 'patient:passive-agent' }, quotations);
  }
  // "Symbolic gestures were announced.", "a new justice is confirmed": a passive with no agent and
  // nothing after it reports on its subject, with no source.
  if (rule === 'passive' && !content && (STANCE_CUES.has(lemma) || SPEECH_CUES.has(lemma)) && isClauseFinal(toks, cueTo, sEnd)) {
    const patient = phraseBefore(toks, gs, sStart);
    if (patient && !(patient.from === patient.to && toks[patient.from]!.pos === 'PRON' && !RELATIVE_PRONOUNS.has(lower(toks[patient.from])))) return finish(doc, { cue, source: null, viaSpan, content: span(toks, patient), rule: 'patient:passive' }, quotations);
  }
  // "…, officials said.": the clause before.
  if (before && !participial && (SPEECH_CUES.has(lemma) || BELIEF_CUES.has(lemma) || loose)) {
    return finish(doc, { cue, source: src, viaSpan, content: before, rule: `preceding:${rule}` }, quotations);
  }
  // "Clinton said Thursday in a speech in New York. “One, defeat ISIS …”": a speech verb with only
  // adjuncts after it reports the quotation that opens the next sentence or paragraph.
  if (src && !inverted && SPEECH_CUES.has(lemma) && SPEECH_CUES.has(t.lemma)) {
    const next = quotationAfterSentence(doc, cueTo, sEnd, quotations);
    if (next) return finish(doc, { cue, source: src, viaSpan, content: next, rule: `next-quotation:${rule}` }, quotations);
  }
  return null;
}

const RAISING_ADJECTIVES = new Set(['likely', 'unlikely', 'able', 'unable', 'bound', 'set', 'due', 'about', 'ready', 'apt', 'liable', 'poised']);

/** "It is worth [noting]", "it's hard to [imagine]", "it is not easy to [say]": an extraposed "it", be, an adjective (and "to") before the verb group at gs. */
function extraposed(toks: readonly Token[], gs: number, sStart: number): boolean {
  let j = gs - 1;
  if (lower(toks[j]) === 'to') j--;
  // "it is unlikely to tell", "it is sure to": the "it" of a raising adjective stands for something.
  if (j <= sStart || toks[j]!.pos !== 'ADJ' || RAISING_ADJECTIVES.has(lower(toks[j])) || CUE_ADJECTIVES.has(lower(toks[j]))) return false;
  j--;
  while (j > sStart && toks[j]!.pos === 'ADV' || lower(toks[j]) === 'not') j--;
  return j > sStart && toks[j]!.lemma === 'be' && lower(toks[j - 1]) === 'it';
}

/**
 * "a meeting between Giuliani, claiming to represent the State Department, and Yermak", "Giuliani,
 * claiming to represent the department, met Yermak": a participle set off by commas inside the
 * clause, after which the clause goes on (a noun phrase coordinated with the one before the
 * participle, or the main verb after its subject), is an apposition of the noun phrase before it:
 * that phrase is its source, and its content ends at the closing comma. A participle whose phrase
 * runs to the sentence's end ("met the mayor, saying that …") is the subject's.
 */
function appositiveParticiple(toks: readonly Token[], gs: number, cueTo: number, sStart: number, sEnd: number): { source: Range | null; close: number } | null {
  const comma = gs - 1;
  // The noun phrase the participle follows, a preposition's object too ("between Giuliani, claiming …").
  const last = toks[comma - 1];
  if (!last || comma - 1 < sStart || (last.pos !== 'PROPN' && last.pos !== 'NOUN')) return null;
  let from = comma - 1;
  for (let u = toks[from - 1]; from - 1 >= sStart && u && NOUN_PHRASE_POS.has(u.pos) && (u.pos !== 'PRON' || POSSESSIVE_PRONOUNS.has(lower(u))) && (u.pos !== 'PART' || /^['’]s$/.test(u.text)); u = toks[from - 1]) from--;
  const head: Range = { from, to: comma - 1 };
  let close = cueTo + 1;
  while (close < sEnd && close < cueTo + MAX_APPOSITION && toks[close]!.text !== ',') {
    const u = toks[close]!;
    // A quotation, a dash or a clause stop: no plain apposition.
    if (CLAUSE_STOPS.has(u.text) || u.text === ':' || DASHES.has(u.text) || opensQuotation(u) || isFullStop(toks, close)) return null;
    close++;
  }
  if (close + 1 >= sEnd || toks[close]!.text !== ',' || close === cueTo + 1) return null;
  const next = toks[close + 1]!;
  // The main verb after the subject the participle follows.
  if (phraseBefore(toks, comma, sStart)?.from === sStart && (next.pos === 'VERB' || next.pos === 'AUX') && !/ing$/.test(next.text)) return { source: null, close };
  // "…, and Andriy Yermak, …": a noun phrase joined to the one before the participle, with no verb of its own.
  if (next.pos !== 'CCONJ' || !/^(and|or)$/i.test(next.text)) return null;
  const other = phraseAfter(toks, close + 2, sEnd);
  if (!other || toks[other.from]!.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(lower(toks[other.from]))) return null;
  // The joined phrase ends the clause, or an adjunct or an apposition of its own follows it.
  const after = toks[other.to + 1];
  if (head.from === sStart || (other.to + 1 < sEnd && after && after.text !== ',' && after.pos !== 'ADP' && !isFullStop(toks, other.to + 1))) return null;
  return { source: head, close };
}

/**
 * The quotation opening right after the sentence of cue verb v, when nothing between the verb and
 * the sentence's full stop could be its content (no verb, clause word or quotation).
 */
function quotationAfterSentence(doc: Doc, v: number, sEnd: number, quotations: QuotationIndex): CharSpan | null {
  const toks = doc.tokens;
  const last = toks[sEnd - 1]!;
  if (last.text !== '.' && last.text !== ':') return null;
  for (let j = v + 1; j < sEnd - 1; j++) {
    const u = toks[j]!;
    if (u.pos === 'VERB' || u.pos === 'AUX' || u.pos === 'SCONJ' || lower(u) === 'that' || isOpeningQuote(u) || quotations.holding(u.start)) return null;
  }
  let at = last.end;
  let breaks = 0;
  while (at < doc.text.length && /\s/.test(doc.text[at]!)) if (doc.text[at++] === '\n' && ++breaks > 2) return null;
  const q = quotations.openingAt(at);
  return q ? { start: q.start, end: q.end } : null;
}

function finish(doc: Doc, f: Omit<Found, 'quotations' | 'truncated'>, quotations: QuotationIndex): Found {
  let { start, end } = f.content;
  while (end > start && TRAILING.test(doc.text[end - 1]!)) end--;
  while (start < end && /\s/.test(doc.text[start]!)) start++;
  const inner = quotations.inside(start, end);
  // A quotation the content opens runs on to its close, across sentences if need be.
  const opened = quotations.openingAt(start);
  if (opened && opened.end > end) end = opened.end;
  const truncated = inner.some((q) => !q.closed) || (opened !== undefined && !opened.closed);
  // Built field by field: a spread of the many shapes `f` comes in is the slowest line of the layer.
  return { cue: f.cue, source: f.source, viaSpan: f.viaSpan, content: { start, end }, quotations: opened && !inner.includes(opened) ? [...inner, opened] : inner, truncated, rule: f.rule };
}

function tokenAt(toks: readonly Token[], offset: number, upTo: number): number {
  let k = upTo;
  while (k > 0 && toks[k - 1]!.start >= offset) k--;
  return k;
}

function span(toks: readonly Token[], r: Range): CharSpan {
  return { start: toks[r.from]!.start, end: toks[r.to]!.end };
}

// Prepositions that open a participle clause before the main clause ("After thanking …, he said").
const OPENING_PREPOSITIONS = new Set(['after', 'before', 'despite', 'in', 'by', 'besides', 'while', 'since', 'upon', 'on', 'when', 'without', 'through', 'from']);
// Verbs that put out an artifact, whose maker speaks through it ("issued a statement saying").
export const MAKING_VERBS: ReadonlySet<string> = new Set(['issue', 'release', 'publish', 'send', 'post', 'run', 'air', 'launch', 'unveil', 'put', 'produce', 'file', 'write', 'sign', 'circulate', 'distribute', 'tweet', 'hold', 'hoist', 'carry', 'display', 'submit', 'introduce', 'draft', 'pen', 'author', 'broadcast', 'share', 'debut', 'roll', 'blast', 'email', 'mail']);
// Particles such verbs take before the artifact ("put out a statement").
const MAKING_PARTICLES = new Set(['out', 'up', 'off']);

/**
 * The maker of the artifact that is a participle's or a relative clause's subject ("The campaign
 * issued a statement saying", "Trump released a video that said"): the subject of the verb that
 * made it, and where the cue then starts (that verb's group).
 */
function makerOf(toks: readonly Token[], source: Range, participle: boolean, sStart: number): { source: Range; cueFrom: number } | null {
  let np: Range | null = source;
  if (!participle) {
    // Only a relative pronoun after its noun: "a video that said".
    if (source.from !== source.to || !RELATIVE_PRONOUNS.has(lower(toks[source.from])) || source.from - 1 <= sStart) return null;
    const before = toks[source.from - 1]!;
    if (before.pos !== 'NOUN' && before.pos !== 'PROPN') return null;
    np = phraseBefore(toks, source.from, sStart);
  }
  if (!np || np.from - 1 <= sStart) return null;
  let v = np.from - 1;
  if (MAKING_PARTICLES.has(lower(toks[v])) && v - 1 > sStart) v--;
  if (toks[v]!.pos !== 'VERB' || !MAKING_VERBS.has(toks[v]!.lemma)) return null;
  const head = groupStart(toks, v, sStart);
  const maker = phraseBefore(toks, head, sStart) ?? subjectPastAside(toks, head, sStart);
  if (!maker || (maker.from === maker.to && (EMPTY_SOURCES.has(lower(toks[maker.from])) || lower(toks[maker.from]) === 'it'))) return null;
  return { source: maker, cueFrom: head };
}
const RELATIVE_PRONOUNS = new Set(['that', 'which']);
/** The form of a verb group's first word, for coordination: -ing, -ed, -s or other. */
function verbForm(t: Token): string {
  const w = lower(t);
  if (w.endsWith('ing')) return 'ing';
  if (w.endsWith('ed')) return 'ed';
  if (w.endsWith('s') && w !== t.lemma) return 's';
  // An irregular past ("sent", "said", "told"): another word than its lemma.
  return w !== t.lemma && t.pos === 'VERB' ? 'ed' : w;
}

// Words that open a clause inside another.
const CLAUSE_OPENERS = new Set(['that', 'who', 'which', 'whom', 'whose', 'when', 'where', 'if', 'because', 'while', 'after', 'before', 'as', 'since', 'until', 'although', 'though', 'once', 'unless', 'whether']);

// How far back a coordinated verb group looks for the one it is coordinated with, in tokens.
const PARALLEL_REACH = 60;

/**
 * The subject of a coordinated verb group starting at gs ("The Sanders campaign sent out an email
 * with …, and accused …"): the subject of the nearest verb group before it of the same form (-ed with
 * -ed, -s with -s), outside brackets and not in a relative clause nor a clause a verb takes as its
 * object ("says she respects X but argues": the one who says). Null when no such verb has a subject.
 */
function parallelSubject(toks: readonly Token[], sStart: number, gs: number): Range | null {
  // The group's first verb or auxiliary gives its form: "also hinted", "strongly denounced".
  const head = (g: number) => {
    let h = g;
    while (toks[h]!.pos === 'ADV' && toks[h + 1] && (toks[h + 1]!.pos === 'ADV' || toks[h + 1]!.pos === 'VERB' || toks[h + 1]!.pos === 'AUX' || toks[h + 1]!.pos === 'PART')) h++;
    return toks[h]!;
  };
  const form = verbForm(head(gs));
  if (form === 'ing') return null;
  const floor = Math.max(sStart, gs - PARALLEL_REACH);
  for (let j = gs - 2; j >= floor; j--) {
    const u = toks[j]!;
    if (u.text === ')') {
      while (j > floor && toks[j]!.text !== '(') j--;
      continue;
    }
    if (isOpeningQuote(u) || u.text === '”' || u.text === ':') return null;
    if (u.pos !== 'VERB' && u.pos !== 'AUX') continue;
    const g = groupStart(toks, j, sStart);
    j = g;
    if (verbForm(head(g)) !== form || lower(toks[g - 1]) === 'to') continue;
    const before = toks[g - 1];
    // Coordinated itself ("was booed; was denounced; and declared"): its subject lies further back.
    if (!before || before.pos === 'CCONJ' || before.text === ',' || before.text === ';') continue;
    const subject = phraseBefore(toks, g, sStart);
    if (!subject) continue;
    const opener = toks[subject.from - 1];
    // "says she respects X but argues", "noted that he taught … and added", "the common folk who deposited
    // … and ordered": a clause inside another; the coordinated verb more often joins the main clause's.
    if (RELATIVE_WORDS.has(lower(toks[subject.from])) || (opener && subject.from > sStart && (opener.pos === 'VERB' || opener.pos === 'SCONJ' || CLAUSE_OPENERS.has(lower(opener))))) return null;
    if (subject.from === subject.to && (EMPTY_SOURCES.has(lower(toks[subject.from])) || lower(toks[subject.from]) === 'it')) return null;
    return subject;
  }
  return null;
}

// Nouns of people: a participle after them is theirs ("met voters chanting …").
const PEOPLE_NOUNS = new Set(['people', 'person', 'voter', 'supporter', 'protester', 'protestor', 'official', 'reporter', 'journalist', 'member', 'activist', 'leader', 'student', 'worker', 'resident', 'crowd', 'audience', 'fan', 'delegate', 'critic', 'lawmaker', 'senator', 'candidate', 'rival', 'opponent', 'ally', 'aide', 'adviser', 'advisor', 'staffer', 'donor', 'group', 'man', 'woman', 'men', 'women', 'child', 'parent', 'family', 'friend', 'mother', 'father', 'veteran', 'immigrant', 'refugee', 'citizen', 'american', 'expert', 'analyst', 'economist', 'lawyer', 'doctor', 'officer', 'agent', 'employee', 'executive', 'democrat', 'republican', 'conservative', 'liberal', 'politician', 'governor', 'mayor', 'president', 'spokesman', 'spokeswoman', 'someone', 'anyone', 'everyone', 'nobody', 'host', 'guest', 'caller', 'viewer', 'reader', 'listener', 'attendee', 'participant', 'organizer', 'demonstrator', 'marcher', 'chant', 'team', 'campaign', 'committee', 'union', 'party']);

// Verbs whose object someone else made: "Police receive 911 calls saying", "the campaign has included ads attacking".
const FINDING_VERBS = new Set(['receive', 'get', 'include', 'feature', 'see', 'hear', 'read', 'find', 'cite', 'show', 'watch', 'obtain', 'review', 'quote', 'discover', 'uncover', 'notice', 'dismiss', 'reject', 'deny', 'contain']);

/**
 * The subject of the verb whose object ends right before a participle ("[the administration] withdrew
 * notices seeking …"): null when the object may be the participle's own subject (a name, a pronoun,
 * people) or no verb takes it.
 */
function subjectOfObjectVerb(doc: Doc, object: Range, sStart: number): Range | null {
  const toks = doc.tokens;
  const v = object.from - 1;
  if (v <= sStart || toks[v]!.pos !== 'VERB' || /ing$/.test(lower(toks[v])) || FINDING_VERBS.has(toks[v]!.lemma)) return null;
  for (let j = object.from; j <= object.to; j++) {
    const u = toks[j]!;
    if (u.pos === 'PROPN' || u.pos === 'PRON' || PEOPLE_NOUNS.has(u.lemma.toLowerCase())) return null;
  }
  if (doc.mentions.some((m) => m.start < toks[object.to]!.end && toks[object.from]!.start < m.end)) return null;
  const head = groupStart(toks, v, sStart);
  const subject = phraseBefore(toks, head, sStart) ?? subjectPastAside(toks, head, sStart);
  if (!subject || (subject.from === subject.to && (EMPTY_SOURCES.has(lower(toks[subject.from])) || lower(toks[subject.from]) === 'it'))) return null;
  return subject;
}

// Past participles that do not end in -ed: "is seen as", "was said to", "has been felt", "is meant to".
const IRREGULAR_PARTICIPLES = new Set(['seen', 'said', 'made', 'meant', 'thought', 'felt', 'heard', 'found', 'held', 'told', 'sold', 'known', 'shown', 'drawn', 'thrown', 'grown', 'blown', 'read', 'led', 'left', 'kept', 'sent', 'spent', 'built', 'brought', 'bought', 'sought', 'taught', 'caught', 'put', 'set', 'cut', 'hit', 'struck', 'understood', 'paid', 'laid', 'won', 'lost', 'given', 'taken', 'written', 'spoken', 'chosen', 'forgotten', 'driven', 'beaten', 'broken', 'hidden', 'proven', 'shaken', 'stolen', 'risen', 'bitten', 'ridden', 'woven', 'frozen', 'done', 'gone', 'begun', 'sung', 'hung', 'rung', 'overseen', 'foreseen', 'withheld', 'upheld', 'overheard', 'misunderstood', 'mistaken', 'undertaken', 'overtaken', 'rewritten', 'forbidden']);

/** A past participle's form: -ed or an irregular one. */
function pastParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w);
}

// Irregular past participles that are no past tense too: after a noun, only a passive ("an option seen by …").
const PARTICIPLE_ONLY = new Set(['seen', 'known', 'shown', 'drawn', 'given', 'taken', 'written', 'spoken', 'chosen', 'forgotten', 'driven', 'beaten', 'broken', 'hidden', 'proven', 'shaken', 'stolen', 'overseen', 'mistaken', 'undertaken', 'rewritten', 'done']);

/**
 * A participle with no auxiliary read as a passive before its agent: right after the noun it
 * modifies ("a call echoed by Japan", "a practice criticized by civil rights advocates"), with an -ed
 * form or a participle that is no past tense; not "Trump said by telephone", "responded by saying".
 */
function reducedPassive(toks: readonly Token[], k: number, gs: number, by: number, sStart: number): boolean {
  const t = toks[k]!;
  const w = lower(t);
  if (/^\p{Lu}/u.test(t.text) || gs <= sStart || !(w.endsWith('ed') || PARTICIPLE_ONLY.has(w))) return false;
  const before = toks[gs - 1]!;
  if (before.pos !== 'NOUN' && !(before.text === ',' && PARTICIPLE_ONLY.has(w))) return false;
  const agent = toks[by + 1];
  return agent !== undefined && (agent.pos === 'DET' || agent.pos === 'PROPN' || agent.pos === 'NOUN' || agent.pos === 'ADJ' || agent.pos === 'NUM' || agent.pos === 'PRON') && !/ing$/.test(lower(agent));
}

// Participles that take an infinitive or "as" after the noun they modify: "a developer known to be",
// "a state seen as critical", "Murphy expected to win", "a move intended as a signal".
const RAISED_PARTICIPLES = new Set(['known', 'seen', 'expected', 'said', 'thought', 'believed', 'reported', 'projected', 'considered', 'meant', 'intended', 'supposed', 'alleged', 'rumored', 'feared', 'estimated', 'described', 'regarded', 'viewed', 'perceived', 'deemed', 'touted', 'billed', 'hailed', 'mentioned', 'identified', 'characterized', 'portrayed', 'depicted', 'labeled', 'labelled', 'branded', 'dubbed', 'referred', 'called', 'titled', 'entitled', 'named', 'nicknamed']);
// Participles of naming that take the name itself: "a website called Real News Right Now", "a book titled “…”".
const NAMING_PARTICIPLES = new Set(['called', 'titled', 'entitled', 'named', 'dubbed', 'nicknamed', 'labeled', 'labelled', 'branded']);

/**
 * A participle modifying the noun right before it, with no agent: "contests known as Super Tuesday",
 * "a state seen as critical", "a developer known to be bullish", "a faux thriller titled “…”", "64 emails
 * now deemed classified". The noun is not its subject: the attribution has no source.
 */
function reducedRelative(toks: readonly Token[], k: number, gs: number, cueTo: number, sStart: number, sEnd: number): boolean {
  const w = lower(toks[k]);
  if (cueTo !== k || gs <= sStart || !RAISED_PARTICIPLES.has(w) || /^\p{Lu}/u.test(toks[k]!.text)) return false;
  const before = toks[gs - 1]!;
  if (before.pos !== 'NOUN') return false;
  const next = toks[k + 1];
  if (!next || k + 1 >= sEnd) return false;
  const np = phraseBefore(toks, gs, sStart);
  // "whom one insider described as": the subject of a relative clause.
  if (!np || (np.from > sStart && RELATIVE_WORDS.has(lower(toks[np.from - 1])))) return false;
  const n = lower(next);
  if (n === 'as' || (n === 'to' && (toks[k + 2]?.pos === 'VERB' || toks[k + 2]?.pos === 'AUX')) || (w === 'known' && n === 'for')) return true;
  // A name after a naming participle: only when the noun is indefinite or some verb's or preposition's
  // object ("a website called …", "traced the story to a website called …"), not "the campaign called Clinton …".
  if (!NAMING_PARTICIPLES.has(w) || !(next.pos === 'PROPN' || isOpeningQuote(next) || next.text === "'")) return false;
  const first = lower(toks[np.from]);
  const opener = toks[np.from - 1];
  return first === 'a' || first === 'an' || (opener !== undefined && np.from > sStart && (opener.pos === 'VERB' || opener.pos === 'ADP'));
}

// Words after a verb's object that continue its predicate ("cites X as", "reminded X about"), besides an infinitive's "to".
const OBJECT_CONTINUATIONS = new Set(['as', 'about', 'into', 'over', 'against']);

// How far after a passive cue its agent's "by" may stand, in tokens.
const AGENT_REACH = 12;

/**
 * The "by" of a passive's agent later in its clause, past an object, a quotation or adjuncts ("was
 * also endorsed the day before by", "has been called ‘strategic ambiguity’ by", "had been asked to
 * preserve them by"); -1 when a clause boundary or another finite verb comes first, or "by" opens a manner ("by saying").
 */
function laterAgentBy(toks: readonly Token[], cueTo: number, sEnd: number): number {
  for (let j = cueTo + 1; j < Math.min(sEnd, cueTo + AGENT_REACH); j++) {
    const u = toks[j]!;
    const w = lower(u);
    if (w === 'by') {
      const next = toks[j + 1];
      return next && j + 1 < sEnd && next.pos !== 'VERB' && !/ing$/.test(lower(next)) ? j : -1;
    }
    if (u.text === ',' || u.text === ';' || u.text === ':' || DASHES.has(u.text) || u.pos === 'SCONJ' || RELATIVE_WORDS.has(w)) return -1;
    if ((u.pos === 'VERB' || u.pos === 'AUX') && lower(toks[j - 1]) !== 'to') return -1;
  }
  return -1;
}

/** The "by" of a passive's agent right after the cue, or after one adverb ("criticized sharply by"); -1 when none. */
function agentBy(toks: readonly Token[], cueTo: number, sEnd: number): number {
  let j = cueTo + 1;
  if (j < sEnd && toks[j]!.pos === 'ADV' && lower(toks[j]) !== 'by') j++;
  return j + 1 < sEnd && lower(toks[j]) === 'by' ? j : -1;
}


// Quantifiers that float after their subject ("they have both said").
const FLOATING = new Set(['all', 'both', 'each']);

/**
 * The subject of the main clause after an opening participle clause: the noun phrase after the
 * clause's comma, when a verb follows it ("After saying he was nervous, the man ended up …").
 */
function subjectAfterOpener(toks: readonly Token[], from: number, sEnd: number): Range | null {
  const end = Math.min(sEnd, from + MAX_REACH);
  for (let j = from; j < end; j++) {
    const u = toks[j]!;
    if (u.text === ';' || u.text === ':' || isOpeningQuote(u)) return null;
    if (u.text !== ',') continue;
    const np = phraseAfter(toks, j + 1, sEnd);
    if (!np) continue;
    let v = np.to + 1;
    while (v < sEnd && toks[v]!.pos === 'ADV') v++;
    if (toks[v]?.pos === 'VERB' || toks[v]?.pos === 'AUX') return np;
  }
  return null;
}

// How many tokens an apposition after a sentence's opening noun phrase may run before its verb.
const LONG_APPOSITION = 60;

const DASHES = new Set(['—', '–', '--', '―']);

// Sentence adverbs that may stand between a subject and its verb ("Carter, however, said").
// Adverbs that open a sentence before its verb ("Also said", "Then asked"): no name the tagger misread.
const COMMON_ADVERBS = new Set(['also', 'then', 'now', 'still', 'later', 'earlier', 'yet', 'so', 'just', 'only', 'even', 'never', 'always', 'often', 'finally', 'instead', 'however', 'meanwhile', 'again', 'first', 'here', 'there', 'recently', 'previously', 'separately', 'similarly', 'indeed', 'moreover', 'nonetheless', 'otherwise', 'thus', 'once', 'soon', 'too', 'already', 'perhaps', 'maybe', 'simply', 'really', 'certainly', 'clearly', 'obviously', 'reportedly', 'allegedly', 'apparently', 'publicly', 'privately', 'initially', 'subsequently', 'eventually', 'ultimately', 'rather', 'sometimes', 'today', 'yesterday', 'tomorrow', 'not', 'hardly', 'nearly', 'almost', 'quickly', 'immediately', 'repeatedly', 'frequently', 'previously', 'originally', 'officially', 'personally', 'reluctantly', 'notably', 'critics']);
const ASIDE_ADVERBS = new Set(['however', 'meanwhile', 'also', 'then', 'now', 'later', 'earlier', 'too', 'instead', 'therefore', 'though', 'still']);

/**
 * The subject when an aside stands before the verb group ("Carter however said", "Carter, however,
 * said"), or when the tagger misread a name at the sentence start as a word ("Cook said").
 */
function subjectPastAside(toks: readonly Token[], gs: number, sStart: number): Range | null {
  // "Joyce — who is listed as an attorney in Illinois — told": an aside between dashes.
  if (gs - 1 > sStart && DASHES.has(toks[gs - 1]!.text)) {
    for (let open = gs - 2; open > sStart && gs - open <= LONG_APPOSITION; open--) {
      const u = toks[open]!;
      if (u.text === ';' || u.text === ':' || isOpeningQuote(u) || u.text === '”') break;
      if (DASHES.has(u.text)) return open - 1 >= sStart ? phraseBefore(toks, open, sStart) : null;
    }
  }
  let p = gs - 1;
  if (p > sStart && toks[p]!.text === ',') p--;
  if (p > sStart && ASIDE_ADVERBS.has(lower(toks[p]))) {
    let q = p;
    if (q - 1 > sStart && toks[q - 1]!.text === ',') q--;
    return phraseBefore(toks, q, sStart);
  }
  // "Shane Shook, a security expert who has helped investigate the breaches, said": an apposition too
  // long or too full of verbs for the phrase rules, between the noun phrase opening the sentence and its verb.
  if (toks[gs - 1]?.text === ',' && gs - 1 > sStart) {
    let c1 = sStart + 1;
    while (c1 < gs - 1 && toks[c1]!.text !== ',') c1++;
    if (c1 < gs - 1 && gs - c1 <= LONG_APPOSITION) {
      const head = phraseBefore(toks, c1, sStart);
      let clean = true;
      for (let j = c1 + 1; j < gs - 1 && clean; j++) if (isOpeningQuote(toks[j]) || /^[”;:()]$/.test(toks[j]!.text)) clean = false;
      // "CNN, Cruz said, called …": an aside of its own, not an apposition. A plural noun after its
      // determiner or adjective that the tagger read as a verb ("some of the breaches") ends no aside.
      const last = toks[gs - 2]!;
      if (last.pos === 'VERB' && !(/s$/.test(last.text) && (toks[gs - 3]?.pos === 'DET' || toks[gs - 3]?.pos === 'ADJ'))) clean = false;
      if (head && head.from === sStart && clean) return { from: sStart, to: gs - 1 };
    }
  }
  // A capitalized word opening the sentence right before the verb is its subject, whatever its tag.
  // An adverb only when it is no common one nor a question word ("Jolly said", not "Also said", "When asked").
  const first = toks[sStart]!;
  if (gs - 1 === sStart && /^\p{Lu}\p{Ll}+$/u.test(first.text) && (first.pos !== 'ADV' || !(COMMON_ADVERBS.has(lower(first)) || /^(wh|how)/i.test(first.text))) && first.pos !== 'SCONJ' && first.pos !== 'CCONJ' && first.pos !== 'ADP') return { from: sStart, to: sStart };
  return null;
}

// How many tokens a relative clause set off by no comma may run from its pronoun to the verb after it.
const BARE_RELATIVE_REACH = 14;
// Verbs besides those of belief that take a bare clause, whose subject may be read for their object.
const CLAUSE_VERBS = new Set(['say', 'argue', 'claim', 'insist', 'contend', 'assert', 'allege', 'warn', 'ensure', 'mean', 'guarantee', 'prove', 'demonstrate']);
// What may follow a bare relative clause's verb before the main verb: its object and adjuncts.
const BARE_RELATIVE_TAIL = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADP', 'ADV', 'PART']);

/**
 * "Ann Lee who wrote the law said …", "the group that sponsored the bill warned …": a relative clause
 * set off by no comma, its pronoun the subject of one verb group and the rest its object and adjuncts,
 * ends right before the verb group at gs. The noun phrase before the pronoun, with the clause, is that
 * verb's subject; the clause's object is none. Not after a verb of thinking or saying, which takes a
 * bare clause ("those who think Trump said …": what they think).
 */
function bareRelativeSubject(toks: readonly Token[], gs: number, sStart: number): Range | null {
  let r = gs - 1;
  for (; r > sStart && gs - r <= BARE_RELATIVE_REACH; r--) {
    const w = lower(toks[r]);
    if (w === 'who' || w === 'that') break;
    if (!BARE_RELATIVE_TAIL.has(toks[r]!.pos) && toks[r]!.pos !== 'VERB' && toks[r]!.pos !== 'AUX') return null;
  }
  // A capital "That" or "Who" is a headline's title case, where a clause may open anywhere.
  if (r <= sStart || (toks[r]!.text !== 'who' && toks[r]!.text !== 'that')) return null;
  // The clause's verb group opens right after the pronoun: "that" before a subject is no relative.
  let v = r + 1;
  while (v < gs && toks[v]!.pos !== 'VERB') v++;
  if (v >= gs || groupStart(toks, v, r + 1) !== r + 1 || (/ing$/.test(toks[v]!.text) && v === r + 1)) return null;
  if (BELIEF_CUES.has(toks[v]!.lemma) || CLAUSE_VERBS.has(toks[v]!.lemma)) return null;
  for (let j = v + 1; j < gs; j++) {
    const u = toks[j]!;
    if (!BARE_RELATIVE_TAIL.has(u.pos) || RELATIVE_WORDS.has(lower(u))) return null;
    // A second phrase after the object is the verb's own subject: "the role it believed …".
    if ((u.pos === 'DET' || (u.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(lower(u)))) && (toks[j - 1]!.pos === 'NOUN' || toks[j - 1]!.pos === 'PROPN')) return null;
  }
  const last = toks[r - 1]!;
  if (last.pos !== 'NOUN' && last.pos !== 'PROPN') return null;
  const head = phraseBefore(toks, r, sStart);
  // A verb's object is no subject of the verb after its clause ("they lack the rigor that ensures
  // employers know …"), unless that verb takes a bare clause ("polls show voters who backed him say …").
  const before = head ? toks[head.from - 1] : undefined;
  if (!head || (head.from > sStart && (before!.pos === 'VERB' || before!.pos === 'AUX') && !SPEECH_CUES.has(before!.lemma) && !BELIEF_CUES.has(before!.lemma))) return null;
  // After a comma the phrase may be the last part of a longer one ("residents in Jupiter, Florida who"),
  // unless the comma closes an adjunct opening the sentence ("On Tuesday, Ann Lee who …").
  if (toks[head.from - 1]?.text === ',') {
    let open = head.from - 2;
    while (open > sStart && toks[open]!.text !== ',') open--;
    if (open !== sStart || !(toks[open]!.pos === 'ADP' || toks[open]!.pos === 'ADV' || toks[open]!.pos === 'SCONJ')) return null;
  }
  return { from: head.from, to: gs - 1 };
}

/** A finite verb before the comma with no clause word in between: the comma separates predicates. */
function listedPredicate(toks: readonly Token[], sStart: number, comma: number): boolean {
  for (let j = comma - 1; j >= sStart && comma - j < 30; j--) {
    const u = toks[j]!;
    if (u.pos === 'SCONJ' || RELATIVE_WORDS.has(lower(u)) || u.text === ';' || u.text === ':') return false;
    if (u.pos === 'VERB' && /(ed|s)$/.test(u.text)) return j > sStart;
  }
  return false;
}
const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whom', 'whose', 'when', 'where', 'if', 'because', 'while']);

/** The subject of the sentence's main clause: the phrase before its first verb. */
function sentenceSubject(toks: readonly Token[], sStart: number, limit: number): Range | null {
  sStart = Math.max(sStart, limit - MAX_REACH);
  for (let j = sStart; j < limit; j++) {
    const u = toks[j]!;
    if (u.pos === 'VERB' || u.pos === 'AUX') {
      const r = phraseBefore(toks, groupStart(toks, j, sStart), sStart);
      // "Clinton, who was speaking to the mayors, did not mention Trump but told …": the verb of a
      // relative clause set off by commas is not the main clause's; its subject comes after the clause.
      if (r && r.from === r.to && r.from > sStart && toks[r.from - 1]!.text === ',' && (lower(toks[r.from]) === 'who' || lower(toks[r.from]) === 'which')) {
        let close = j + 1;
        while (close < limit && toks[close]!.text !== ',' && toks[close]!.text !== ';') close++;
        if (close < limit && toks[close]!.text === ',') {
          j = close;
          continue;
        }
      }
      if (r && !(r.from === r.to && EMPTY_SOURCES.has(lower(toks[r.from])))) return r;
      return null;
    }
  }
  return null;
}

interface ContentFound {
  span: CharSpan;
  rule: string;
  /** Token index of a colon that belongs to the cue. */
  colon?: number;
}

/** Two apostrophes written together as a quotation mark ('' … ''), not a possessive. */
function asciiQuoteAt(toks: readonly Token[], j: number): boolean {
  const t = toks[j]!;
  const next = toks[j + 1];
  return t.text === "'" && next?.text === "'" && t.end === next.start;
}


// The longest paragraph a colon at the end of a line introduces.
const MAX_BLOCK = 2000;

/** The paragraph after a colon that ends its line, or null when the line goes on or no paragraph follows. */
function paragraphAfter(text: string, from: number): CharSpan | null {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] !== '\n') return null;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (i >= text.length) return null;
  let end = text.indexOf('\n', i);
  if (end < 0) end = text.length;
  while (end > i && /\s/.test(text[end - 1]!)) end--;
  return end > i && end - i <= MAX_BLOCK ? { start: i, end } : null;
}

/** What follows the cue: a that-clause, a colon, a quotation, a to-infinitive, a bare clause or an object. */
/** The quotation that opens right after a prepositional aside set off by commas after the cue, within a dozen words. */
function quotationAfterAside(doc: Doc, a: number, sEnd: number, quotations: QuotationIndex): CharSpan | null {
  const toks = doc.tokens;
  // Only a prepositional aside ("in remarks to …", "on Tuesday"): "said, adding, “…”" is a second cue of its own.
  if (toks[a]?.text !== ',' || toks[a + 1]?.pos !== 'ADP') return null;
  for (let k = a + 2; k < Math.min(sEnd - 1, a + 14); k++) {
    const u = toks[k]!;
    if (u.text === ':' || u.text === ';' || opensQuotation(u) || quotations.holding(u.start)) return null;
    if (u.text !== ',') continue;
    const q = quotations.openingAt(toks[k + 1]!.start);
    return q && !isTitle(doc, q) ? { start: q.start, end: q.end } : null;
  }
  return null;
}

function contentAfter(doc: Doc, lemma: string, a: number, sEnd: number, quotations: QuotationIndex, cited: boolean): ContentFound | null {
  const toks = doc.tokens;
  if (cited) return null;
  // "He said, in remarks published by CNN in February, “…”": an aside between commas, verbs and all, before a quotation.
  const aside = quotationAfterAside(doc, a, sEnd, quotations);
  if (aside) return { span: aside, rule: 'quotation' };
  // Adjuncts and a recipient may stand between the cue and what it introduces: "told reporters on Tuesday that".
  for (let j = a; j < Math.min(sEnd, a + 14); j++) {
    const u = toks[j]!;
    const w = lower(u);
    // "said — as reported by the daily — “…”": step over an aside between dashes.
    if (u.text === '—' || u.text === '--' || u.text === '–') {
      let close = j + 1;
      while (close < sEnd && close < j + 12 && toks[close]!.text !== u.text) close++;
      if (close < sEnd && toks[close]!.text === u.text) {
        j = close;
        continue;
      }
    }
    if (w === 'that' && j + 1 < sEnd && (u.pos === 'SCONJ' || u.pos === 'PRON' || u.pos === 'DET') && (j === a || u.pos === 'SCONJ' || toks[j - 1]!.text === ',' || toks[j - 1]!.pos === 'PROPN' || toks[j - 1]!.pos === 'NUM' || toks[j - 1]!.pos === 'NOUN')) {
      return { span: { start: u.start, end: clauseEnd(doc, j + 1, sEnd) }, rule: 'that' };
    }
    if (u.text === ':' && j + 1 < sEnd) return { span: { start: toks[j + 1]!.start, end: clauseEnd(doc, j + 1, sEnd) }, rule: 'colon', colon: j === a ? j : undefined };
    // "Fox News reports:", "In a speech last July, he said:" closing its line: the next paragraph is what was said.
    if (u.text === ':' && j + 1 === sEnd) {
      const block = paragraphAfter(doc.text, u.end);
      return block ? { span: block, rule: 'colon', colon: j === a ? j : undefined } : null;
    }
    if (opensQuotation(u) && quotations.openingAt(u.start)) {
      const q = quotations.openingAt(u.start)!;
      // "told “Morning Joe” that …": a quoted title is a name, the words go on past it.
      if (isTitle(doc, q)) {
        j = tokenAt(toks, q.end, sEnd) - 1;
        continue;
      }
      return { span: { start: q.start, end: Math.max(q.end, j === a ? clauseEnd(doc, j, sEnd) : q.end) }, rule: 'quotation' };
    }
    if (u.pos === 'VERB' || u.pos === 'AUX' || u.pos === 'SCONJ' || u.pos === 'CCONJ' || u.text === '.' || CLAUSE_STOPS.has(u.text)) break;
    if (j > a && (w === 'to' && toks[j + 1]?.pos === 'VERB')) break;
  }
  // "said Friday afternoon Donald Trump’s …": a date right after the verb is an adjunct, not its object.
  const date = timexOpening(doc, a);
  if (date && (SPEECH_CUES.has(lemma) || BELIEF_CUES.has(lemma))) {
    let j = tokenAt(toks, date.end, sEnd);
    if (toks[j]?.text === ',') j++;
    if (j < sEnd && (lower(toks[j]) === 'that' || clauseStartsAt(toks, j, sEnd))) return { span: { start: toks[j]!.start, end: clauseEnd(doc, j, sEnd) }, rule: lower(toks[j]) === 'that' ? 'that' : 'clause' };
  }
  const first = toks[a];
  if (!first || a >= sEnd) return null;
  const w = lower(first);
  // "plans to run", "urged Congress to act", "appears to back", "declined at first to criticize".
  const inf = INTENTION_CUES.has(lemma) ? pastAdjuncts(doc, a, sEnd) : -1;
  if (inf >= 0 && lower(toks[inf]) === 'to' && (toks[inf + 1]?.pos === 'VERB' || toks[inf + 1]?.pos === 'AUX')) {
    return { span: { start: toks[inf]!.start, end: clauseEnd(doc, inf, sEnd) }, rule: 'to-infinitive' };
  }
  if (INTENTION_CUES.has(lemma) || SPEECH_CUES.has(lemma)) {
    const obj = phraseAfter(toks, a, sEnd);
    if (obj && lower(toks[obj.to + 1]) === 'to' && toks[obj.to + 2]?.pos === 'VERB') {
      return { span: { start: toks[obj.to + 1]!.start, end: clauseEnd(doc, obj.to + 1, sEnd) }, rule: 'object-to-infinitive' };
    }
  }
  // "told reporters the plan was dead", "told Discover Magazine the skulls …": the one spoken to is
  // no part of what was said.
  if (RECIPIENT_VERBS.has(lemma) && !OBJECT_IS_CONTENT.has(lemma)) {
    const to = phraseAfter(toks, a, sEnd);
    let c = to ? to.to + 1 : -1;
    // "told African-Americans this weekend he would …": a date after the one spoken to is an adjunct.
    const when = c >= 0 && c < sEnd ? timexOpening(doc, c) : null;
    if (when) c = tokenAt(toks, when.end, sEnd);
    // A question follows its hearer with a question word ("asked Obama what he thought"), a statement without.
    const subject = c >= 0 && c < sEnd && (lemma === 'ask' ? QUESTION_WORDS.has(lower(toks[c])) || /^(who|which|if)$/.test(lower(toks[c])) : SUBJECT_POS.has(toks[c]!.pos) && !RELATIVE_WORDS.has(lower(toks[c])));
    // "asked who they thought …": a question word opens what was asked; it is no hearer.
    // Nor is one after a particle ("asked about speeches she made"), nor a phrase with "of" in it
    // ("reminded voters of the six years his family had lived there": a relative clause follows).
    let hearer = !!to && toks[a - 1]?.pos !== 'ADP' && !RELATIVE_WORDS.has(lower(toks[to.from])) && !QUESTION_WORDS.has(lower(toks[to.from]));
    for (let j = to ? to.from : 0; hearer && to && j <= to.to; j++) if (lower(toks[j]) === 'of') hearer = false;
    if (to && hearer && to.to - to.from < 5 && subject && clauseStartsAt(toks, c, sEnd)) {
      return { span: { start: toks[c]!.start, end: clauseEnd(doc, c, sEnd) }, rule: 'clause' };
    }
  }
  if ((SPEECH_CUES.has(lemma) || BELIEF_CUES.has(lemma)) && (clauseStartsAt(toks, a, sEnd) || subjectWithAside(toks, a, sEnd))) {
    return { span: { start: first.start, end: clauseEnd(doc, a, sEnd) }, rule: 'clause' };
  }
  // Speech verbs take what was said as their object too ("mentioned Machado", "announced a plan"),
  // except those whose object is the one spoken to ("told reporters").
  if (STANCE_CUES.has(lemma) || (CUE_PARTICLES.get(lemma)?.size ?? 0) > 0 || (SPEECH_CUES.has(lemma) && !RECIPIENT_VERBS.has(lemma))) {
    // "calls for $1 trillion in new spending": an amount is an object too.
    if (first.pos === 'DET' || first.pos === 'PROPN' || first.pos === 'NOUN' || first.pos === 'PRON' || first.pos === 'ADJ' || first.pos === 'NUM' || (first.pos === 'SYM' && /^[$€£]$/.test(first.text) && toks[a + 1]?.pos === 'NUM') || w === 'about' || w === 'how' || w === 'what' || w === 'whether' || w === 'if') {
      if (first.pos === 'PRON' && (w === 'it' || w === 'this') && (toks[a + 1]?.text === '.' || a + 1 >= sEnd)) {
        // "She denied it." is an attribution too, with the pronoun as its content.
      }
      const from = w === 'about' ? a + 1 : a;
      return { span: { start: (toks[from] ?? first).start, end: phraseEnd(doc, from, sEnd) }, rule: 'object' };
    }
  }
  if (SPEECH_CUES.has(lemma) && (w === 'if' || w === 'whether' || w === 'why' || w === 'how' || w === 'what')) {
    return { span: { start: first.start, end: clauseEnd(doc, a, sEnd) }, rule: 'question' };
  }
  // "said on Twitter on Monday, “…”", "has said for weeks he is …", "said, despite the polls, she …":
  // adjuncts and asides between the verb and its clause or quotation.
  if (SPEECH_CUES.has(lemma) || BELIEF_CUES.has(lemma)) {
    const j = pastAdjuncts(doc, a, sEnd);
    if (j > a && j < sEnd) {
      const q = opensQuotation(toks[j]) ? quotations.openingAt(toks[j]!.start) : undefined;
      if (q) return { span: { start: q.start, end: q.end }, rule: 'quotation' };
      if (clauseStartsAt(toks, j, sEnd)) return { span: { start: toks[j]!.start, end: clauseEnd(doc, j, sEnd) }, rule: 'clause' };
    }
  }
  // Verbs of saying and knowing take a clause even where the tagger misreads it ("said Cook provided…",
  // "said on Friday he met…", "said the same thing"): whatever words follow, past adjuncts.
  if (LOOSE_COMPLEMENT.has(lemma)) {
    let j = a;
    if (toks[j]?.pos === 'ADP' && !OBJECT_PREPOSITIONS.has(lower(toks[j]))) {
      const pp = phraseAfter(toks, j + 1, sEnd);
      if (pp) j = pp.to + 1;
      if (toks[j]?.text === ',') j++;
    }
    const u = toks[j];
    if (u && j < sEnd && /[\p{L}\p{N}]/u.test(u.text) && u.pos !== 'CCONJ' && u.pos !== 'ADP' && u.pos !== 'SCONJ' && !(u.pos === 'PART' && lower(u) === 'to')) {
      return { span: { start: u.start, end: clauseEnd(doc, j, sEnd) }, rule: 'loose-clause' };
    }
  }
  return null;
}

// How far a relative clause in a reported clause's subject may run before its closing comma.
const ASIDE_REACH = 20;

/**
 * "said Hamza bin Laden, son of the late leader, was killed", "reported Leonov, who died in Moscow,
 * will be buried": a bare clause whose subject carries an apposition or a relative clause set off by
 * commas, then its verb.
 */
function subjectWithAside(toks: readonly Token[], a: number, sEnd: number): boolean {
  // Not from a cue in a relative clause: "ISIS, which claimed responsibility, are …" goes on with the main clause.
  if (relativeBefore(toks, a)) return false;
  const np = phraseAfter(toks, a, sEnd);
  if (!np || !NOUN_HEADS.has(toks[np.from]!.pos)) return false;
  let j = np.to + 1;
  if (toks[j]?.text !== ',') return false;
  // The aside: an apposition the phrase took in, or a relative clause after it.
  let aside = false;
  for (let i = np.from; i <= np.to; i++) if (toks[i]!.text === ',') aside = true;
  if (/^(who|which|whose)$/.test(lower(toks[j + 1]))) {
    aside = true;
    j += 2;
    while (j < sEnd && j < np.to + ASIDE_REACH && toks[j]!.text !== ',') j++;
  }
  const v = toks[j + 1];
  // "…, Roberta Lange, the state party chairwoman, said …": a speaker and a cue of their own.
  return aside && j + 1 < sEnd && toks[j]!.text === ',' && v !== undefined && (v.pos === 'AUX' || (v.pos === 'VERB' && !/ing$/.test(v.text) && !SPEECH_CUES.has(v.lemma)));
}
const NOUN_HEADS = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'NUM']);

/** Whatever words follow the verb, past its adjuncts, up to the clause end: a cue model's verb takes them. */
function anyComplement(doc: Doc, a: number, sEnd: number): ContentFound | null {
  const toks = doc.tokens;
  const j = pastAdjuncts(doc, a, sEnd);
  const u = toks[j];
  if (!u || j >= sEnd || !/[\p{L}\p{N}“"]/u.test(u.text) || u.pos === 'CCONJ' || u.pos === 'SCONJ') return null;
  // "pushed back on the claims Thursday, saying that …": a participle that reports on its own is no complement.
  if (j > a && toks[j - 1]!.text === ',' && reportingParticiple(u)) return null;
  return { span: { start: u.start, end: clauseEnd(doc, j, sEnd) }, rule: 'complement' };
}

/** The time expression that opens at token a, if any. */
function timexOpening(doc: Doc, a: number): CharSpan | undefined {
  const t = doc.tokens[a];
  if (!t || !doc.timexes?.length) return undefined;
  const x = doc.timexes[firstStartingAt(doc.timexes, t.start)];
  return x && x.start === t.start ? x : undefined;
}

/**
 * The token after the adjuncts that follow a cue verb: commas, adverbs, time expressions ("on
 * Monday", "for weeks") and prepositional phrases ("on Twitter", "in reference to her child",
 * "despite being a Stanford alumna,"). At most a few, so a run-on sentence stays cheap.
 */
function pastAdjuncts(doc: Doc, a: number, sEnd: number): number {
  const toks = doc.tokens;
  let j = a;
  for (let step = 0; step < 5 && j < sEnd; step++) {
    const u = toks[j]!;
    if (u.text === ',' || (u.pos === 'ADV' && !/^(how|why|when|where)$/.test(lower(u)))) {
      j++;
      continue;
    }
    if (u.pos !== 'ADP' || lower(u) === 'that') break;
    const pp = phraseAfter(toks, j + 1, sEnd);
    if (pp) {
      j = pp.to + 1;
      continue;
    }
    // A preposition whose object is no plain noun phrase ("despite being …"): up to the next comma.
    let c = j + 1;
    while (c < sEnd && c < j + 10 && toks[c]!.text !== ',') c++;
    if (c >= sEnd || toks[c]!.text !== ',') break;
    j = c + 1;
  }
  return j;
}

/** The end of an object: the first comma, or the clause end. */
function phraseEnd(doc: Doc, from: number, sEnd: number): number {
  const toks = doc.tokens;
  sEnd = Math.min(sEnd, from + MAX_REACH);
  for (let j = from + 1; j < sEnd; j++) {
    if (toks[j]!.text === ',' || isOpeningQuote(toks[j]) || asciiQuoteAt(toks, j)) return toks[j - 1]!.end;
    // A sentence end the segmenter missed (". ''We …"): the object stops at its full stop.
    if (isFullStop(toks, j) && j + 1 < sEnd) return toks[j]!.end;
  }
  return clauseEnd(doc, from, sEnd);
}

/**
 * The end of a reported clause: the sentence end, or the point where a new coordinated clause with
 * its own cue begins ("…, and Clinton said she would not").
 */
function clauseEnd(doc: Doc, from: number, sEnd: number): number {
  const toks = doc.tokens;
  sEnd = Math.min(sEnd, from + MAX_REACH);
  for (let j = from + 1; j < sEnd; j++) {
    const u = toks[j]!;
    if (CLAUSE_STOPS.has(u.text)) return toks[j - 1]!.end;
    if (isFullStop(toks, j) && j + 1 < sEnd) return u.end;
    // "… and said that …", "… and three-quarters said …": a coordinated clause with its own cue.
    if ((u.pos === 'CCONJ' && (lower(u) === 'and' || lower(u) === 'but')) && coordinatedCue(toks, j + 1, sEnd)) return toks[j - 1]!.end;
    // "…,” adding that …": a quotation closing after its comma, then a participle that reports on its own.
    if (u.text === ',' && j + 2 < sEnd && /^[”"']+$/.test(toks[j + 1]!.text) && reportingParticiple(toks[j + 2]!)) return toks[j + 1]!.end;
    // ", she said" closing a content that began mid-sentence.
    if (u.text === ',' && j + 2 < sEnd) {
      const r = phraseAfter(toks, j + 1, sEnd);
      const verbAt = r ? firstVerb(toks, r.to + 1, sEnd) : -1;
      if (r && verbAt >= 0 && SPEECH_CUES.has(toks[verbAt]!.lemma.toLowerCase())) return toks[j - 1]!.end;
      // ", and said …": a second predicate of the same subject.
      const c = toks[j + 1]!;
      // "…, according to the report.": a source of its own closing the clause.
      if (lower(c) === 'according' && lower(toks[j + 2]) === 'to') return toks[j - 1]!.end;
      // ", while 9 percent found …", ", compared with …": a contrast that is the author's, not the source's.
      if (/^(while|whereas|compared)$/.test(lower(c))) return toks[j - 1]!.end;
      // ", telling reporters that …", ", adding …": a participle that reports on its own.
      if (reportingParticiple(c)) return toks[j - 1]!.end;
      if ((lower(c) === 'and' || lower(c) === 'but') && firstVerb(toks, j + 2, sEnd) >= 0) return toks[j - 1]!.end;
      // "Barkley, who said he votes Democratic, said …": the main clause's verb resumes after a relative clause.
      if (c.pos === 'VERB' && !/ing$/.test(c.text) && relativeBefore(toks, from)) return toks[j - 1]!.end;
      // "urged X to join, proposed that …": the next verb phrase of a list, with a cue of its own.
      if (c.pos === 'VERB' && /(ed|s)$/.test(c.text) && ALL_CUES.has(c.lemma) && !QUOTE_ONLY_CUES.has(c.lemma)) return toks[j - 1]!.end;
    }
  }
  return toks[sEnd - 1]!.end;
}

/** An -ing form of a verb of saying, thinking or intending: ", adding …", ", saying …", ", promising to …". */
function reportingParticiple(c: Token): boolean {
  return c.pos === 'VERB' && /ing$/.test(c.text) && (SPEECH_CUES.has(c.lemma) || BELIEF_CUES.has(c.lemma) || INTENTION_CUES.has(c.lemma));
}

/** The content opens inside a relative clause: "who said …". */
function relativeBefore(toks: readonly Token[], from: number): boolean {
  for (let j = from - 1; j >= 0 && j >= from - 3; j--) {
    const w = lower(toks[j]);
    if (w === 'who' || w === 'which') return true;
  }
  return false;
}

/**
 * A second clause with its own attribution cue after "and"/"but": a cue verb right away ("and said"),
 * after auxiliaries and adverbs ("and has also said"), or after a short subject ("and three-quarters said").
 */
function coordinatedCue(toks: readonly Token[], from: number, sEnd: number): boolean {
  for (let j = from; j < Math.min(sEnd, from + 8); j++) {
    const u = toks[j]!;
    if (u.pos === 'VERB') return (SPEECH_CUES.has(u.lemma) || BELIEF_CUES.has(u.lemma)) && !/ing$/.test(u.text);
    if (u.pos === 'PUNCT' && u.text !== '-') return false;
    if (u.pos === 'SCONJ' || lower(u) === 'that') return false;
  }
  return false;
}

/** A sentence end the segmenter missed: a full stop before a capital or a quotation mark. */
function isFullStop(toks: readonly Token[], j: number): boolean {
  const u = toks[j]!;
  if (u.text !== '.' && u.text !== '?' && u.text !== '!') return false;
  const next = toks[j + 1];
  // ASCII text opens a quotation with two apostrophes: ". ''The".
  return !next || /^[\p{Lu}“"‘]/u.test(next.text) || (next.text === "'" && toks[j + 2]?.text === "'");
}

function firstVerb(toks: readonly Token[], from: number, sEnd: number): number {
  for (let j = from; j < Math.min(sEnd, from + 4); j++) {
    if (toks[j]!.pos === 'VERB') return j;
    if (toks[j]!.pos !== 'AUX' && toks[j]!.pos !== 'ADV' && toks[j]!.pos !== 'PART') return -1;
  }
  return -1;
}

/** Whether nothing but adjuncts follow the verb up to the sentence end ("she said on Tuesday."). */
function isClauseFinal(toks: readonly Token[], v: number, sEnd: number): boolean {
  if (sEnd - v > MAX_REACH) return false;
  for (let j = v + 1; j < sEnd; j++) {
    const u = toks[j]!;
    if (u.text === ',' || u.text === ';' || u.text === '—' || isFullStop(toks, j)) return true;
    if (u.pos === 'VERB' || u.pos === 'AUX' || u.pos === 'SCONJ' || lower(u) === 'that' || isOpeningQuote(u) || asciiQuoteAt(toks, j) || u.text === ':') return false;
  }
  return true;
}

/** The quotation that closes right before the cue's phrase: "“…,” he said" / "“…” — Obama told". */
function quotationBefore(doc: Doc, headStart: number, quotations: QuotationIndex): CharSpan | null {
  const toks = doc.tokens;
  const at = toks[headStart]!.start;
  const q = quotations.endingBefore(at);
  // Within the paragraph: a quotation closing the paragraph before is another attribution's.
  if (!q || at - q.end >= 6 || !/^[^\S\n,—–-]*(?:[,—–-][^\S\n]*)*$/.test(doc.text.slice(q.end, at))) return null;
  // The quotation ends with a comma inside or outside it: it is the cue's, not a title or a quoted name.
  if (isTitle(doc, q)) return null;
  const inner = doc.text.slice(q.contentStart, q.contentEnd).trimEnd();
  if (!/[,!?—–-]$/.test(inner) && !/,/.test(doc.text.slice(q.end, at))) return null;
  return { start: q.start, end: q.end };
}

// Small words a title may hold in lower case ("Meet the Press", "Face the Nation").
const TITLE_SMALL_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'to', 'for', 'with', 'at', 'by', 'or']);

/** A quotation of a few capitalized words is a title ("“Fox News Sunday,”", "“Morning Joe”"), not a statement. */
function isTitle(doc: Doc, q: Quotation): boolean {
  const words = doc.text.slice(q.contentStart, q.contentEnd).replace(/[,.!?;:]+\s*$/, '').trim().split(/\s+/);
  if (words.length === 0 || words.length > 4 || words[0] === '') return false;
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w)));
}

/** The clause before a sentence-final cue: "…, officials said." or the quotation "“…,” he said". */
function contentBefore(doc: Doc, headStart: number, sStart: number, after: number, sEnd: number, quotations: QuotationIndex): CharSpan | null {
  const toks = doc.tokens;
  if (!isClauseFinal(toks, after - 1, sEnd)) return null;
  let p = headStart - 1;
  if (p < sStart) {
    // The sentence opens with the cue's own phrase; a quotation may close the sentence before.
    const q = quotations.endingBefore(toks[headStart]!.start);
    return q && /^[^\S\n,]*(?:,[^\S\n]*)*$/.test(doc.text.slice(q.end, toks[headStart]!.start)) ? { start: q.start, end: q.end } : null;
  }
  const sep = toks[p]!;
  if (sep.text !== ',' && sep.text !== '”' && sep.text !== '"' && sep.text !== "'" && sep.text !== '—' && sep.text !== '--') return null;
  // "“…,” he said" — the quotation, however many sentences it spans.
  const closing = doc.text.slice(toks[Math.max(sStart, p - 1)]!.start, toks[headStart]!.start);
  const last = quotations.endingBefore(toks[headStart]!.start);
  const q = last && last.end >= toks[Math.max(sStart, p - 1)]!.start && /^[\s,—-]*$/.test(doc.text.slice(last.end, toks[headStart]!.start)) ? last : undefined;
  if (q && /[”"']/.test(closing)) return { start: q.start, end: q.end };
  while (p > sStart && (toks[p]!.text === ',' || toks[p]!.text === '—' || toks[p]!.text === '--')) p--;
  const start = toks[sStart]!;
  if (p <= sStart) return null;
  // An adverbial opener with no verb is no content: "Earlier this week on television, Erdogan said".
  if (start.pos === 'ADV' || start.pos === 'ADP') {
    let clause = false;
    for (let j = Math.max(sStart, p - MAX_REACH); j <= p && !clause; j++) clause = toks[j]!.pos === 'VERB' || toks[j]!.pos === 'AUX';
    if (!clause) return null;
  }
  return { start: start.start, end: toks[p]!.end };
}

/**
 * A quotation introduced by a colon: "Cruz called them on it: “…”", "Clinton released the following
 * statement: “…”". The verb phrase before the colon is the cue, its subject the source, whatever the verb.
 */
export function colonQuotations(doc: Doc, quotations: QuotationIndex, claimed: readonly Found[]): Found[] {
  const toks = doc.tokens;
  const out: Found[] = [];
  const taken = new SpanBuckets<Found>();
  for (const f of claimed) taken.add(f.content, f);
  for (const q of quotations.all) {
    const lead = doc.text.slice(Math.max(0, q.start - 3), q.start);
    if (!/:\s*$/.test(lead)) continue;
    if (taken.overlapping(q.start, q.end).length) continue;
    let colon = q.start - 1;
    while (colon > 0 && /\s/.test(doc.text[colon]!)) colon--;
    let c = Math.min(toks.length - 1, tokenIndexAt(doc, colon));
    while (c > 0 && toks[c]!.start > colon) c--;
    if (toks[c]?.text !== ':') continue;
    const s = toks[c]!.sentence;
    let v = -1;
    for (let j = c - 1; j >= 0 && toks[j]!.sentence === s && c - j <= 10; j--) {
      if (toks[j]!.pos === 'VERB') {
        v = j;
        break;
      }
    }
    if (v < 0) {
      // "- Carl Bialik: “…”", "More from Jones: “…”", "Here’s Clinton in 1992: “…”": a name right
      // before the colon, with no verb, is the speaker and the colon the cue.
      const named = namedBeforeColon(toks, c);
      if (named) out.push(finish(doc, { cue: { start: toks[c]!.start, end: toks[c]!.end }, source: span(toks, named), viaSpan: null, content: { start: q.start, end: q.end }, rule: 'colon-name' }, quotations));
      continue;
    }
    let sStart = v;
    while (sStart > 0 && toks[sStart - 1]!.sentence === s) sStart--;
    const gs = groupStart(toks, v, sStart);
    const source = phraseBefore(toks, gs, sStart);
    if (!source) continue;
    out.push(finish(doc, { cue: { start: toks[gs]!.start, end: toks[c]!.end }, source: span(toks, source), viaSpan: null, content: { start: q.start, end: q.end }, rule: 'colon-quotation' }, quotations));
  }
  return out;
}

/**
 * The noun phrase right before colon c, when it holds a name and no verb stands between the phrase
 * and the colon ("Pollsters agree - Carl Bialik:", "More from Blumenthal and Cohen:", "Clinton in December 1992:").
 */
function namedBeforeColon(toks: readonly Token[], c: number): Range | null {
  let sStart = c;
  while (sStart > 0 && c - sStart < 12 && toks[sStart - 1]!.sentence === toks[c]!.sentence) sStart--;
  let end = c;
  // "Clinton in December 1992", "Mukasey at the convention": a time or a place after the name.
  for (let j = c - 1; j > sStart && c - j <= 5; j--) {
    if (toks[j]!.pos === 'ADP' && /^(in|at|on)$/.test(lower(toks[j]))) {
      end = j;
      break;
    }
  }
  let np = phraseBefore(toks, end, sStart);
  // "More from Blumenthal and Cohen": the names after a preposition.
  if (!np) {
    let from = end;
    while (from - 1 >= sStart && end - from < 6 && (toks[from - 1]!.pos === 'PROPN' || (lower(toks[from - 1]) === 'and' && toks[from - 2]?.pos === 'PROPN'))) from--;
    if (from < end && toks[from]!.pos === 'PROPN') np = { from, to: end - 1 };
  }
  // "…,” by Times' Michael Paulson: “…”": an excerpt's author is no speaker; a long phrase is no label.
  if (!np || np.to - np.from > 6) return null;
  for (let j = np.from - 1; j >= sStart && j >= np.from - 5; j--) if (lower(toks[j]) === 'by') return null;
  let name = false;
  for (let j = np.from; j <= np.to; j++) if (toks[j]!.pos === 'PROPN') name = true;
  if (!name) return null;
  for (let j = np.to + 1; j < c; j++) if (toks[j]!.pos === 'VERB' || toks[j]!.pos === 'AUX') return null;
  return np;
}

// Nouns of a point of view in "in his view", "in Forbes' words", "in her opinion".
const VIEW_NOUNS = new Set(['view', 'opinion', 'estimation', 'judgment', 'judgement', 'words', 'eyes', 'mind', 'telling', 'assessment', 'reckoning']);

/**
 * "In his view, the deal was a mistake", "The plan, in Professor Knittel's view, would fail": the
 * point of view's noun is the cue, its possessor the source (a noun's possessor, as in "his claim
 * that"), the clause around the phrase the content.
 */
function inOnesView(doc: Doc, k: number, quotations: QuotationIndex): Found | null {
  const toks = doc.tokens;
  const s = toks[k]!.sentence;
  let p = k - 1;
  while (p > 0 && toks[p]!.pos === 'ADJ') p--;
  let source: Range | null = null;
  let open = -1;
  if (POSSESSIVE_PRONOUNS.has(lower(toks[p]))) {
    source = { from: p, to: p };
    open = p - 1;
  } else if (toks[p]!.text === '’s' || toks[p]!.text === "'s" || toks[p]!.text === '’' || toks[p]!.text === "'") {
    let from = p;
    while (from - 1 >= 0 && toks[from - 1]!.sentence === s && p - from < 6 && (toks[from - 1]!.pos === 'PROPN' || toks[from - 1]!.pos === 'NOUN' || toks[from - 1]!.pos === 'DET')) from--;
    if (from === p) return null;
    source = { from, to: p - 1 };
    open = from - 1;
  }
  if (!source || open < 0 || lower(toks[open]) !== 'in' || toks[open]!.sentence !== s) return null;
  let sStart = open;
  while (sStart > 0 && toks[sStart - 1]!.sentence === s && open - sStart < MAX_REACH) sStart--;
  let sEnd = k + 1;
  while (sEnd < toks.length && toks[sEnd]!.sentence === s && sEnd - k < MAX_REACH) sEnd++;
  let content: CharSpan | null = null;
  if (open === sStart || (toks[open - 1]?.pos === 'CCONJ' && open - 1 === sStart)) {
    // "In his view, …": the clause after the comma.
    let j = k + 1;
    while (j < sEnd && toks[j]!.text === ',') j++;
    if (j < sEnd) content = { start: toks[j]!.start, end: clauseEnd(doc, j, sEnd) };
  } else if (toks[open - 1]?.text === ',' && toks[k + 1]?.text === ',' && k + 2 < sEnd) {
    // "The plan, in X's view, would fail": the subject before and the predicate after.
    content = { start: toks[sStart]!.start, end: clauseEnd(doc, k + 2, sEnd) };
  } else if (toks[open - 1]?.text === ',' && (k + 1 >= sEnd || isFullStop(toks, k + 1) || toks[k + 1]!.text === '.')) {
    // "…, in his view.": the clause before.
    content = { start: toks[sStart]!.start, end: toks[open - 2]?.end ?? toks[open - 1]!.start };
  }
  if (!content || content.end <= content.start) return null;
  return finish(doc, { cue: { start: toks[open]!.start, end: toks[k]!.end }, source: span(toks, source), viaSpan: null, content, rule: 'in-view:noun' }, quotations);
}

// Nouns of the lexicon that, after a possessive, PolNeAR seldom reads as attributions ("his plans for
// the weekend", "her call with the president"; 1 of 10 on PolNeAR train): left to the light verbs.
// Nouns of a standing view rather than an act ("his stance on trade", "her position on guns", "their
// support for the bill", "his vision for the party"): a topic, seldom an attribution (6 of 27 on train).
const PLAIN_NOUNS = new Set(['plan', 'call', 'stance', 'position', 'support', 'vision', 'idea', 'expectation']);
const NOUN_LINKS = new Set(['that', ':']);
// Nouns of deciding, promising and wanting whose possessor's intention is a to-infinitive ("her
// decision to run", "his refusal to debate", "Trump's pledge to build"): the content opens at "to".
// Nouns of trying and readiness ("his efforts to", "her willingness to", "a plan to") are mostly
// not attributions on PolNeAR train (5 of 27) and are left out.
const INFINITIVE_NOUNS = new Set([
  'decision', 'refusal', 'promise', 'pledge', 'vow', 'proposal', 'call', 'reluctance', 'unwillingness', 'desire', 'intention',
  'threat', 'demand', 'order', 'hope',
]);
// Prepositions after a noun of stance that introduce its object: "his criticism of", "her support for".
const NOUN_OBJECT_LINKS = new Set(['of', 'for', 'about', 'on', 'against', 'over', 'toward', 'towards']);
const ADJECTIVE_LINKS = new Set(['that', 'of', 'about', 'to', 'on', 'with', 'in', 'for']);

/**
 * Attributions carried by a noun or an adjective: "his claim that …", "Trump’s call for …" (the
 * possessor is the source), "Clinton was critical of …" (the subject of "be" is the source).
 */
export function nominalCues(doc: Doc, quotations: QuotationIndex): Found[] {
  const toks = doc.tokens;
  const out: Found[] = [];
  for (let k = 1; k + 1 < toks.length; k++) {
    const t = toks[k]!;
    if (t.pos === 'NOUN' && VIEW_NOUNS.has(t.lemma) && !quotations.holding(t.start)) {
      const f = inOnesView(doc, k, quotations);
      if (f) out.push(f);
      continue;
    }
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') continue;
    const lemma = t.lemma;
    const link = toks[k + 1]!;
    const lw = lower(link);
    const infinitive = t.pos === 'NOUN' && INFINITIVE_NOUNS.has(lemma) && lw === 'to' && (toks[k + 2]?.pos === 'VERB' || toks[k + 2]?.pos === 'AUX');
    const isNoun = t.pos === 'NOUN' && ((CUE_NOUNS.has(lemma) && !PLAIN_NOUNS.has(lemma)) || infinitive);
    const isAdjective = t.pos === 'ADJ' && CUE_ADJECTIVES.has(lemma);
    if (!isNoun && !isAdjective) continue;
    if (link.sentence !== t.sentence || quotations.holding(t.start)) continue;
    let sStart = k;
    while (sStart > 0 && k - sStart < MAX_REACH && toks[sStart - 1]!.sentence === t.sentence) sStart--;
    let sEnd = k + 1;
    while (sEnd < toks.length && sEnd - k < MAX_REACH && toks[sEnd]!.sentence === t.sentence) sEnd++;
    if (isNoun && (NOUN_LINKS.has(lw) || NOUN_OBJECT_LINKS.has(lw) || infinitive)) {
      // The possessor: "his", "Trump’s", "the campaign’s", with adjectives between ("his repeated claims").
      let p = k - 1;
      // A past participle there modifies the noun too ("his repeated claims", read as a verb).
      while (p > sStart && (toks[p]!.pos === 'ADJ' || (toks[p]!.pos === 'VERB' && /ed$/.test(toks[p]!.text)))) p--;
      let source: Range | null = null;
      if (POSSESSIVE_PRONOUNS.has(lower(toks[p]))) source = { from: p, to: p };
      else if (toks[p]!.text === '’s' || toks[p]!.text === "'s") {
        const owner = phraseBefore(toks, p, sStart);
        if (owner) source = { from: owner.from, to: p };
      }
      if (!source) continue;
      const from = infinitive ? k + 1 : k + 2;
      if (from >= sEnd) continue;
      let end = lw === 'that' || lw === ':' || infinitive ? clauseEnd(doc, from, sEnd) : phraseEnd(doc, from, sEnd);
      // "praise for Putin angered …": the object is the noun phrase, not the clause it opens.
      // "Her refusal to debate the governor angered …": in the subject, the infinitive ends with its object.
      if (infinitive && !toks.slice(sStart, p).some((u) => u.pos === 'VERB' || u.pos === 'AUX')) {
        const obj = phraseAfter(toks, from + 2, sEnd);
        end = Math.min(end, toks[obj ? obj.to : from + 1]!.end);
      }
      if (NOUN_OBJECT_LINKS.has(lw) && !infinitive) {
        // "his remarks on Saturday": a date after the preposition is when, not what about.
        if (timexOpening(doc, from)) continue;
        const np = phraseAfter(toks, from, sEnd);
        if (!np) continue;
        end = Math.min(end, toks[np.to]!.end);
      }
      const start = lw === 'that' ? link.start : toks[from]!.start;
      out.push(finish(doc, { cue: { start: toks[p + 1]!.start, end: (lw === 'that' || infinitive ? t : link).end }, source: span(toks, source), viaSpan: null, content: { start, end }, rule: 'noun' }, quotations));
      continue;
    }
    if (isAdjective && ADJECTIVE_LINKS.has(lw)) {
      let b = k - 1;
      while (b > sStart && (toks[b]!.pos === 'ADV' || lower(toks[b]) === 'not' || lower(toks[b]) === 'n’t' || lower(toks[b]) === "n't")) b--;
      if (toks[b]!.lemma.toLowerCase() !== 'be' && toks[b]!.lemma.toLowerCase() !== 'remain' && toks[b]!.lemma.toLowerCase() !== 'seem') continue;
      const gs = groupStart(toks, b, sStart);
      const source = phraseBefore(toks, gs, sStart);
      if (!source || (source.from === source.to && /^(it|there|this|that)$/.test(lower(toks[source.from])))) continue;
      const from = lw === 'that' || lw === 'to' ? k + 1 : k + 2;
      if (from >= sEnd) continue;
      const end = lw === 'that' || lw === 'to' ? clauseEnd(doc, from, sEnd) : phraseEnd(doc, from, sEnd);
      out.push(finish(doc, { cue: { start: toks[gs]!.start, end: (lw === 'that' || lw === 'to' ? t : link).end }, source: span(toks, source), viaSpan: null, content: { start: toks[from]!.start, end }, rule: 'adjective' }, quotations));
    }
  }
  return out;
}

// Labels that open a line with a colon but name no speaker.
const NON_SPEAKER_LABELS = /^(update|updated|photo|photos|image|video|watch|read|read more|related|note|editor's note|editor’s note|correction|source|sources|credit|follow|subscribe|click|listen|see|also|warning|breaking|exclusive|live|full text|transcript|q|a|question|answer|twitter|byline|contributing|email|e-mail|paid notice|the latest|wow)$/i;

// A transcript quoted as a block opens each turn with a quotation mark: "\"PENCE: …".
const SPEAKER_LINE = /([ \t]*["“]?)([\p{Lu}][\p{L}.’'\- ]{0,40}?)([ \t]*):[ \t]+(\S[^\n]*)$/muy;

/**
 * A line that opens with a short name and a colon: a transcript turn ("PENCE: Well, …") or a
 * headline's speaker ("Poll: Wealthy Voters …"). The colon is the cue.
 */
export function speakerLines(doc: Doc, quotations: QuotationIndex): Found[] {
  const out: Found[] = [];
  const lines: { label: string; start: number; colon: number; content: CharSpan }[] = [];
  // How many lines each label in capitals opens.
  const capitals = new Map<string, number>();
  const text = doc.text;
  // Tried at line starts only (sticky), not at every offset of the text.
  // The next colon of the text, found once per colon rather than once per line.
  let nextColon = -1;
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    if (nextColon < at) {
      const c = text.indexOf(':', at);
      nextColon = c < 0 ? Infinity : c;
    }
    // The label and its colon come within the line's first few dozen characters: most lines have none.
    if (nextColon > lineEnd || nextColon - at > 64) {
      at = lineEnd + 1;
      continue;
    }
    SPEAKER_LINE.lastIndex = at;
    const m = SPEAKER_LINE.exec(text);
    at = lineEnd + 1;
    if (!m) continue;
    const label = m[2]!.trim();
    const words = label.split(/\s+/);
    if (words.length > 5 || NON_SPEAKER_LABELS.test(label) || !words.every((w) => /^[\p{Lu}]/u.test(w) || /^(of|the|and|de|van|von)$/.test(w))) continue;
    const start = m.index + m[1]!.length;
    const colon = start + m[2]!.length + m[3]!.length;
    const contentStart = doc.text.indexOf(m[4]!, colon);
    // "Sanders: 1,547", a delegate count.
    if (!/\p{L}/u.test(m[4]!)) continue;
    lines.push({ label, start, colon, content: { start: contentStart, end: contentStart + m[4]!.length } });
    if (!/\p{Ll}/u.test(label)) capitals.set(label, (capitals.get(label) ?? 0) + 1);
  }
  for (const { label, start, colon, content } of lines) {
    // "Iowa: Tim Albrecht, Brad Anderson, …", a list under a place; but a label in capitals that opens
    // several lines is a transcript's speaker, whatever the recognizer made of it ("TAPPER", "FALLIN").
    if ((capitals.get(label) ?? 0) < 2 && placeLabel(doc, start, start + label.length)) continue;
    const f = finish(doc, { cue: { start: colon, end: colon + 1 }, source: { start, end: start + label.length }, viaSpan: null, content, rule: 'speaker-line' }, quotations);
    if (f.content.end > f.content.start) out.push(f);
  }
  return out;
}

/** A label that is all one place's name ("Iowa", "South Carolina"): a heading, not a speaker. */
function placeLabel(doc: Doc, start: number, end: number): boolean {
  return doc.mentions.some((m) => m.start === start && m.end === end && (m.type === 'LOCATION' || m.type === 'COUNTRY'));
}

// A dash and a short name closing the line after a quotation: "“…” ― Jorge Falcon" (spaces may be no-break).
const SIGNATURE = /^[ \t\u00a0]*(?:[―—–]|--)[ \t\u00a0]*([\p{Lu}][\p{L}.’'\- ]{0,50}?)[ \t\u00a0]*\.?[ \t\u00a0]*(?:\n|$)/u;
// A closing mark and a dash: where a signature may start even when the line's quotation was not paired.
const SIGNED_CLOSE = /[”"][ \t\u00a0]*(?:[―—–]|--)/g;

/** Quotations signed like epigraphs, "“…” ― Name": the dash is the cue, the name the source. */
export function signedQuotations(doc: Doc, quotations: QuotationIndex): Found[] {
  const out: Found[] = [];
  const signed = (start: number, end: number) => {
    const m = SIGNATURE.exec(doc.text.slice(end, end + 80));
    if (!m || m[1]!.split(/\s+/).length > 5) return;
    const dash = end + m[0].search(/[―—–-]/);
    const from = end + m[0].indexOf(m[1]!);
    out.push(finish(doc, { cue: { start: dash, end: dash + (doc.text.startsWith('--', dash) ? 2 : 1) }, source: { start: from, end: from + m[1]!.trimEnd().length }, viaSpan: null, content: { start, end }, rule: 'signature' }, quotations));
  };
  const ends = new Set<number>();
  for (const q of quotations.all) {
    ends.add(q.end);
    if (!q.closed) continue;
    const c = doc.text.charCodeAt(q.end + (doc.text[q.end] === ' ' || doc.text[q.end] === '\u00a0' ? 1 : 0));
    // Most quotations are followed by other text: only a dash can open a signature.
    if (c !== 0x2015 && c !== 0x2014 && c !== 0x2013 && c !== 0x2d) continue;
    signed(q.start, q.end);
  }
  // A line that is all one quotation whose opening mark is written as a closing one ("”Fear. …” ― Name"):
  // the marks were not paired, and the line from its first mark is the content.
  for (const m of doc.text.matchAll(SIGNED_CLOSE)) {
    const end = m.index + 1;
    if (ends.has(end)) continue;
    const lineStart = doc.text.lastIndexOf('\n', m.index) + 1;
    if (end - lineStart < 3 || !/^[”“"]/.test(doc.text.slice(lineStart, lineStart + 1))) continue;
    signed(lineStart, end);
  }
  return out;
}

// Verbs that attribute through a noun of speech: "made the case that", "issued a statement saying", "voiced concern over".
const LIGHT_VERBS = new Set(['make', 'give', 'issue', 'express', 'raise', 'offer', 'voice', 'deliver', 'release', 'post', 'send', 'lay', 'share']);
const LIGHT_LINKS = new Set(['that', ':', 'about', 'over', 'on', 'for', 'of']);

/** A light verb with a speech noun: the verb phrase up to the noun is the cue, its subject the source. */
function lightVerbCue(doc: Doc, k: number, sents: Sentences, quotations: QuotationIndex): Found | null {
  const toks = doc.tokens;
  const s = toks[k]!.sentence;
  const sStart = sents.first[s]!;
  const sEnd = sents.end[s]!;
  let n = -1;
  for (let j = k + 1; j < Math.min(sEnd, k + 5); j++) {
    const u = toks[j]!;
    if (u.pos === 'NOUN' && (CUE_NOUNS.has(u.lemma) || u.lemma === 'case' || u.lemma === 'point')) {
      n = j;
      break;
    }
    if (lower(u) === 'clear' && toks[j + 1] && lower(toks[j + 1]) === 'that') {
      n = j;
      break;
    }
    if (u.pos !== 'DET' && u.pos !== 'ADJ' && u.pos !== 'ADV' && u.pos !== 'NUM' && u.pos !== 'PRON') return null;
  }
  if (n < 0 || n + 1 >= sEnd) return null;
  const link = lower(toks[n + 1]);
  if (!LIGHT_LINKS.has(link)) return null;
  const gs = groupStart(toks, k, sStart);
  const source = phraseBefore(toks, gs, sStart);
  if (!source) return null;
  const from = link === 'that' ? n + 1 : n + 2;
  if (from >= sEnd) return null;
  const end = link === 'that' || link === ':' ? clauseEnd(doc, from, sEnd) : phraseEnd(doc, from, sEnd);
  const cueEnd = link === 'that' ? toks[n]!.end : toks[n + 1]!.end;
  return finish(doc, { cue: { start: toks[gs]!.start, end: cueEnd }, source: span(toks, source), viaSpan: null, content: { start: toks[from]!.start, end }, rule: 'light-verb' }, quotations);
}

// Adverbs that attribute the clause to an unnamed source ("is reportedly spending").
const HEARSAY_ADVERBS = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'reputedly']);

/**
 * "The group is reportedly spending $1.5 million": the clause is hearsay with no named source. Only
 * in a sentence no other cue claimed, where the adverb is the one sign of an attribution.
 */
export function hearsayAdverbs(doc: Doc, quotations: QuotationIndex, claimed: readonly Found[]): Found[] {
  const toks = doc.tokens;
  const out: Found[] = [];
  // The adverbs are rare: most articles have none, and need no index of the claimed sentences.
  if (!toks.some((t) => t.pos === 'ADV' && HEARSAY_ADVERBS.has(lower(t)))) return out;
  const taken = new Set<number>();
  for (const f of claimed) taken.add(toks[tokenIndexAt(doc, f.cue.start)]?.sentence ?? -1);
  let sStart = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (k > 0 && toks[k - 1]!.sentence !== t.sentence) sStart = k;
    if (t.pos !== 'ADV' || !HEARSAY_ADVERBS.has(lower(t)) || taken.has(t.sentence) || quotations.holding(t.start)) continue;
    let sEnd = k + 1;
    while (sEnd < toks.length && toks[sEnd]!.sentence === t.sentence && sEnd - k < MAX_REACH) sEnd++;
    const from = Math.max(sStart, k - MAX_REACH);
    if (from >= k && k + 1 >= sEnd) continue;
    taken.add(t.sentence);
    out.push(finish(doc, { cue: { start: t.start, end: t.end }, source: null, viaSpan: null, content: { start: toks[from]!.start, end: toks[sEnd - 1]!.end }, rule: 'hearsay' }, quotations));
  }
  return out;
}

// Verbs of seeming: an attribution with no source ("the deal seemed to collapse", "it appears that").
const SEEMING = new Set(['seem', 'appear']);

/**
 * "X seemed to be shrinking", "X appears ready to …", "it seems that …": the author's or an unnamed
 * perception, which PolNeAR annotates with no source. The subject and the complement are the content.
 */
function seemingCue(doc: Doc, k: number, sents: Sentences, quotations: QuotationIndex): Found | null {
  const toks = doc.tokens;
  const s = toks[k]!.sentence;
  const sStart = sents.first[s]!;
  const sEnd = sents.end[s]!;
  const gs = groupStart(toks, k, sStart);
  let c = k + 1;
  while (c < sEnd && toks[c]!.pos === 'ADV') c++;
  if (c >= sEnd) return null;
  const next = toks[c]!;
  const cue: CharSpan = { start: toks[gs]!.start, end: toks[k]!.end };
  const subject = phraseBefore(toks, gs, sStart);
  const empty = subject && subject.from === subject.to && /^(it|there)$/.test(lower(toks[subject.from]));
  // "it seems that …", "it seemed as if …", "it seems like no one …", "it may seem easy to …".
  const like = lower(next) === 'like';
  if (lower(next) === 'that' || (lower(next) === 'as' && lower(toks[c + 1]) === 'if') || (empty && (like || next.pos === 'ADJ'))) {
    if (!empty) return null;
    return finish(doc, { cue, source: null, viaSpan: null, content: { start: next.start, end: clauseEnd(doc, c, sEnd) }, rule: 'seeming' }, quotations);
  }
  const infinitive = lower(next) === 'to' && (toks[c + 1]?.pos === 'VERB' || toks[c + 1]?.pos === 'AUX');
  // "seemed unperturbed", "appeared paralyzed", "seems like a fair idea", "seemed an insult": the
  // complement of a verb of seeming ("appeared" alone, or before a place, is being seen).
  const participle = next.pos === 'VERB' && /ed$/.test(next.text) && lower(toks[c + 1]) !== 'by';
  const adjective = next.pos === 'ADJ' || participle || like || (next.pos === 'DET' && toks[k]!.lemma === 'seem' && toks[c + 1]?.pos !== 'VERB');
  if (!subject || empty || !(infinitive || adjective)) return null;
  return finish(doc, { cue, source: null, viaSpan: null, content: { start: toks[subject.from]!.start, end: clauseEnd(doc, c, sEnd) }, rule: 'seeming' }, quotations);
}

/** The words from `from` up to the next comma, semicolon, bracket or the sentence end, when they are few. */
function sourceUpToPunctuation(toks: readonly Token[], from: number, sEnd: number): Range | null {
  let j = from;
  while (j < sEnd && j - from < 12 && !/^[,;:.()“”"—]$/.test(toks[j]!.text)) j++;
  if (j === from || j - from >= 12 || !toks.slice(from, j).some((u) => u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'PRON')) return null;
  return { from, to: j - 1 };
}

/** "According to X, …" and "…, according to X." */
// Object pronouns: "To them, …".
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
// How far a relative clause after the source of "To X, …" may run before its closing comma.
const VIEWPOINT_RELATIVE_REACH = 25;

/**
 * "To Frank, issues of racial justice get attention …", "To Sexton, who has studied Trump rallies,
 * Tuesday marked a turning point": "To" and a person opening the sentence, then a comma and a clause,
 * gives that person's view of the clause, like "according to" (PolNeAR train: 7 of 10 such gold). The
 * person is a name or a pronoun ("To them, …"); "To date", "To be sure", "To that end" name no one.
 */
function viewpointTo(doc: Doc, k: number, sents: Sentences, quotations: QuotationIndex): Found | null {
  const toks = doc.tokens;
  const sEnd = sents.end[toks[k]!.sentence]!;
  const first = toks[k + 1];
  if (!first || k + 1 >= sEnd) return null;
  const src = OBJECT_PRONOUNS.has(lower(first)) ? { from: k + 1, to: k + 1 } : phraseAfter(toks, k + 1, sEnd);
  if (!src) return null;
  // A name before any apposition ("To date, 14 Catholics, six Orthodox …" names no one), or a pronoun.
  let named = OBJECT_PRONOUNS.has(lower(first));
  for (let j = src.from; j <= src.to && toks[j]!.text !== ','; j++) if (toks[j]!.pos === 'PROPN') named = true;
  if (!named) return null;
  let comma = src.to + 1;
  // "To Sexton, who has made something of a study of Trump rallies, …": the relative clause is the source's.
  if (toks[comma]?.text === ',' && RELATIVE_WORDS.has(lower(toks[comma + 1]))) {
    comma += 2;
    while (comma < sEnd && comma < src.to + VIEWPOINT_RELATIVE_REACH && toks[comma]!.text !== ',') comma++;
  }
  if (comma + 1 >= sEnd || toks[comma]!.text !== ',' || !clauseStartsAt(toks, comma + 1, sEnd)) return null;
  const source = { start: toks[src.from]!.start, end: toks[comma - 1]!.end };
  const content = { start: toks[comma + 1]!.start, end: clauseEnd(doc, comma + 1, sEnd) };
  return finish(doc, { cue: { start: toks[k]!.start, end: toks[k]!.end }, source, viaSpan: null, content, rule: 'to-view:according-to' }, quotations);
}

function accordingTo(doc: Doc, k: number, sents: Sentences, quotations: QuotationIndex): Found | null {
  const toks = doc.tokens;
  if (lower(toks[k + 1]) !== 'to') return null;
  const s = toks[k]!.sentence;
  const sStart = sents.first[s]!;
  const sEnd = sents.end[s]!;
  // "according to exit polls", "according to complete returns": what follows "to" is the source,
  // even where the tagger read a word of it as a verb.
  let src = phraseAfter(toks, k + 2, sEnd) ?? sourceUpToPunctuation(toks, k + 2, sEnd);
  if (!src) return null;
  const leading = k === sStart || (k - sStart < 6 && toks.slice(sStart, k).every((u) => u.pos === 'CCONJ' || u.pos === 'ADV' || u.text === ','));
  // "According to a survey published in 2017 by the society, 84% …": before the comma, all of it is the source.
  const upToComma = leading ? sourceUpToPunctuation(toks, k + 2, sEnd) : null;
  if (upToComma && upToComma.to > src.to && toks[upToComma.to + 1]?.text === ',') src = upToComma;
  const cue = { start: toks[k]!.start, end: toks[k + 1]!.end };
  const source = { start: toks[src.from]!.start, end: toks[src.to]!.end };
  let content: CharSpan | null = null;
  if (leading) {
    let j = src.to + 1;
    while (j < sEnd && toks[j]!.text === ',') j++;
    if (j < sEnd) content = { start: toks[j]!.start, end: clauseEnd(doc, j, sEnd) };
  } else {
    let p = k - 1;
    while (p > sStart && toks[p]!.text === ',') p--;
    content = { start: toks[Math.max(sStart, p - MAX_REACH)]!.start, end: toks[p]!.end };
    // "… and, according to X, …": the clause goes on after the source.
  }
  if (!content || content.end <= content.start) return null;
  return finish(doc, { cue, source, viaSpan: null, content, rule: 'according-to' }, quotations);
}

const SUBORDINATORS = new Set(['when', 'while', 'though', 'although', 'despite', 'depending', 'as', 'if', 'because', 'since', 'after', 'before', 'unless', 'whether']);
// Nouns of polling whose findings PolNeAR attributes to them with the cue "in".
const POLL_NOUNS = new Set(['poll', 'survey', 'polling']);

/** The words after "in" up to a poll noun, when they are all words of a name or a noun phrase ("an NBC News/Wall Street Journal poll"). */
function pollPhrase(toks: readonly Token[], from: number, sEnd: number): Range | null {
  for (let j = from; j < Math.min(sEnd, from + 12); j++) {
    const u = toks[j]!;
    if ((u.pos === 'NOUN' || u.pos === 'PROPN') && POLL_NOUNS.has(u.lemma.toLowerCase())) return j > from || u.pos === 'NOUN' ? { from, to: j } : null;
    const ok = u.pos === 'DET' || u.pos === 'ADJ' || u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'NUM' || u.text === '/' || u.text === '-' || u.text === '’s' || u.text === "'s" || /^\p{Lu}/u.test(u.text);
    if (!ok) return null;
  }
  return null;
}

/**
 * "In a Des Moines Register poll, Mr. Cruz had a 10-point lead", "Kasich was at 25 percent in the
 * most recent Fox poll": a poll is the source of the finding in its clause, "in" the cue.
 */
function inPoll(doc: Doc, k: number, sents: Sentences, quotations: QuotationIndex): Found | null {
  const toks = doc.tokens;
  const s = toks[k]!.sentence;
  const sStart = sents.first[s]!;
  const sEnd = sents.end[s]!;
  if (quotations.holding(toks[k]!.start)) return null;
  const src = phraseAfter(toks, k + 1, sEnd) ?? pollPhrase(toks, k + 1, sEnd);
  if (!src) return null;
  // The poll heads the phrase: its last noun before any "of"/"in" ("the most recent Fox poll", "most surveys").
  let head = -1;
  // "a Des Moines Register poll last month", "an NBC News/Wall Street Journal poll": a time noun may
  // follow the poll, a slash join the pollsters.
  for (let j = k + 1; j <= src.to; j++) {
    const u = toks[j]!;
    if (u.pos === 'ADP' || (u.pos === 'PUNCT' && u.text !== '/' && u.text !== '-')) break;
    if ((u.pos === 'NOUN' || u.pos === 'PROPN') && (head < 0 || !POLL_NOUNS.has(toks[head]!.lemma.toLowerCase()))) head = j;
  }
  if (head < 0 || !POLL_NOUNS.has(toks[head]!.lemma.toLowerCase())) {
    // A pollster's name the tagger split ("NBC News / Wall Street Journal", "Des Moines Register" read as a verb).
    const alt = pollPhrase(toks, k + 1, sEnd);
    if (!alt) return null;
    src.to = alt.to;
    head = alt.to;
  }
  // A poll of its own ("a Des Moines Register poll", "recent polls from Quinnipiac"), not the polls
  // at large ("leads in the polls", "slid in national polls"): those PolNeAR seldom annotates.
  const plural = toks[head]!.text.toLowerCase() !== toks[head]!.lemma.toLowerCase();
  if (plural && !toks.slice(k + 1, src.to + 1).some((u) => u.pos === 'PROPN')) return null;
  const cue = { start: toks[k]!.start, end: toks[k]!.end };
  const source = { start: toks[k + 1]!.start, end: toks[src.to]!.end };
  let content: CharSpan | null = null;
  const leading = k === sStart || (k - sStart < 6 && toks.slice(sStart, k).every((u) => u.pos === 'CCONJ' || u.pos === 'ADV' || u.text === ','));
  if (leading) {
    let j = src.to + 1;
    // "In a poll released Monday, …": the participle's words up to the comma belong to the source.
    while (j < sEnd && j - src.to < 8 && toks[j]!.text !== ',') j++;
    if (j >= sEnd || toks[j]!.text !== ',') return null;
    source.end = toks[j - 1]!.end;
    j++;
    if (j < sEnd) content = { start: toks[j]!.start, end: clauseEnd(doc, j, sEnd) };
  } else {
    let p = k - 1;
    while (p > sStart && toks[p]!.text === ',') p--;
    // "When Sanders began closing on Clinton in national polls, …": a subordinate clause is no finding.
    if (p <= sStart || SUBORDINATORS.has(lower(toks[sStart]))) return null;
    content = { start: toks[sStart]!.start, end: toks[p]!.end };
  }
  if (!content || content.end <= content.start) return null;
  return finish(doc, { cue, source, viaSpan: null, content, rule: 'in-poll' }, quotations);
}
