import type { CameoCode, Kb, VerbPattern } from '../../../kb/kb.js';
import { WordFilter } from './wordFilter.js';

/** A `with` item compiled to alternatives, each a sequence of lowercased words. */
export type WordAlternatives = string[][];

export interface CompiledPattern {
  pattern: VerbPattern;
  with: WordAlternatives[];
  /** Index in the kb list: ties between equally specific patterns go to the earlier one. */
  order: number;
  /** Offset of its `with` items in the index's `programs` (see `WithPrograms`). */
  program: number;
}

/**
 * The `with` items of all patterns, compiled into one flat array so that matching a pattern reads a few adjacent
 * numbers instead of nested arrays of words, and touches a word only when a token starts with its first character.
 * A pattern's program: [item count, items…]; an item: [alternative count, offset after the item, alternatives…];
 * an alternative: [word count, (word index in `words`, first character code or -1)…].
 */
export interface WithPrograms {
  programs: Int32Array;
  words: readonly string[];
}

/** The patterns a word may trigger, in the order they are tried, with their program offsets. */
export interface Candidates {
  patterns: readonly CompiledPattern[];
  programs: Int32Array;
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
  with: WithPrograms;
  /** `verbs` and `nouns` with the program offsets of each list, for matching. */
  verbCandidates: ReadonlyMap<string, Candidates>;
  nounCandidates: ReadonlyMap<string, Candidates>;
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
    reverse: p.reverse,
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
  const programs: number[] = [];
  const words: string[] = [];
  const wordIndex = new Map<string, number>();
  kb.verbPatterns.forEach((raw, order) => {
    const pattern = normalizePattern(raw);
    const items = compileWith(pattern.with);
    const program = programs.length;
    programs.push(items.length);
    for (const alternatives of items) {
      const header = programs.length;
      programs.push(alternatives.length, 0);
      for (const alt of alternatives) {
        programs.push(alt.length);
        for (const w of alt) {
          let index = wordIndex.get(w);
          if (index === undefined) {
            index = words.length;
            words.push(w);
            wordIndex.set(w, index);
          }
          programs.push(index, w.length ? w.charCodeAt(0) : -1);
        }
      }
      programs[header + 1] = programs.length;
    }
    const compiled: CompiledPattern = { pattern, with: items, order, program };
    const key = pattern.lemma.toLowerCase();
    if (pattern.judgement) judgements.set(key, compiled);
    else if (pattern.noun) push(nouns, key, compiled);
    else push(verbs, key, compiled);
  });
  const bySpecificity = (a: CompiledPattern, b: CompiledPattern) => b.with.length - a.with.length || a.order - b.order;
  for (const list of [...verbs.values(), ...nouns.values()]) list.sort(bySpecificity);
  const cameo = new Map<string, CameoCode>();
  for (const [k, c] of kb.cameo) cameo.set(k, normalizeCameo(c));
  const candidatesOf = (map: Map<string, CompiledPattern[]>) => {
    const out = new Map<string, Candidates>();
    for (const [k, patterns] of map) out.set(k, { patterns, programs: Int32Array.from(patterns, (p) => p.program) });
    return out;
  };
  return {
    verbs,
    nouns,
    judgements,
    cameo,
    with: { programs: Int32Array.from(programs), words },
    verbCandidates: candidatesOf(verbs),
    nounCandidates: candidatesOf(nouns),
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
