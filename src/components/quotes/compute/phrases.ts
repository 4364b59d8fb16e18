import type { Token } from '../../../doc/schema.js';

/**
 * Phrase boundaries over the token stream, as PolNeAR draws them: a cue keeps its verb group
 * (auxiliaries, negation, adverbs), a source is the whole noun phrase with the appositions that
 * identify it ("Sterling Pratt, wine director at Schaefer’s,"), a relative pronoun stands alone.
 */

/** Inclusive token range. */
export interface Range {
  from: number;
  to: number;
}

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const NP_LINKS = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'on', 'to', '&']);
const GROUP_ADVERB_STOP = new Set(['so', 'however', 'meanwhile', 'there', 'here', 'when', 'where', 'why', 'how']);
const RELATIVES = new Set(['who', 'which', 'that', 'whom']);
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const PERSONAL = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'it', 'one']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const CLAUSE_WORDS = new Set(['that', 'if', 'whether', 'because', 'while', 'when', 'as', 'since', 'although', 'though', 'after', 'before', 'until', 'unless', 'where']);

export const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');

/** Auxiliaries, negation and adverbs right before the cue verb ("has also said", "did not say"). */
export function groupStart(toks: readonly Token[], v: number, sentenceStart: number): number {
  let k = v;
  while (k - 1 >= sentenceStart) {
    const t = toks[k - 1]!;
    const w = lower(t);
    if (t.pos === 'AUX' || w === 'not' || w === "n't" || w === 'n’t' || w === 'never' || (t.pos === 'ADV' && !GROUP_ADVERB_STOP.has(w) && !/^\p{Lu}/u.test(t.text))) k--;
    else break;
  }
  return k;
}

// Words of quantity that take a partitive "of": "many of his supporters", "most of the aides".
const QUANTIFIERS = new Set(['many', 'some', 'most', 'all', 'few', 'several', 'none', 'each', 'both', 'any', 'much', 'half', 'one', 'two', 'three', 'majority', 'number', 'plenty', 'lot', 'lots', 'dozens', 'hundreds', 'thousands', 'millions']);
// Prepositions that open a clause, whose subject follows them: "after many countries agreed".
const CLAUSE_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'as', 'because', 'while', 'if', 'though', 'although', 'once', 'when', 'whereas', 'unless']);

// Words that make a number approximate: "about 4 in 10", "nearly nine out of 10", "those over 60".
const APPROXIMATORS = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'over', 'under', 'approximately', 'just', 'only', 'some']);

/** Whether the token can be part of a noun phrase. */
function npToken(t: Token): boolean {
  return NP_POS.has(t.pos) || POSSESSIVE.has(t.text) || t.text === '%' || t.text === '-';
}

