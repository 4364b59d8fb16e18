import type { Kb } from '../kb/kb.js';
import { gazetteerFor, wordKey } from '../components/entities/gazetteer.js';
import { startsLower, startsUpper } from '../text/case.js';
import { RecentCache } from '../text/recent-cache.js';

/**
 * Features of the entity recognizer: the classic recipe (word, affixes, shape, context words,
 * gazetteers, document-level evidence) computed identically at training and at run time, from
 * nothing but token strings grouped into sentences of one document.
 */

/** What the feature functions know about one document, computed once per document. */
export interface FeatureContext {
  /** Per sentence: its token strings. */
  sentences: string[][];
  /** Per sentence, per token: lowercased word, word shape (filled in on demand), gazetteer tag ('' when none). */
  lower: string[][];
  shape: string[][];
  gaz: string[][];
  /** Per sentence, per token: universal part-of-speech tag from wink-nlp ('' when unknown). */
  pos: string[][];
  /** Per sentence: written all in capitals (a headline), so case says nothing. */
  allCaps: boolean[];
  /** Lowercased words seen written in lowercase somewhere in the document. */
  seenLower: Set<string>;
  /** Lowercased words seen capitalized somewhere other than a sentence start. */
  seenCapMid: Set<string>;
  /** Per capitalized word: the words around its occurrences anywhere in the document (`at`: sentence × 100,000 + token). */
  around: Map<string, AroundContext[]>;
}

/** A word next to a capitalized word (`t`: template a< or a>), and where (`at`: sentence × 100,000 + token). */
export interface AroundContext {
  t: number;
  v: string;
  at: number[];
}

const shapeCache = new RecentCache<string>(20_000);

/** "Putin" → "Xx", "UN" → "X", "1996-08-30" → "d-d-d", "al-Assad" → "x-Xx". */
export function wordShape(w: string): string {
  let s = shapeCache.get(w);
  if (s !== undefined) return s;
  s = '';
  let last = '';
  for (const ch of w) {
    const c = ch >= '0' && ch <= '9' ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    if (c !== last) s += c;
    last = c;
  }
  if (w.length > 0 && w.length <= 3) s += String(w.length);
  shapeCache.set(w, s);
  return s;
}

// Hot loops over every token: ASCII is tested by code, other scripts by the slower regex.
function hasLetter(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128) return /\p{L}/u.test(w);
  }
  return false;
}

const shapeCapsCache = { c: new Map<string, string>(), C: new Map<string, string>() };

/** shape + headline flag, one string per pair: lookups of a string seen before are cheap. */
function shapeCaps(shape: string, caps: string): string {
  const cache = caps === 'C' ? shapeCapsCache.C : shapeCapsCache.c;
  let s = cache.get(shape);
  if (s === undefined) {
    if (cache.size > 50_000) cache.clear();
    cache.set(shape, (s = shape + caps));
  }
  return s;
}

function isAllCapsSentence(tokens: string[]): boolean {
  let letters = 0;
  for (const t of tokens) {
    if (!hasLetter(t)) continue;
    if (t !== t.toUpperCase()) return false;
    letters++;
  }
  return letters >= 2;
}

const gazetteerTagNames = new Map<string, { b: string; i: string }>();

function gazetteerTag(type: string, first: boolean): string {
  let names = gazetteerTagNames.get(type);
  if (!names) gazetteerTagNames.set(type, (names = { b: `${type}-B`, i: `${type}-I` }));
  return first ? names.b : names.i;
}

/** Tags tokens covered by a knowledge-base phrase: "COUNTRY-B", "PERSON-I", "title", "given". */
function gazetteerTags(tokens: string[], lower: string[], kb: Kb): string[] {
  const gaz = gazetteerFor(kb);
  const keys = lower.some((lw) => lw.endsWith('.')) ? lower.map((lw, i) => (lw.endsWith('.') ? wordKey(tokens[i]!) : lw)) : lower;
  const out = new Array<string>(tokens.length).fill('');
  for (let i = 0; i < tokens.length; ) {
    const hit = gaz.match(tokens, keys, i);
    if (hit) {
      const type = hit.hit.kind === 'demonym' ? 'DEMONYM' : hit.hit.type;
      for (let k = 0; k < hit.length; k++) out[i + k] = gazetteerTag(type, k === 0);
      i += hit.length;
      continue;
    }
    const t = tokens[i]!;
    // Titles, given names and organization heads are all capitalized words.
    if (!startsUpper(t)) {
      i++;
      continue;
    }
    if (kb.personTitles.has(t)) out[i] = 'title';
    else if (kb.givenNames.has(t)) out[i] = 'given';
    else if (kb.orgHeads.has(t)) out[i] = 'orghead';
    i++;
  }
  return out;
}

