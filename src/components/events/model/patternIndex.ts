import type { CameoCode, Kb, VerbPattern } from '../../../kb/kb.js';
import { WordFilter } from './wordFilter.js';

/** A `with` item compiled to alternatives, each a sequence of lowercased words. */
export type WordAlternatives = string[][];

export interface CompiledPattern {
  pattern: VerbPattern;
  with: WordAlternatives[];
  /** Index in the kb list: ties between equally specific patterns go to the earlier one. */
  order: number;
  /** Its `with` items in the index's `withTables`: items [withFrom, withTo). */
  withFrom: number;
  withTo: number;
}

/**
 * The `with` items of all patterns in a few flat arrays, so matching reads compact memory instead of nested
 * arrays of words (and compares word lengths before touching the words themselves).
 */
export interface WithTables {
  /** The alternatives of item i are [itemAlts[i], itemAlts[i + 1]). */
  itemAlts: Int32Array;
  /** The words of alternative a are [altWords[a], altWords[a + 1]). */
  altWords: Int32Array;
  words: string[];
  /** The first character code of each word (NaN-free: -1 for an empty word). */
  firsts: Int32Array;
}

export interface PatternIndex {
  /** Verb patterns by lemma, most specific (longest `with`) first. */
  verbs: ReadonlyMap<string, readonly CompiledPattern[]>;
  /** Noun patterns by lemma or surface form. */
  nouns: ReadonlyMap<string, readonly CompiledPattern[]>;
  /** Evaluative words ("unbearable") by lemma. */
  judgements: ReadonlyMap<string, CompiledPattern>;
  /** The kb's CAMEO table, each entry with all its fields (see `normalizeCameo`). */
  cameo: ReadonlyMap<string, CameoCode>;
  withTables: WithTables;
  /** Quick pre-tests of the keys of `verbs`, `nouns` and `judgements`. */
  verbKeys: WordFilter;
  nounKeys: WordFilter;
  judgementKeys: WordFilter;
}

function compileWith(items: string[] | undefined): WordAlternatives[] {
  return (items ?? []).map((item) => item.split('|').map((alt) => alt.toLowerCase().split(/\s+/).filter(Boolean)));
}

/**
 * A copy of a kb pattern with every field present (undefined when the kb leaves it out) in one order: patterns then
 * share one object shape, so the coder reads their fields with monomorphic property loads.
 */
function normalizePattern(p: VerbPattern): VerbPattern {
  return {
    lemma: p.lemma,
    with: p.with,
    targetPrep: p.targetPrep,
    code: p.code,
    noun: p.noun,
    object: p.object,
    locative: p.locative,
    targetCountry: p.targetCountry,
    embed: p.embed,
    needsEmbed: p.needsEmbed,
    ofRole: p.ofRole,
    judgement: p.judgement,
  } as VerbPattern;
}

/** A copy of a CAMEO entry with every field present, for the same reason. */
function normalizeCameo(c: CameoCode): CameoCode {
  return {
    code: c.code,
    name: c.name,
    goldstein: c.goldstein,
    quad: c.quad,
    plover: c.plover,
    intent: c.intent,
    appeal: c.appeal,
    demand: c.demand,
    reject: c.reject,
  } as CameoCode;
}

function push(map: Map<string, CompiledPattern[]>, key: string, p: CompiledPattern): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

function build(kb: Kb): PatternIndex {
  const verbs = new Map<string, CompiledPattern[]>();
  const nouns = new Map<string, CompiledPattern[]>();
  const judgements = new Map<string, CompiledPattern>();
  const itemAlts: number[] = [0];
  const altWords: number[] = [0];
  const words: string[] = [];
  kb.verbPatterns.forEach((raw, order) => {
    const pattern = normalizePattern(raw);
    const items = compileWith(pattern.with);
    const withFrom = itemAlts.length - 1;
    for (const alternatives of items) {
      for (const alt of alternatives) {
        for (const w of alt) words.push(w);
        altWords.push(words.length);
      }
      itemAlts.push(altWords.length - 1);
    }
    const compiled: CompiledPattern = { pattern, with: items, order, withFrom, withTo: itemAlts.length - 1 };
    const key = pattern.lemma.toLowerCase();
    if (pattern.judgement) judgements.set(key, compiled);
    else if (pattern.noun) push(nouns, key, compiled);
    else push(verbs, key, compiled);
  });
  const bySpecificity = (a: CompiledPattern, b: CompiledPattern) => b.with.length - a.with.length || a.order - b.order;
  for (const list of [...verbs.values(), ...nouns.values()]) list.sort(bySpecificity);
  const cameo = new Map<string, CameoCode>();
  for (const [k, c] of kb.cameo) cameo.set(k, normalizeCameo(c));
  const withTables: WithTables = {
    itemAlts: Int32Array.from(itemAlts),
    altWords: Int32Array.from(altWords),
    words,
    firsts: Int32Array.from(words, (w) => (w.length ? w.charCodeAt(0) : -1)),
  };
  return {
    verbs,
    nouns,
    judgements,
    cameo,
    withTables,
    verbKeys: new WordFilter(verbs.keys()),
    nounKeys: new WordFilter(nouns.keys()),
    judgementKeys: new WordFilter(judgements.keys()),
  };
}

// Built once per kb (the kb is immutable), so a document costs only map lookups.
const cache = new WeakMap<Kb, PatternIndex>();

export function patternIndex(kb: Kb): PatternIndex {
  let index = cache.get(kb);
  if (!index) {
    index = build(kb);
    cache.set(kb, index);
  }
  return index;
}
