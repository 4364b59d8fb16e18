import type { Token } from '../../../doc/schema.js';
import { groupStart, lower, opensQuotation, phraseAfter, POSSESSIVE_DETERMINERS as POSSESSIVE_PRONOUNS } from './phrases.js';

/**
 * Words a cue verb's form takes that are no cue in their place: a noun after a possessive or in a
 * compound, a name given, backing that is owed, speaking to someone, a fall by an amount.
 */
export function noCue(toks: readonly Token[], k: number, lemma: string, sStart: number, sEnd: number): boolean {
  const t = toks[k]!;
  if (COUNT_NOUNS_TOO.has(t.text) && compoundHead(toks, k)) return true;
  if (BACKING.has(lemma) && obliged(toks, k, sStart)) return true;
  if (possessed(toks, k)) return true;
  if (t.text === 'called' && namingCall(toks, k, sStart, sEnd)) return true;
  if (lemma === 'speak' && spokeToNoTopic(toks, k, sEnd)) return true;
  return lemma === 'decline' && declineByAmount(toks, k, sEnd);
}

/**
 * "Trump's support nationwide", "Warren's comment about superdelegates", "Cruz's hopes of": a word
 * right after a possessive "'s" is the possessed noun, no verb (the nouns of saying that carry an
 * attribution, "Trump's claim that …", are the nominal cues' to find). Not "let's hope", nor the
 * "'s" of "is" or "has" after a pronoun ("it's", "that's"); nor an -ing form ("Clinton's saying so"),
 * nor an -ed one, an attributive participle the verb rules take to the clause of the noun after it
 * ("Stumpf's repeated emphasis that …", the one such on PolNeAR dev).
 */
function possessed(toks: readonly Token[], k: number): boolean {
  const s = toks[k - 1];
  const owner = toks[k - 2];
  return s !== undefined && owner !== undefined && s.sentence === toks[k]!.sentence && s.start === owner.end && /^['’]s$/.test(s.text) && (owner.pos === 'NOUN' || owner.pos === 'PROPN') && !/(ing|ed)$/.test(toks[k]!.text);
}

/** "the population has declined 40%", "sales declined by 3 percent": a fall by an amount, no refusal. */
function declineByAmount(toks: readonly Token[], k: number, sEnd: number): boolean {
  let j = k + 1;
  while (j < sEnd && toks[j]!.pos === 'ADV') j++;
  if (/^(by|from|to)$/.test(lower(toks[j]))) j++;
  while (j < sEnd && (toks[j]!.pos === 'ADV' || /^(about|nearly|almost|around|some|more|less|than)$/.test(lower(toks[j])))) j++;
  return j < sEnd && (toks[j]!.pos === 'NUM' || (toks[j]!.pos === 'SYM' && toks[j + 1]?.pos === 'NUM'));
}

/** "on (the) condition of anonymity", "on background", "on the record": how someone spoke, not about what. */
function onTerms(toks: readonly Token[], j: number): boolean {
  if (lower(toks[j]) !== 'on') return false;
  const w = lower(toks[j + 1]) === 'the' ? lower(toks[j + 2]) : lower(toks[j + 1]);
  return w === 'condition' || w === 'conditions' || w === 'background' || w === 'record';
}

/**
 * "officials who spoke on the condition of anonymity", "Clinton spoke to the Planned Parenthood Action
 * Network", "Brookover spoke to reporters Thursday": speaking to someone, or on terms, says nothing of
 * what was said; "spoke to CNN about the subject" does (PolNeAR train: 3 of 13 "spoke to" and none of
 * 8 "spoke on condition" gold, the gold ones of "to" a topic, "an address that spoke to the anger").
 */
function spokeToNoTopic(toks: readonly Token[], k: number, sEnd: number): boolean {
  if (onTerms(toks, k + 1)) return true;
  if (lower(toks[k + 1]) !== 'to' || k + 2 >= sEnd) return false;
  const hearer = phraseAfter(toks, k + 2, sEnd);
  if (!hearer) return false;
  let j = hearer.to + 1;
  while (j < sEnd && j < hearer.to + 6 && (toks[j]!.pos === 'ADV' || toks[j]!.pos === 'PROPN' || toks[j]!.pos === 'NOUN' || toks[j]!.text === ',')) j++;
  const w = lower(toks[j]);
  return j >= sEnd || !((w === 'about' || w === 'of' || w === 'on') && !onTerms(toks, j));
}

/**
 * "a program called Sandy Hook Promise", "a firm called Cambridge Analytica, which …", "another called
 * i360": "called" right after a singular noun, with no auxiliary, before a name and nothing said of it,
 * is the noun's name, no one's label (PolNeAR train: 1 of 9 such is gold). "One lawmaker called
 * Trump “the orange prince”" has a second complement, and stays.
 */
function namingCall(toks: readonly Token[], k: number, sStart: number, sEnd: number): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if (!prev || !next || k - 1 < sStart || k + 1 >= sEnd || groupStart(toks, k, sStart) !== k || next.pos !== 'PROPN') return false;
  if (!((prev.pos === 'NOUN' && prev.lemma.toLowerCase() === lower(prev)) || lower(prev) === 'another')) return false;
  const name = phraseAfter(toks, k + 1, sEnd);
  const u = toks[name ? name.to + 1 : k + 2];
  return !u || name!.to + 1 >= sEnd || !(opensQuotation(u) || u.pos === 'DET' || u.pos === 'ADJ' || u.pos === 'NOUN');
}