function addAround(list: AroundContext[], t: number, v: string, at: number): void {
  for (const e of list) {
    if (e.t === t && e.v === v) {
      e.at.push(at);
      return;
    }
  }
  list.push({ t, v, at: [at] });
}

/** `lower`, when the caller has it, is each word in lower case. */
export function featureContext(sentences: string[][], kb: Kb, pos?: string[][], lowered?: string[][]): FeatureContext {
  const lower = lowered ?? sentences.map((s) => s.map((w) => w.toLowerCase()));
  // Shapes are filled in as the tagger asks for them: it scores only capitalized words and their neighbours.
  const shape = sentences.map((s) => new Array<string>(s.length));
  const gaz = sentences.map((s, si) => gazetteerTags(s, lower[si]!, kb));
  const allCaps = sentences.map(isAllCapsSentence);
  const seenLower = new Set<string>();
  const seenCapMid = new Set<string>();
  sentences.forEach((s, si) => {
    if (allCaps[si]) return;
    const lw = lower[si]!;
    for (let i = 0; i < s.length; i++) {
      const w = s[i]!;
      if (startsLower(w)) seenLower.add(lw[i]!);
      else if (i > 0 && startsUpper(w) && hasLetter(s[i - 1]!)) seenCapMid.add(lw[i]!);
    }
  });
  // Context aggregation (Ratinov & Roth 2009): a name's other contexts in the article say what
  // it is where its own context does not ("Somerset" in a headline, "beat Somerset" below).
  const around = new Map<string, AroundContext[]>();
  sentences.forEach((s, si) => {
    if (allCaps[si]) return;
    const lw = lower[si]!;
    for (let i = 0; i < s.length; i++) {
      if (!startsUpper(s[i]!)) continue;
      let list = around.get(lw[i]!);
      if (!list) around.set(lw[i]!, (list = []));
      if (list.length >= 12) continue;
      const at = si * 100_000 + i;
      if (i > 0) addAround(list, T['a<'], lw[i - 1]!, at);
      if (i + 1 < s.length) addAround(list, T['a>'], lw[i + 1]!, at);
    }
  });
  return { sentences, lower, shape, gaz, pos: pos ?? sentences.map((s) => s.map(() => '')), allCaps, seenLower, seenCapMid, around };
}

/**
 * The feature templates, by number: the tagger passes a template's number, so the model finds the
 * template's table by index instead of by name. The names are what a trained model file holds.
 */
export const TEMPLATE_NAMES = [
  'b', 'w', 'W', 'sh', 'p1', 'p2', 'p3', 's1', 's2', 's3', 's4', 'hy',
  'w-2', 'w-1', 'w+1', 'w+2', 'W-1', 'W+1',
  'w-1w', 'ww+1', 'sh-1', 'sh+1', 'shsh+1', 'sh-1sh', 'g', 'g-1', 'g+1', 'pos', 'u', 'u-1', 'u+1', 'ush',
  'dl', 'dc', 'a<', 'a>', 't-1', 't-2t-1', 't-1w', 'eh',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];
export const TEMPLATE = Object.fromEntries(TEMPLATE_NAMES.map((n, i) => [n, i])) as Record<TemplateName, number>;
const T = TEMPLATE;

/**
 * Where features go: a feature is a template and one or two values. Training names each feature
 * as a string (`featureName`); the tagger looks the values up in the model without building
 * strings, which is most of what makes it fast.
 */
export interface FeatureSink {
  f1(template: number, value: string): void;
  f2(template: number, a: string, b: string): void;
  /** The features of a word itself (`wordFeatures`); a sink may cache them per word. */
  word(w: string, lw: string, caps: string): void;
  /** The features of the word at `offset` (-2…2) from the token (`neighborFeatures`). */
  neighbor(offset: number, w: string, lw: string): void;
}

export const PAIR = '\u0001';

/** The name a feature has in a trained model. */
export function featureName(template: number, a: string, b?: string): string {
  const t = TEMPLATE_NAMES[template]!;
  return b === undefined ? `${t}=${a}` : `${t}=${a}${PAIR}${b}`;
}

/** A sink that collects feature names (training, tests). */
export class NameSink implements FeatureSink {
  readonly names: string[] = [];
  f1(t: number, v: string): void {
    this.names.push(featureName(t, v));
  }
  f2(t: number, a: string, b: string): void {
    this.names.push(featureName(t, a, b));
  }
  word(w: string, lw: string, caps: string): void {
    wordFeatures(w, lw, caps, this);
  }
  neighbor(offset: number, w: string, lw: string): void {
    neighborFeatures(offset, w, lw, this);
  }
}

