import type { Doc } from '../../../doc/schema.js';
import type { Kb } from '../../../kb/kb.js';
import { LIGHT_VERBS } from '../model/cues.js';
import { patternIndex, type PatternIndex } from '../model/patternIndex.js';
import { buildPhrases, type Phrases } from './actorPhrases.js';
import { buildClauses, type Clauses } from './clauses.js';
import { analyseGroup, type VerbGroup } from './verbGroup.js';
import { buildView, type View } from './view.js';

/** Everything the event coder derives from a document once, shared by the passes that read it. */
export interface Context {
  view: View;
  phrases: Phrases;
  clauses: Clauses;
  kb: Kb;
  index: PatternIndex;
  /** Verb groups read so far, by verb position (see groupAt). */
  groups: Array<VerbGroup | undefined>;
}

/** Builds the token view, actor phrases and clauses of a document (the pattern index is cached per kb). */
export function buildContext(doc: Doc, kb: Kb): Context {
  const view = buildView(doc);
  const index = patternIndex(kb);
  restoreSilentE(view, index, kb);
  return { view, phrases: buildPhrases(view, kb.demonyms), clauses: buildClauses(view), kb, index, groups: new Array(view.tokens.length) };
}

/**
 * "staged" → "stage", "waged" → "wage": the tagger's lemmatizer strips "-ed" whole from some verbs whose stem ends
 * in a silent "e" ("stag", "wag"). A verb whose lemma is its past form minus "ed" gets the lemma with "e" when that
 * is a verb the coder knows (a pattern's, a light verb, a speech verb) and the stripped one is not.
 */
function restoreSilentE(view: View, index: PatternIndex, kb: Kb): void {
  const { lower, lemma, pos } = view;
  for (let i = 0; i < lower.length; i++) {
    const lw = lower[i]!;
    const lm = lemma[i]!;
    if (lw.length !== lm.length + 2 || pos[i] !== 'VERB' || !lw.endsWith('ed') || !lw.startsWith(lm)) continue;
    const stem = lm + 'e';
    const known = (w: string) => index.verbCandidates.has(w) || LIGHT_VERBS.has(w) || kb.speechVerbs.has(w);
    if (known(stem) && !known(lm)) lemma[i] = stem;
  }
}

/** The verb group of the verb at `v`, read with the kb's speech verbs. */
export function groupAt(ctx: Context, v: number): VerbGroup {
  // The group only depends on the document, so each verb's is read once.
  let g = ctx.groups[v];
  if (!g) {
    g = analyseGroup(ctx.view, ctx.clauses, v, ctx.kb.speechVerbs);
    if (v >= 0 && v < ctx.groups.length) ctx.groups[v] = g;
  }
  return g;
}

/** The sentence bounds (view indices) around a token. */
export function sentenceBounds(ctx: Context, i: number): { start: number; end: number } {
  const s = ctx.view.sentence[i]!;
  let lo = 0;
  let hi = ctx.view.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = ctx.view.sentences[mid]!;
    const bs = ctx.view.sentence[b.start]!;
    if (bs < s) lo = mid + 1;
    else if (bs > s) hi = mid - 1;
    else return b;
  }
  return { start: i, end: i + 1 };
}
