import type { Kb, VerbPattern } from '../../../kb/kb.js';

/** A `with` item compiled to alternatives, each a sequence of lowercased words. */
export type WordAlternatives = string[][];

export interface CompiledPattern {
  pattern: VerbPattern;
  with: WordAlternatives[];
  /** Index in the kb list: ties between equally specific patterns go to the earlier one. */
  order: number;
}

export interface PatternIndex {
  /** Verb patterns by lemma, most specific (longest `with`) first. */
  verbs: ReadonlyMap<string, readonly CompiledPattern[]>;
  /** Noun patterns by lemma or surface form. */
  nouns: ReadonlyMap<string, readonly CompiledPattern[]>;
  /** Evaluative words ("unbearable") by lemma. */
  judgements: ReadonlyMap<string, CompiledPattern>;
}

function compileWith(items: string[] | undefined): WordAlternatives[] {
  return (items ?? []).map((item) => item.split('|').map((alt) => alt.toLowerCase().split(/\s+/).filter(Boolean)));
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
  kb.verbPatterns.forEach((pattern, order) => {
    const compiled: CompiledPattern = { pattern, with: compileWith(pattern.with), order };
    const key = pattern.lemma.toLowerCase();
    if (pattern.judgement) judgements.set(key, compiled);
    else if (pattern.noun) push(nouns, key, compiled);
    else push(verbs, key, compiled);
  });
  const bySpecificity = (a: CompiledPattern, b: CompiledPattern) => b.with.length - a.with.length || a.order - b.order;
  for (const list of [...verbs.values(), ...nouns.values()]) list.sort(bySpecificity);
  return { verbs, nouns, judgements };
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