/** What a word says by itself: its form, affixes and shape (in a headline or not). */
export function wordFeatures(w: string, lw: string, caps: string, out: Pick<FeatureSink, 'f1' | 'f2'>): void {
  out.f1(T.w, lw);
  out.f1(T.W, w);
  out.f2(T.sh, wordShape(w), caps);
  out.f1(T.p1, lw.slice(0, 1));
  out.f1(T.p2, lw.slice(0, 2));
  out.f1(T.p3, lw.slice(0, 3));
  out.f1(T.s1, lw.slice(-1));
  out.f1(T.s2, lw.slice(-2));
  out.f1(T.s3, lw.slice(-3));
  out.f1(T.s4, lw.slice(-4));
  if (w.length > 1 && w.includes('-')) out.f1(T.hy, lw.slice(lw.lastIndexOf('-') + 1));
}

const NEIGHBOR_LOWER = [T['w-2'], T['w-1'], -1, T['w+1'], T['w+2']];
const NEIGHBOR_CASED = [-1, T['W-1'], -1, T['W+1'], -1];

/** What a word near the token says: its form, two words away at most. */
export function neighborFeatures(offset: number, w: string, lw: string, out: Pick<FeatureSink, 'f1' | 'f2'>): void {
  out.f1(NEIGHBOR_LOWER[offset + 2]!, lw);
  const cased = NEIGHBOR_CASED[offset + 2]!;
  if (cased >= 0) out.f1(cased, w);
}

/**
 * The features of token i of sentence s that do not depend on earlier decisions; the tagger adds
 * the previous tags.
 */
export function tokenFeatures(ctx: FeatureContext, s: number, i: number, out: FeatureSink): void {
  const words = ctx.sentences[s]!;
  const lower = ctx.lower[s]!;
  const shape = ctx.shape[s]!;
  for (let k = Math.max(0, i - 1); k <= i + 1 && k < words.length; k++) shape[k] ??= wordShape(words[k]!);
  const gaz = ctx.gaz[s]!;
  const pos = ctx.pos[s]!;
  const caps = ctx.allCaps[s] ? 'C' : 'c';
  const w = words[i]!;
  const lw = lower[i]!;
  const n = words.length;
  const lw1 = i > 0 ? lower[i - 1]! : '<s>';
  const lw2 = i > 1 ? lower[i - 2]! : '<s>';
  const rw1 = i + 1 < n ? lower[i + 1]! : '</s>';
  const rw2 = i + 2 < n ? lower[i + 2]! : '</s>';
  const sh = shape[i]!;
  const sh1 = i > 0 ? shape[i - 1]! : '<s>';
  const shn = i + 1 < n ? shape[i + 1]! : '</s>';
  out.f1(T.b, '');
  out.word(w, lw, caps);
  if (i > 1) out.neighbor(-2, words[i - 2]!, lw2);
  else out.neighbor(-2, '<s>', '<s>');
  if (i > 0) out.neighbor(-1, words[i - 1]!, lw1);
  else out.neighbor(-1, '<s>', '<s>');
  if (i + 1 < n) out.neighbor(1, words[i + 1]!, rw1);
  else out.neighbor(1, '</s>', '</s>');
  if (i + 2 < n) out.neighbor(2, words[i + 2]!, rw2);
  else out.neighbor(2, '</s>', '</s>');
  out.f2(T['w-1w'], lw1, lw);
  out.f2(T['ww+1'], lw, rw1);
  out.f2(T['sh-1'], sh1, caps);
  out.f2(T['sh+1'], shn, caps);
  out.f2(T['shsh+1'], sh, shapeCaps(shn, caps));
  out.f2(T['sh-1sh'], sh1, shapeCaps(sh, caps));
  out.f1(T.g, gaz[i]!);
  out.f1(T['g-1'], i > 0 ? gaz[i - 1]! : '<s>');
  out.f1(T['g+1'], i + 1 < n ? gaz[i + 1]! : '</s>');
  out.f2(T.pos, i === 0 ? 'first' : i === n - 1 ? 'last' : 'mid', caps);
  out.f2(T.u, pos[i]!, caps);
  out.f1(T['u-1'], i > 0 ? pos[i - 1]! : '<s>');
  out.f1(T['u+1'], i + 1 < n ? pos[i + 1]! : '</s>');
  out.f2(T.ush, pos[i]!, sh);
  if (ctx.seenLower.has(lw)) out.f1(T.dl, '');
  if (ctx.seenCapMid.has(lw)) out.f1(T.dc, '');
  // Only the word's other occurrences: its own context is already in the local features.
  const around = ctx.around.get(lw);
  if (around) {
    const here = s * 100_000 + i;
    for (const a of around) if (a.at.length > 1 || a.at[0] !== here) out.f1(a.t, a.v);
  }
}
