import type { Kb } from '../kb/kb.js';
import { gazetteerFor, wordKey } from '../components/entities/gazetteer.js';

/**
 * Features of the entity recognizer: the classic recipe (word, affixes, shape, context words,
 * gazetteers, document-level evidence) computed identically at training and at run time, from
 * nothing but token strings grouped into sentences of one document.
 */

/** What the feature functions know about one document, computed once per document. */
export interface FeatureContext {
  /** Per sentence: its token strings. */
  sentences: string[][];
  /** Per sentence, per token: lowercased word, word shape, gazetteer tag ('' when none). */
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
  /** Per capitalized word: the words around its occurrences anywhere in the document, with where they were. */
  around: Map<string, Array<{ s: number; i: number; f: string }>>;
}

const shapeCache = new Map<string, string>();

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
  if (shapeCache.size > 100_000) shapeCache.clear();
  shapeCache.set(w, s);
  return s;
}

function isAllCapsSentence(tokens: string[]): boolean {
  let letters = 0;
  for (const t of tokens) {
    if (!/\p{L}/u.test(t)) continue;
    if (t !== t.toUpperCase()) return false;
    letters++;
  }
  return letters >= 2;
}

/** Tags tokens covered by a knowledge-base phrase: "COUNTRY-B", "PERSON-I", "title", "given". */
function gazetteerTags(tokens: string[], kb: Kb): string[] {
  const gaz = gazetteerFor(kb);
  const keys = tokens.map(wordKey);
  const out = new Array<string>(tokens.length).fill('');
  for (let i = 0; i < tokens.length; ) {
    const hit = gaz.match(tokens, keys, i);
    if (hit) {
      const type = hit.hit.kind === 'demonym' ? 'DEMONYM' : hit.hit.type;
      for (let k = 0; k < hit.length; k++) out[i + k] = `${type}-${k === 0 ? 'B' : 'I'}`;
      i += hit.length;
      continue;
    }
    const t = tokens[i]!;
    if (kb.personTitles.has(t)) out[i] = 'title';
    else if (kb.givenNames.has(t)) out[i] = 'given';
    else if (kb.orgHeads.has(t)) out[i] = 'orghead';
    i++;
  }
  return out;
}

export function featureContext(sentences: string[][], kb: Kb, pos?: string[][]): FeatureContext {
  const lower = sentences.map((s) => s.map((w) => w.toLowerCase()));
  const shape = sentences.map((s) => s.map(wordShape));
  const gaz = sentences.map((s) => gazetteerTags(s, kb));
  const allCaps = sentences.map(isAllCapsSentence);
  const seenLower = new Set<string>();
  const seenCapMid = new Set<string>();
  sentences.forEach((s, si) => {
    if (allCaps[si]) return;
    s.forEach((w, i) => {
      const c = w.charAt(0);
      if (c !== c.toUpperCase()) seenLower.add(lower[si]![i]!);
      else if (i > 0 && c !== c.toLowerCase() && /\p{L}/u.test(s[i - 1]!)) seenCapMid.add(lower[si]![i]!);
    });
  });
  // Context aggregation (Ratinov & Roth 2009): a name's other contexts in the article say what
  // it is where its own context does not ("Somerset" in a headline, "beat Somerset" below).
  const around = new Map<string, Array<{ s: number; i: number; f: string }>>();
  sentences.forEach((s, si) => {
    if (allCaps[si]) return;
    const lw = lower[si]!;
    s.forEach((w, i) => {
      const c = w.charAt(0);
      if (c === c.toLowerCase()) return;
      let list = around.get(lw[i]!);
      if (!list) around.set(lw[i]!, (list = []));
      if (list.length >= 12) return;
      if (i > 0) list.push({ s: si, i, f: 'a<' + lw[i - 1]! });
      if (i + 1 < s.length) list.push({ s: si, i, f: 'a>' + lw[i + 1]! });
    });
  });
  return { sentences, lower, shape, gaz, pos: pos ?? sentences.map((s) => s.map(() => '')), allCaps, seenLower, seenCapMid, around };
}

/**
 * The features of token i of sentence s that do not depend on earlier decisions; the tagger adds
 * the previous tags. Strings are short and prefixed by their template so templates never collide.
 */
export function tokenFeatures(ctx: FeatureContext, s: number, i: number, out: string[]): void {
  const words = ctx.sentences[s]!;
  const lower = ctx.lower[s]!;
  const shape = ctx.shape[s]!;
  const gaz = ctx.gaz[s]!;
  const caps = ctx.allCaps[s] ? 'C' : 'c';
  const w = words[i]!;
  const lw = lower[i]!;
  const n = words.length;
  const lw1 = i > 0 ? lower[i - 1]! : '<s>';
  const lw2 = i > 1 ? lower[i - 2]! : '<s>';
  const rw1 = i + 1 < n ? lower[i + 1]! : '</s>';
  const rw2 = i + 2 < n ? lower[i + 2]! : '</s>';
  const sh = shape[i]!;
  out.push(
    'b',
    'w=' + lw,
    'W=' + w,
    'sh=' + sh + caps,
    'p1=' + lw.slice(0, 1),
    'p2=' + lw.slice(0, 2),
    'p3=' + lw.slice(0, 3),
    's1=' + lw.slice(-1),
    's2=' + lw.slice(-2),
    's3=' + lw.slice(-3),
    's4=' + lw.slice(-4),
    'w-1=' + lw1,
    'w+1=' + rw1,
    'w-2=' + lw2,
    'w+2=' + rw2,
    'W-1=' + (i > 0 ? words[i - 1]! : '<s>'),
    'W+1=' + (i + 1 < n ? words[i + 1]! : '</s>'),
    'w-1w=' + lw1 + ' ' + lw,
    'ww+1=' + lw + ' ' + rw1,
    'sh-1=' + (i > 0 ? shape[i - 1]! : '<s>') + caps,
    'sh+1=' + (i + 1 < n ? shape[i + 1]! : '</s>') + caps,
    'shsh+1=' + sh + (i + 1 < n ? shape[i + 1]! : '</s>') + caps,
    'sh-1sh=' + (i > 0 ? shape[i - 1]! : '<s>') + sh + caps,
    'g=' + gaz[i]!,
    'g-1=' + (i > 0 ? gaz[i - 1]! : '<s>'),
    'g+1=' + (i + 1 < n ? gaz[i + 1]! : '</s>'),
    'pos=' + (i === 0 ? 'first' : i === n - 1 ? 'last' : 'mid') + caps,
    'u=' + ctx.pos[s]![i]! + caps,
    'u-1=' + (i > 0 ? ctx.pos[s]![i - 1]! : '<s>'),
    'u+1=' + (i + 1 < n ? ctx.pos[s]![i + 1]! : '</s>'),
    'ush=' + ctx.pos[s]![i]! + sh,
  );
  if (ctx.seenLower.has(lw)) out.push('dl');
  if (ctx.seenCapMid.has(lw)) out.push('dc');
  if (w.length > 1 && w.includes('-')) out.push('hy=' + lw.split('-').slice(-1)[0]);
  // Only the word's other occurrences: its own context is already in the local features.
  const around = ctx.around.get(lw);
  if (around) {
    const start = out.length;
    for (const a of around) if ((a.s !== s || a.i !== i) && out.indexOf(a.f, start) < 0) out.push(a.f);
  }
}