// Verbs of backing or opposing someone or something, by vote or by word.
const BACKING = new Set(['vote', 'support', 'endorse', 'favor', 'favour', 'back', 'oppose', 'prefer']);
// Modals of obligation and advice.
const DEONTIC = new Set(['must', 'should', 'ought', 'shall']);

/**
 * "Two-thirds of senators must vote to convict", "these delegates must vote for the candidate who
 * won them", "businesses should support working mothers": backing that is owed or advised is a rule
 * or the writer's counsel, no stance the subject holds (PolNeAR train: none of 5 such is gold).
 */
function obliged(toks: readonly Token[], k: number, sStart: number, joined = false): boolean {
  const gs = groupStart(toks, k, sStart);
  for (let j = gs; j < k; j++) if (DEONTIC.has(lower(toks[j]))) return true;
  // "have to vote for", "needs to back".
  const v = toks[k - 2];
  if (lower(toks[k - 1]) === 'to' && v !== undefined && v.sentence === toks[k]!.sentence && (v.lemma === 'have' || v.lemma === 'need')) return true;
  // "should not endorse Randolph and instead support …": the modal holds for the verb joined to its own.
  let c = gs - 1;
  while (c > sStart && toks[c]!.pos === 'ADV') c--;
  if (joined || c <= sStart || !/^(and|or)$/.test(lower(toks[c]))) return false;
  for (let j = c - 1; j >= sStart && j >= c - 8; j--) if (toks[j]!.pos === 'VERB') return obliged(toks, j, sStart, true);
  return false;
}

// A base form of a cue verb that is a count noun too, head of compounds ("the award show", "a radio show"). Not
// "support" ("Clinton support 27 percent"), whose noun is as often a subject's plural verb (PolNeAR dev one worse).
const COUNT_NOUNS_TOO = new Set(['show']);
// Plurals with no -s, which a verb's base form agrees with ("Data from the survey show").
const UNMARKED_PLURALS = new Set(['data', 'people', 'police', 'media']);

/** A plural noun or name: "polls", "Democrats", "data". */
export function pluralNoun(t: Token | undefined): boolean {
  if (!t) return false;
  const w = lower(t);
  if (UNMARKED_PLURALS.has(w)) return true;
  if (t.pos === 'NOUN') return t.lemma.toLowerCase() !== w;
  return t.pos === 'PROPN' && /\p{Ll}s$/u.test(t.text);
}

/**
 * "the award show", "Apple Music show The 411", "an hourlong show": a base form after a singular
 * noun, a name or an adjective has no plural subject to agree with, so it heads a noun phrase and is
 * no verb. Unless that noun ends a phrase after a preposition or a coordinator whose own head is
 * plural ("Polls in New Hampshire show", "documents from his tax return show", "Britain and France support").
 */
function compoundHead(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  const prev = toks[k - 1];
  if (!prev || prev.sentence !== t.sentence || pluralNoun(prev) || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN' && prev.pos !== 'ADJ')) return false;
  let b = k - 1;
  for (let u = toks[b - 1]; u && u.sentence === t.sentence && COMPOUND_POS.has(u.pos) && (u.pos !== 'PRON' || POSSESSIVE_PRONOUNS.has(lower(u))) && (u.pos !== 'PART' || /^['’]s$/.test(u.text)); u = toks[b - 1]) {
    // "a radio show", "every award show": a singular determiner heads a singular phrase.
    if (u.pos === 'DET' && SINGULAR_DETERMINERS.has(lower(u))) return true;
    b--;
  }
  const before = toks[b - 1];
  if (!before || before.sentence !== t.sentence || (before.pos !== 'ADP' && before.pos !== 'CCONJ')) return true;
  const head = toks[b - 2];
  if (!head || head.sentence !== t.sentence) return true;
  // "Britain and France support": names or nouns joined make a plural subject.
  if (!(pluralNoun(head) || (before.pos === 'CCONJ' && (head.pos === 'NOUN' || head.pos === 'PROPN')))) return true;
  // "one of the stars on reality television show X": a plural that is a preposition's object is no subject either.
  let h = b - 2;
  while (h - 1 >= 0 && toks[h - 1]!.sentence === t.sentence && COMPOUND_POS.has(toks[h - 1]!.pos) && toks[h - 1]!.pos !== 'PRON') h--;
  return toks[h - 1]?.sentence === t.sentence && toks[h - 1]!.pos === 'ADP';
}
// What a noun phrase before its head noun is made of.
const COMPOUND_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART', 'PRON']);
const SINGULAR_DETERMINERS = new Set(['a', 'an', 'this', 'that', 'each', 'every', 'another']);

/**
 * "It goes without saying that …", "Suffice it to say, …", "Needless to say, …", "to say the least",
 * "that is to say", "truth be told": set phrases of the writer's, in which nobody says anything.
 */
export function sayingIdiom(toks: readonly Token[], k: number): boolean {
  const p1 = lower(toks[k - 1]);
  const p2 = lower(toks[k - 2]);
  if (p1 === 'without') return toks[k - 2]?.lemma === 'go';
  if (p1 === 'be') return p2 === 'truth';
  if (p1 !== 'to') return false;
  return p2 === 'needless' || (p2 === 'it' && lower(toks[k - 3]) === 'suffice') || (p2 === 'is' && lower(toks[k - 3]) === 'that') || (lower(toks[k + 1]) === 'the' && lower(toks[k + 2]) === 'least');
}
