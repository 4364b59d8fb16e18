import type { Kb } from '../kb/kb.js';
import { featureContext, TEMPLATE as T, tokenFeatures, type FeatureContext, type FeatureSink } from './features.js';
import { allowedAfter, decodeLabels, LABELS, type NerSpan } from './labels.js';
import type { NerModel } from './model.js';
import { posTags } from './pos.js';
import { startsLower, startsUpper } from '../text/case.js';

/** Features that depend on the labels already chosen to the left (greedy decoding). */
export function historyFeatures(prev: number, prev2: number, lowerWord: string, out: FeatureSink): void {
  const p1 = prev < 0 ? '<s>' : LABELS[prev]!;
  const p2 = prev2 < 0 ? '<s>' : LABELS[prev2]!;
  out.f1(T['t-1'], p1);
  out.f2(T['t-2t-1'], p2, p1);
  out.f2(T['t-1w'], p1, lowerWord);
}

/**
 * Extended prediction history (Ratinov & Roth 2009): the types already given to a word earlier in
 * the same article, so "Leicestershire" keeps the type it got where its context was clear.
 */
export class DocHistory {
  private seen = new Map<string, Set<string>>();

  features(lowerWord: string, out: FeatureSink): void {
    const types = this.seen.get(lowerWord);
    if (types) for (const t of types) out.f1(T.eh, t);
  }

  record(word: string, lowerWord: string, label: number): void {
    if (!startsUpper(word)) return;
    let types = this.seen.get(lowerWord);
    if (!types) this.seen.set(lowerWord, (types = new Set()));
    types.add(label === 0 ? 'O' : LABELS[label]!.slice(2));
  }
}

/**
 * Whether token i must be scored at all: a name starts with a capital letter, so a word that does
 * not is outside any name unless a name is open before it ("Bank of England"). Skipping the rest
 * (four words in five in news) is what makes the recognizer cheap.
 */
export function mustScore(word: string, prev: number): boolean {
  if (prev >= 0 && !closesSpan(prev)) return true;
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = word.charAt(0);
  return ch !== ch.toLowerCase();
}

const closesSpan = (label: number) => label === 0 || LABELS[label]![0] === 'L' || LABELS[label]![0] === 'U';

const CLOSED_CLASS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART']);

/**
 * "The", "He", "In" opening a sentence before a lowercase word: capitalized only by position, and
 * never the start of a name in the training data's sense ("In Paris" has a capitalized next word).
 */
export function isOpeningFunctionWord(ctx: FeatureContext, s: number, i: number): boolean {
  if (i !== 0) return false;
  const words = ctx.sentences[s]!;
  return words.length > 1 && CLOSED_CLASS.has(ctx.pos[s]![0]!) && startsLower(words[1]!);
}

/** Highest-scoring label among those allowed after `prev`. */
export function bestAllowed(scores: Float64Array, prev: number): number {
  const allowed = allowedAfter(prev);
  let best = -1;
  for (let c = 0; c < scores.length; c++) if (allowed[c] && (best < 0 || scores[c]! > scores[best]!)) best = c;
  return best;
}

/**
 * Labels each sentence of a document left to right, every choice seeing the two before it.
 * `known` gives labels decided beforehand (-1: score the word). Returns entity spans per sentence,
 * in token indices.
 */
export function tagSentences(sentences: string[][], model: NerModel, kb: Kb, pos?: string[][], known?: Array<Int16Array | undefined>, lower?: string[][]): NerSpan[][] {
  const ctx: FeatureContext = featureContext(sentences, kb, pos ?? posTags(sentences), lower);
  const scores = new Float64Array(LABELS.length);
  const sink = model.scorer(scores);
  const history = new DocHistory();
  return sentences.map((words, s) => {
    const labels: number[] = [];
    let prev = -1;
    let prev2 = -1;
    const fixed = known?.[s];
    for (let i = 0; i < words.length; i++) {
      // A label known beforehand (a name the knowledge base is sure of) is taken as it is.
      const k = fixed ? fixed[i]! : -1;
      if (k >= 0 && allowedAfter(prev)[k]) {
        history.record(words[i]!, ctx.lower[s]![i]!, k);
        labels.push(k);
        prev2 = prev;
        prev = k;
        continue;
      }
      if (!mustScore(words[i]!, prev) || isOpeningFunctionWord(ctx, s, i)) {
        if (prev < 0) history.record(words[i]!, ctx.lower[s]![i]!, 0);
        labels.push(0);
        prev2 = prev;
        prev = 0;
        continue;
      }
      scores.fill(0);
      tokenFeatures(ctx, s, i, sink);
      historyFeatures(prev, prev2, ctx.lower[s]![i]!, sink);
      history.features(ctx.lower[s]![i]!, sink);
      const label = bestAllowed(scores, prev);
      history.record(words[i]!, ctx.lower[s]![i]!, label);
      labels.push(label);
      prev2 = prev;
      prev = label;
    }
    return decodeLabels(labels);
  });
}