/** A noun-phrase token at k: a dash set off by spaces is none, a capitalized word after a name is one ("Loretta E. Lynch"). */
function npTokenAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  if (t.text === '-') return toks[k - 1]?.end === t.start || toks[k + 1]?.start === t.end;
  if (npToken(t)) return true;
  const prev = toks[k - 1];
  // "the conservative-leaning newspaper", "a state-run agency": a participle joined by a hyphen is part of a compound.
  if (t.pos === 'VERB' && prev?.text === '-' && prev.end === t.start && toks[k - 2]?.end === prev.start) return true;
  if ((t.pos !== 'VERB' && t.pos !== 'ADJ') || !prev || prev.sentence !== t.sentence || !/^\p{Lu}\p{Ll}/u.test(t.text)) return false;
  if (prev.pos === 'PROPN') return true;
  // "…,” Lynch said": a capital right after a closing quotation mark is a name the tagger read as a verb.
  return prev.text === '”' || ((prev.text === '"' || prev.text === "'") && /^[,.!?']$/.test(toks[k - 2]?.text ?? ''));
}

/** Whether the words from..to hold "and" or "or" joining two of them. */
function coordinated(toks: readonly Token[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (toks[j]!.pos === 'CCONJ' && (lower(toks[j]) === 'and' || lower(toks[j]) === 'or')) return true;
  return false;
}

/** One of two apostrophes written as a quotation mark (''), not a possessive. */
function quoteApostrophe(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  if (t.text !== "'") return false;
  const prev = toks[k - 1];
  const next = toks[k + 1];
  return (prev?.text === "'" && prev.end === t.start) || (next?.text === "'" && t.end === next.start);
}

/**
 * The noun phrase that ends right before token `end` (exclusive), walking left: determiners,
 * adjectives, nouns, names, possessives, "of/for/at"-links between nouns, and appositions set off by
 * commas ("Trump, the Republican nominee,"). Null when no noun phrase ends there.
 */
export function phraseBefore(toks: readonly Token[], end: number, sentenceStart: number): Range | null {
  let k = end - 1;
  if (k < sentenceStart) return null;
  const last = toks[k]!;
  // A relative pronoun is the source on its own; coreference is the resolver's job.
  if (RELATIVES.has(lower(last)) && last.pos !== 'DET') return { from: k, to: k };
  // "Trump, the Republican nominee, said", "Lavrentiev, for his part, said": appositions set off by commas.
  if (last.text === ',') return appositionChain(toks, k, sentenceStart);
  // "Rep. Gwen Moore (D-Wis.) said": a bracketed affiliation belongs to the name before it.
  if (last.text === ')') {
    let open = k - 1;
    while (open > sentenceStart && open > k - 12 && toks[open]!.text !== '(') open--;
    if (toks[open]?.text !== '(' || open <= sentenceStart) return null;
    const head = phraseBefore(toks, open, sentenceStart);
    return head ? { from: head.from, to: k } : null;
  }
  if (!npTokenAt(toks, k) || quoteApostrophe(toks, k)) return null;
  let from = k;
  // Where the phrase stood before list items were added to it.
  let listFrom: number | undefined;
  while (from - 1 >= sentenceStart) {
    const t = toks[from - 1]!;
    const w = lower(t);
    if (npTokenAt(toks, from - 1) && !quoteApostrophe(toks, from - 1) && !(t.pos === 'PRON' && (RELATIVES.has(w) || PERSONAL.has(w)) && from - 1 !== k)) {
      from--;
      continue;
    }
    // "a spokesman for the campaign", "officials in Washington": a link between two noun parts.
    // "six in 10 voters", "one of the aides", "many of his supporters": a quantity before its noun.
    const quantity = (w === 'in' || w === 'of') && (toks[from - 2]?.pos === 'NUM' || (w === 'of' && QUANTIFIERS.has(lower(toks[from - 2]))));
    // "the editor in chief of the newspaper", "commander in chief of the forces": "chief" is the noun here.
    if (NP_LINKS.has(w) && from - 2 >= sentenceStart && (toks[from - 2]!.pos === 'NOUN' || toks[from - 2]!.pos === 'PROPN' || quantity || (lower(toks[from - 2]) === 'chief' && lower(toks[from - 3]) === 'in'))) {
      from--;
      continue;
    }
    // "a person familiar with the plans", "aides close to the senator": an adjective after its noun.
    if (NP_LINKS.has(w) && from - 3 >= sentenceStart && toks[from - 2]!.pos === 'ADJ' && (toks[from - 3]!.pos === 'NOUN' || toks[from - 3]!.pos === 'PROPN')) {
      from -= 2;
      continue;
    }
    // "the Red Cross operating in Iraq", "troops stationed in Germany": a participle and its place after the noun.
    if (t.pos === 'ADP' && !CLAUSE_PREPOSITIONS.has(w) && from - 3 >= sentenceStart && toks[from - 2]!.pos === 'VERB' && /(ing|ed)$/.test(lower(toks[from - 2])) && npTokenAt(toks, from - 3) && toks[from - 3]!.pos !== 'DET' && toks[from - 3]!.pos !== 'PRON') {
      from -= 2;
      continue;
    }
    if ((w === 'and' || w === '&') && from - 2 >= sentenceStart && (toks[from - 2]!.pos === 'PROPN' || toks[from - 2]!.pos === 'NOUN') && npToken(toks[from]!)) {
      from--;
      continue;
    }
    // "Chad, Cameroon, Gabon and Algeria have cited": the earlier items of a list the phrase ends.
    // Names only: a list of common nouns is as often the end of a clause before ("the fate of Assad, Erdogan and Biden").
    if (w === ',' && from - 2 >= sentenceStart && toks[from - 2]!.pos === 'PROPN' && !TIME_WORDS.test(toks[from - 2]!.text) && toks[from]!.pos === 'PROPN' && coordinated(toks, from, k)) {
      listFrom ??= from;
      from--;
      continue;
    }
    // "the University of Colorado at Boulder (CU Boulder) in Colorado": a bracketed short form or
    // affiliation after a noun, then a link, is inside the phrase.
    if (NP_LINKS.has(w) && toks[from - 2]?.text === ')') {
      let open = from - 3;
      while (open > sentenceStart && open > from - 16 && toks[open]!.text !== '(' && toks[open]!.text !== ')') open--;
      if (toks[open]?.text === '(' && open - 1 >= sentenceStart && (toks[open - 1]!.pos === 'PROPN' || toks[open - 1]!.pos === 'NOUN')) {
        from = open;
        continue;
      }
    }
    break;
  }
  // "Countries such as Chad, …": the list's head noun is the phrase's head.
  if (listFrom !== undefined && from - 3 >= sentenceStart && lower(toks[from - 1]) === 'as' && lower(toks[from - 2]) === 'such' && npTokenAt(toks, from - 3)) {
    from -= 3;
    while (from - 1 >= sentenceStart && npTokenAt(toks, from - 1)) from--;
  } else if (listFrom !== undefined && from > sentenceStart && toks[from - 1]!.pos === 'ADP') {
    // "In Paris, France and Germany said": items after a preposition's object are no list with it.
    from = listFrom;
  }
  // A leading preposition's object is no subject: "In a statement" ends nowhere useful.
  while (from <= k && (toks[from]!.pos === 'ADP' || NP_LINKS.has(lower(toks[from])))) from++;
  if (from > k || !toks.slice(from, k + 1).some((u) => /[\p{L}\p{N}]/u.test(u.text))) return null;
  // "About 4 in 10 say", "nearly nine out of 10 say", "those over 60 say": a quantity ending in its
  // number keeps its approximator ("about", "nearly", "over") and its "out of".
  if (toks[k]!.pos === 'NUM') {
    let f = from;
    for (;;) {
      const w = lower(toks[f - 1]);
      if (f - 1 >= sentenceStart && APPROXIMATORS.has(w)) f--;
      else if (f - 3 >= sentenceStart && w === 'of' && lower(toks[f - 2]) === 'out' && toks[f - 3]!.pos === 'NUM') f -= 3;
      else if (f - 1 >= sentenceStart && f < k + 1 && toks[f - 1]!.pos === 'DET' && APPROXIMATORS.has(lower(toks[f]))) f--;
      else break;
    }
    if (f < from) return { from: f, to: k };
  }
  // "In a meeting with the board Trump said": the phrase is a preposition's object running into
  // the subject; the subject is the name or pronoun it ends with.
  if (from > sentenceStart && toks[from - 1]!.pos === 'ADP' && !CLAUSE_PREPOSITIONS.has(lower(toks[from - 1]))) {
    let n = k;
    if (toks[k]!.pos === 'PRON') return { from: k, to: k };
    while (n - 1 >= from && toks[n - 1]!.pos === 'PROPN') n--;
    return toks[k]!.pos === 'PROPN' && n > from ? { from: n, to: k } : null;
  }
  return { from, to: k };
}

// Prepositions that open a clause whose subject may carry appositions ("As Steven M. Rosenthal, a tax lawyer, put it").
const CLAUSE_CONJUNCTIONS = new Set(['as', 'while', 'because', 'although', 'though', 'whereas', 'if', 'unless']);

// Words of time that open a sentence as a noun phrase ("Yesterday, Trump, 70, said") and name nobody.
const TIME_WORDS = /^(yesterday|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|morning|afternoon|evening|night|now|then|meanwhile|later|earlier|recently)$/i;

/**
 * The noun phrase before a chain of comma-delimited appositions ending at comma k, walking left over
 * any number of them: "Name, 67, a retired teacher, in Allentown, Pa.,", "Clinton, speaking in
 * Columbus, Ohio,", "Woodrow Benford, 58, who lives outside Minneapolis,". A part of the chain holds no
 * quotation mark and no finite verb, unless it is a relative clause; the head is the leftmost part that
 * is a whole noun phrase. Null when no part is.
 */
function appositionChain(toks: readonly Token[], k: number, sentenceStart: number): Range | null {
  let close = k;
  let head = -1;
  for (let part = 0; part < 8; part++) {
    let open = close - 1;
    let verbs = false;
    let stop = false;
    while (open >= sentenceStart && open > close - 20 && toks[open]!.text !== ',') {
      const u = toks[open]!;
      // A capitalized "verb" is a name the tagger misread ("in Charleston, West Virginia").
      // A "verb" right after a preposition is a noun the tagger misread ("Trump, in turn, cites").
      if (u.pos === 'AUX' || (u.pos === 'VERB' && !/(ing|ed)$/.test(lower(u)) && !/^\p{Lu}/u.test(u.text) && toks[open - 1]?.pos !== 'ADP')) verbs = true;
      if (u.text === '“' || u.text === '”' || u.text === '"' || u.text === ';' || u.text === ':' || quoteApostrophe(toks, open)) {
        stop = true;
        break;
      }
      open--;
    }
    if (open === close - 1) break;
    const bounded = !stop && open >= sentenceStart && toks[open]!.text === ',';
    // A relative clause may hold verbs ("Bloomberg, who is thinking about running, said"); an apposition may not.
    const relative = RELATIVES.has(lower(toks[open + 1])) || lower(toks[open + 1]) === 'whose';
    if (part === 0 && (!bounded || (verbs && !relative))) return null;
    const np = phraseBefore(toks, close, sentenceStart);
    const namesOne = np !== null && !RELATIVES.has(lower(toks[np.from])) && !toks.slice(np.from, np.to + 1).some((u) => TIME_WORDS.test(u.text));
    if (bounded && !(verbs && !relative)) {
      // A part of the chain: a noun phrase ("67", "a retired teacher", "Pa.") or a modifier ("in Allentown",
      // "speaking in Columbus", "now 81 and retired"); not a conjunction's clause ("…, but the coalition, …").
      const whole = namesOne && np!.from === open + 1;
      const w = toks[open + 1]!;
      const modifier = relative || (w.pos === 'ADP' && !CLAUSE_PREPOSITIONS.has(lower(w))) || w.pos === 'ADV' || w.pos === 'NUM' || (w.pos === 'VERB' && /(ing|ed)$/.test(lower(w)));
      if (whole || modifier) {
        if (whole) head = np!.from;
        close = open;
        continue;
      }
      // The part before the verb is no apposition: the noun phrase ending before it is the head.
      if (part === 0) {
        const h = phraseBefore(toks, open, sentenceStart);
        return h && !RELATIVES.has(lower(toks[h.from])) ? { from: h.from, to: k } : null;
      }
    }
    // The part opening the chain: a noun phrase after the sentence start, a conjunction, a clause word
    // or a quotation mark, not a preposition's or a verb's object ("In Ohio, …", "After meeting voters, …").
    const before = np ? toks[np.from - 1] : undefined;
    const object = before !== undefined && ((before.pos === 'ADP' && !CLAUSE_CONJUNCTIONS.has(lower(before))) || ((before.pos === 'VERB' || before.pos === 'AUX') && !/^\p{Lu}/u.test(before.text)));
    if (namesOne && (np!.from === sentenceStart || !object)) head = np!.from;
    break;
  }
  if (head >= 0) return { from: head, to: k };
  // No part names anyone on its own: the noun phrase ending before the first part ("In Ohio, voters, …").
  const first = firstPartOpen(toks, k, sentenceStart);
  const np = first > sentenceStart ? phraseBefore(toks, first, sentenceStart) : null;
  return np && !RELATIVES.has(lower(toks[np.from])) ? { from: np.from, to: k } : null;
}

/** The comma opening the part of an apposition chain that ends at comma k. */
function firstPartOpen(toks: readonly Token[], k: number, sentenceStart: number): number {
  let open = k - 1;
  while (open >= sentenceStart && toks[open]!.text !== ',') open--;
  return open;
}

/** The noun phrase starting at token `start`, with a following apposition ("Sen. Tim Kaine, the nominee,"). */
export function phraseAfter(toks: readonly Token[], start: number, sentenceEnd: number): Range | null {
  let k = start;
  while (k < sentenceEnd) {
    const t = toks[k]!;
    const w = lower(t);
    // A determiner after a noun starts a new phrase: "on Friday the United States is …".
    const newPhrase = k > start && t.pos === 'DET' && (toks[k - 1]!.pos === 'NOUN' || toks[k - 1]!.pos === 'PROPN');
    // "said Grant Green": a first name the tagger read as a verb or an adjective, before a name.
    const misreadName = k === start && (t.pos === 'VERB' || t.pos === 'ADJ') && /^\p{Lu}\p{Ll}/u.test(t.text) && toks[k + 1]?.pos === 'PROPN' && k + 1 < sentenceEnd;
    // "the opposing party", "the elected officials": a participle between a determiner and its noun.
    const participle = k > start && t.pos === 'VERB' && /(ing|ed)$/.test(t.text) && toks[k - 1]!.pos === 'DET' && k + 1 < sentenceEnd && (toks[k + 1]!.pos === 'NOUN' || toks[k + 1]!.pos === 'ADJ');
    // "Reporters Without Borders", "Doctors Without Borders": a capitalized preposition inside a name.
    const inName = k > start && t.pos === 'ADP' && /^\p{Lu}\p{Ll}/u.test(t.text) && toks[k - 1]!.pos === 'PROPN' && k + 1 < sentenceEnd && toks[k + 1]!.pos === 'PROPN' && t.start > toks[k - 1]!.end;
    if ((npToken(t) || misreadName || participle || inName) && !newPhrase && !(k > start && t.pos === 'PRON' && !POSSESSIVE.has(t.text) && !(POSSESSIVE_DETERMINERS.has(w) && NP_LINKS.has(lower(toks[k - 1]))))) {
      k++;
      continue;
    }
    // "some of his rivals", "one of the aides": a quantity and its "of".
    const partitive = w === 'of' && (toks[k - 1]!.pos === 'DET' || toks[k - 1]!.pos === 'NUM');
    if (NP_LINKS.has(w) && k > start && (toks[k - 1]!.pos === 'NOUN' || toks[k - 1]!.pos === 'PROPN' || partitive) && k + 1 < sentenceEnd && npToken(toks[k + 1]!)) {
      k++;
      continue;
    }
    break;
  }
  if (k === start) return null;
  let to = k - 1;
  // The apposition that identifies the source: ", a spokesman for the campaign,".
  if (k < sentenceEnd && toks[k]!.text === ',' && k + 1 < sentenceEnd && !RELATIVES.has(lower(toks[k + 1]))) {
    const app = phraseAfter(toks, k + 1, sentenceEnd);
    // Only a closed apposition: "according to X, the dam will open" has none.
    const closer = toks[app ? app.to + 1 : 0];
    if (app && toks[app.from]!.pos !== 'PRON' && (app.to + 1 >= sentenceEnd || closer?.text === ',' || closer?.text === '.' || closer?.text === ';')) to = app.to;
  }
  return { from: start, to };
}

/**
 * The subject after an inverted verb ("…,” said lead author Professor David Livermore): a noun
 * phrase, where a word the tagger read as a verb belongs to it when a name follows ("lead author
 * Professor …", "study co-author Ted Scambos": a role before a name, a given name read as a verb).
 */
export function invertedSubject(toks: readonly Token[], start: number, sentenceEnd: number): Range | null {
  const nameFollows = (k: number) => k + 1 < sentenceEnd && (toks[k + 1]!.pos === 'PROPN' || (toks[k + 1]!.pos === 'NOUN' && toks[k + 2]?.pos === 'PROPN' && k + 2 < sentenceEnd));
  const misread = (k: number) => k < sentenceEnd && toks[k]!.pos === 'VERB' && !/ing$/.test(toks[k]!.text) && nameFollows(k);
  let from = start;
  let phrase = misread(start) ? phraseAfter(toks, start + 1, sentenceEnd) : phraseAfter(toks, start, sentenceEnd);
  if (!phrase) return null;
  phrase = { from, to: phrase.to };
  // At most one more word read as a verb inside the phrase, before a name.
  if (misread(phrase.to + 1) && /^\p{Lu}/u.test(toks[phrase.to + 1]!.text)) {
    const rest = phraseAfter(toks, phrase.to + 2, sentenceEnd);
    if (rest) phrase = { from, to: rest.to };
  }
  return phrase;
}

/** Whether a clause starts at token k: a subject followed soon by a verb ("he would", "the plan is"). */
export function clauseStartsAt(toks: readonly Token[], k: number, sentenceEnd: number): boolean {
  const t = toks[k];
  if (!t || k >= sentenceEnd) return false;
  const w = lower(t);
  if (CLAUSE_WORDS.has(w) && w !== 'that') return true;
  if (!(NP_POS.has(t.pos) || t.pos === 'ADV' || t.text === '“' || t.text === '"')) return false;
  for (let j = k + 1; j < Math.min(sentenceEnd, k + 8); j++) {
    const u = toks[j]!;
    if (u.pos === 'AUX' || u.pos === 'VERB') return j > k || t.pos === 'PRON';
    if (u.pos === 'PUNCT' && u.text !== '-' && u.text !== "'" && u.text !== '’') return false;
    if (u.pos === 'ADP' && j === k + 1 && t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  }
  return false;
}

export function isOpeningQuote(t: Token | undefined): boolean {
  return !!t && (t.text === '“' || t.text === '"' || t.text === '«' || t.text === '„' || t.text === "‘");
}

/** A token that may open a quotation, the first apostrophe of an ASCII '' among them (the quotation index decides). */
export function opensQuotation(t: Token | undefined): boolean {
  return isOpeningQuote(t) || t?.text === "'" || t?.text === '`';
}
