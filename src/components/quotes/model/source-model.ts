import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Doc, Token } from '../../../doc/schema.js';
import { mentionIndexAt, tokenIndexAt } from '../../../doc/doc.js';
import type { FeatureTable } from '../../../ner/feature-table.js';
import { NerModel } from '../../../ner/model.js';
import type { CharSpan, Found } from '../compute/reported.js';
import { lower } from '../compute/phrases.js';

/**
 * The learned source chooser: an averaged perceptron that ranks the noun phrases of a cue's
 * sentence, and "no source", as the source of the attribution the rules found. The rules name one
 * phrase (the subject before the verb group, the phrase after an inverted cue, a participle's
 * sentence subject); the ranker weighs it against the other phrases by their place, their words
 * and their kind, as PolNeAR's training split taught it (`tidings train quote-sources`).
 */

export const SOURCE_LABELS = ['SCORE'];

/** Feature templates, by number; their names are how the model file stores them. */
export const SOURCE_TEMPLATES = ['none', 'nrule', 'ncue', 'rule', 'rulek', 'dir', 'dist', 'pos', 'head', 'ent', 'prev', 'next', 'adj', 'verb', 'commas', 'cue', 'quoted', 'first', 'dpos', 'dprev'] as const;
const T = Object.fromEntries(SOURCE_TEMPLATES.map((n, i) => [n, i])) as Record<(typeof SOURCE_TEMPLATES)[number], number>;

// How far from the cue a candidate may lie, in tokens.
const REACH = 30;
// How many phrases before and after the cue are weighed, nearest first.
const NEAREST_BEFORE = 4;
const NEAREST_AFTER = 3;
// Words that can stand alone as a source: relative pronouns.
const RELATIVES = new Set(['who', 'which', 'that', 'whom']);
const NP_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ', 'DET']);
const POSSESSIVE = new Set(["'s", '’s']);

export interface SourceFeatureSink {
  f1(template: number, value: string): void;
  f2(template: number, a: string, b: string): void;
}

/** A candidate source: a run of noun-phrase tokens (inclusive), or none. */
export interface SourceCandidate {
  from: number;
  to: number;
  /** Whether the rules' own source overlaps it. */
  rule: boolean;
}

/** Where a found attribution's cue sits: its first and last token and its sentence's token range. */
interface CueFrame {
  cueFrom: number;
  cueTo: number;
  sStart: number;
  sEnd: number;
}

function frameOf(doc: Doc, f: Found): CueFrame {
  const toks = doc.tokens;
  const cueFrom = tokenIndexAt(doc, f.cue.start);
  const cueTo = Math.max(cueFrom, tokenIndexAt(doc, f.cue.end - 1));
  const s = toks[cueFrom]!.sentence;
  let sStart = cueFrom;
  while (sStart > 0 && cueFrom - sStart < REACH && toks[sStart - 1]!.sentence === s) sStart--;
  let sEnd = cueTo + 1;
  while (sEnd < toks.length && sEnd - cueTo <= REACH && toks[sEnd]!.sentence === s) sEnd++;
  return { cueFrom, cueTo, sStart, sEnd };
}

/** Noun-phrase runs of the cue's sentence outside the content and the cue, and relative pronouns alone. */
export function sourceCandidates(doc: Doc, f: Found): { frame: CueFrame; candidates: SourceCandidate[] } {
  const toks = doc.tokens;
  const frame = frameOf(doc, f);
  const out: SourceCandidate[] = [];
  const outside = (t: Token) => (t.end <= f.content.start || t.start >= f.content.end) && (t.end <= f.cue.start || t.start >= f.cue.end);
  const np = (k: number) => {
    const t = toks[k]!;
    return NP_POS.has(t.pos) || POSSESSIVE.has(t.text) || (t.text === '.' && toks[k - 1]?.pos === 'PROPN' && toks[k - 1]!.end === t.start);
  };
  let k = frame.sStart;
  while (k < frame.sEnd) {
    const t = toks[k]!;
    if (!outside(t) || !np(k)) {
      k++;
      continue;
    }
    if (RELATIVES.has(lower(t)) && t.pos === 'PRON') {
      out.push({ from: k, to: k, rule: false });
      k++;
      continue;
    }
    let to = k;
    // A determiner after a noun starts a new phrase: "on Friday the United States".
    // A pronoun other than a possessive one starts a new phrase too: "the target it pledged".
    while (to + 1 < frame.sEnd && outside(toks[to + 1]!) && np(to + 1) && !startsPhrase(toks[to]!, toks[to + 1]!)) to++;
    // A phrase of determiners and adjectives alone names no one, unless the rules read it as the
    // source (a noun the tagger made an adjective: "The union plans").
    let noun = !!f.source && toks[k]!.start < f.source.end && f.source.start < toks[to]!.end;
    for (let j = k; j <= to && !noun; j++) noun = toks[j]!.pos === 'NOUN' || toks[j]!.pos === 'PROPN' || toks[j]!.pos === 'PRON' || toks[j]!.pos === 'NUM';
    if (noun && !onlyTime(doc, toks[k]!.start, toks[to]!.end)) out.push({ from: k, to, rule: false });
    k = to + 1;
  }
  // A rules' source that is only a date ("last Tuesday said …") is no phrase of theirs to keep.
  if (f.source && !onlyTime(doc, f.source.start, f.source.end)) {
    for (const c of out) if (toks[c.from]!.start < f.source.end && f.source.start < toks[c.to]!.end) c.rule = true;
  }
  // The nearest phrases on each side, and the rules' own: sources stand close to their cue.
  let firstAfter = out.findIndex((c) => c.from > frame.cueTo);
  if (firstAfter < 0) firstAfter = out.length;
  const kept = out.filter((c, i) => c.rule || (i < firstAfter ? firstAfter - i <= NEAREST_BEFORE : i - firstAfter < NEAREST_AFTER));
  return { frame, candidates: kept };
}

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/** Whether token b opens a new noun phrase after token a. */
function startsPhrase(a: Token, b: Token): boolean {
  if (b.pos === 'DET') return a.pos === 'NOUN' || a.pos === 'PROPN';
  return b.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(lower(b));
}

const DIST_BUCKETS = ['0', '1', '2', '3-4', '3-4', '5-8', '5-8', '5-8', '5-8'];
function distBucket(d: number): string {
  return d <= 0 ? '0' : d <= 8 ? DIST_BUCKETS[d]! : d <= 15 ? '9-15' : '16+';
}
// The same buckets joined to a direction, built once: feature values allocate nothing per candidate.
const DIR_DIST: Record<string, Record<string, string>> = Object.fromEntries(['B', 'A'].map((dir) => [dir, Object.fromEntries(['0', '1', '2', '3-4', '5-8', '9-15', '16+'].map((b) => [b, `${dir}${b}`]))]));
const COUNTS = ['0', '1', '2', '3'];
const VERB_KEYS = ['0', '1', '2', '0c', '1c', '2c'];

/** The source part of a rule name ("clause:subject" → "subject", "loose-that:participle" → "participle"). */
function ruleKind(rule: string): string {
  const i = rule.lastIndexOf(':');
  return i < 0 ? rule : rule.slice(i + 1);
}

/** The content part of a rule name ("clause:subject" → "clause"). */
function contentKind(rule: string): string {
  const i = rule.indexOf(':');
  const head = i < 0 ? rule : rule.slice(0, i);
  return head.startsWith('loose-') ? head.slice(6) : head.startsWith('learned-') ? head.slice(8) : head;
}

/** What the features of one attribution's candidates share, worked out once. */
export interface SourceContext {
  frame: CueFrame;
  ruleKind: string;
  contentKind: string;
  cueLemma: string;
}

export function sourceContext(doc: Doc, f: Found, frame: CueFrame): SourceContext {
  return { frame, ruleKind: ruleKind(f.rule), contentKind: contentKind(f.rule), cueLemma: doc.tokens[frame.cueTo]!.lemma };
}

/** The features of "no source" for an attribution. */
export function noneFeatures(doc: Doc, f: Found, cx: SourceContext, out: SourceFeatureSink): void {
  const toks = doc.tokens;
  const { frame } = cx;
  const has = f.source ? 'has' : 'no';
  out.f1(T.none, has);
  out.f2(T.nrule, cx.ruleKind, cx.contentKind);
  out.f2(T.ncue, cx.cueLemma, has);
  const first = toks[frame.cueFrom]!;
  out.f2(T.dpos, 'none', lower(first));
  out.f2(T.dprev, 'none', frame.cueFrom > 0 && toks[frame.cueFrom - 1]!.sentence === first.sentence ? lower(toks[frame.cueFrom - 1]) : '<s>');
}

/** The features of candidate c as the source of an attribution. */
export function candidateFeatures(doc: Doc, f: Found, cx: SourceContext, c: SourceCandidate, out: SourceFeatureSink): void {
  const toks = doc.tokens;
  const { frame } = cx;
  const head = toks[c.to]!;
  const before = c.to < frame.cueFrom;
  const dir = before ? 'B' : 'A';
  const dist = before ? frame.cueFrom - c.to - 1 : c.from - frame.cueTo - 1;
  const bucket = distBucket(dist);
  const r = c.rule ? 'R' : '-';
  out.f1(T.dir, dir);
  out.f2(T.dist, dir, bucket);
  out.f2(T.rule, r, cx.ruleKind);
  out.f2(T.rulek, r, cx.contentKind);
  out.f2(T.pos, dir, head.pos);
  out.f2(T.head, dir, head.pos === 'PROPN' ? '<name>' : head.lemma);
  const mi = mentionIndexAt(doc, head.start + 1) - 1;
  const m = mi >= 0 ? doc.mentions[mi] : undefined;
  out.f2(T.ent, dir, m && m.start <= head.start && head.end <= m.end ? m.type : '-');
  const prev = c.from > 0 && toks[c.from - 1]!.sentence === head.sentence ? lower(toks[c.from - 1]) : '<s>';
  const next = c.to + 1 < toks.length && toks[c.to + 1]!.sentence === head.sentence ? lower(toks[c.to + 1]) : '</s>';
  out.f2(T.prev, dir, prev);
  out.f2(T.next, dir, next);
  // Right before the verb group, or right after the cue: the usual places of a source.
  out.f2(T.adj, dir, dist === 0 ? 'adjacent' : dist <= 2 ? 'near' : 'far');
  let verbs = 0;
  let commas = 0;
  const a = before ? c.to + 1 : frame.cueTo + 1;
  const b = before ? frame.cueFrom : c.from;
  for (let j = a; j < b; j++) {
    const u = toks[j]!;
    if (u.pos === 'VERB' || u.pos === 'AUX') verbs++;
    else if (u.text === ',') commas++;
  }
  // The content lies between the candidate and the cue ("“…,” said X" has it before both).
  const between = a < toks.length && f.content.start >= toks[a]!.start && f.content.end <= (toks[b]?.start ?? Infinity);
  out.f2(T.verb, dir, VERB_KEYS[Math.min(verbs, 2) + (between ? 3 : 0)]!);
  out.f2(T.commas, dir, COUNTS[Math.min(commas, 3)]!);
  out.f2(T.cue, dir, cx.cueLemma);
  let quoted = false;
  for (const q of f.quotations) if (q.start <= head.start && head.end <= q.end) quoted = true;
  out.f1(T.quoted, quoted ? 'Q' : '-');
  out.f2(T.first, dir, c.from === frame.sStart ? 'first' : '-');
  out.f2(T.dpos, DIR_DIST[dir]![bucket]!, head.pos);
  out.f2(T.dprev, before ? (c.rule ? 'BR' : 'B-') : c.rule ? 'AR' : 'A-', prev);
}

/** The character span to give a chosen candidate: the rules' own phrase when it is theirs (appositions and all). */
export function candidateSpan(doc: Doc, f: Found, c: SourceCandidate): CharSpan {
  if (c.rule && f.source) return f.source;
  return { start: doc.tokens[c.from]!.start, end: doc.tokens[c.to]!.end };
}

/**
 * Rules whose source the ranker leaves alone: a transcript's speaker and an epigraph's signature
 * come from no sentence structure; "outlets cited X as saying" tells the speaker from the channel.
 */
// An extraposed "it" ("it's worth noting that …") names no source: the writer judges.
const FIXED_RULES = /^(speaker-line|signature)$|cited-as-saying|:extraposed$/;

/**
 * Rule kinds whose own source the ranker confirms almost always (on PolNeAR dev: 1,397 of 1,428 subjects before
 * their verb group, 76 of 76 inverted "said X", 36 of 37 "according to X"): ranking their candidates cost about
 * 4% of the whole pipeline for 0.25 points of source F1, so their source is taken as the rules give it.
 * A participle's apposition ("between Giuliani, claiming …, and Yermak") names its source in the phrase it follows.
 */
const SURE_KINDS = new Set(['subject', 'opener', 'maker', 'experiencer', 'parallel', 'received', 'inverted', 'according-to', 'in-poll', 'noun', 'adjective', 'passive-agent', 'light-verb', 'apposition']);

const LOOSE_RULE = /^(learned|loose)-/;

/** Whether the rules' own source stands without asking the ranker (see SURE_KINDS). */
export function rulesSourceStands(f: Found, doc?: Doc): boolean {
  // A verb only the cue model vouches for ("learned-", "loose-") has a subject the ranker confirms less
  // often (on PolNeAR train it set right 29 of some 1,700 such subjects more than it set wrong): it has its say.
  if (ruleKind(f.rule) === 'subject' && LOOSE_RULE.test(f.rule)) return false;
  return f.source !== null && SURE_KINDS.has(ruleKind(f.rule)) && !(doc && onlyTime(doc, f.source.start, f.source.end));
}

/** Whether every word between two offsets lies in a date or time ("Wednesday", "last week"): no one who speaks. */
export function onlyTime(doc: Doc, start: number, end: number): boolean {
  // Most articles have a few dozen dates: the phrase must first touch one.
  if (!doc.timexes.some((x) => x.start < end && start < x.end)) return false;
  let words = 0;
  for (let k = tokenIndexAt(doc, start); k < doc.tokens.length && doc.tokens[k]!.start < end; k++) {
    const t = doc.tokens[k]!;
    if (t.start < start || !/[\p{L}\p{N}]/u.test(t.text)) continue;
    if (!doc.timexes.some((x) => x.start <= t.start && t.end <= x.end)) return false;
    words++;
  }
  return words > 0;
}

/** A trained source model, ready to rank candidates. */
export class SourceModel {
  private readonly table: FeatureTable;
  private readonly scores = new Float64Array(1);
  private readonly sink: SourceFeatureSink;

  constructor(readonly weights: NerModel) {
    this.table = weights.featureTable(SOURCE_TEMPLATES);
    const { table, scores } = this;
    this.sink = { f1: (t, v) => table.add1(scores, t, v), f2: (t, a, b) => table.add2(scores, t, a, b) };
  }

  /** The source the model prefers for an attribution: a candidate's span, or null for none. */
  choose(doc: Doc, f: Found): CharSpan | null {
    if (FIXED_RULES.test(f.rule)) return f.source;
    const { frame, candidates } = sourceCandidates(doc, f);
    const cx = sourceContext(doc, f, frame);
    this.scores[0] = 0;
    noneFeatures(doc, f, cx, this.sink);
    let best: SourceCandidate | null = null;
    let bestScore = this.scores[0]!;
    for (const c of candidates) {
      this.scores[0] = 0;
      candidateFeatures(doc, f, cx, c, this.sink);
      if (this.scores[0]! > bestScore) {
        bestScore = this.scores[0]!;
        best = c;
      }
    }
    return best ? candidateSpan(doc, f, best) : null;
  }
}

/** The committed model, made by `tidings train quote-sources` (see README). */
export const DEFAULT_SOURCE_MODEL_PATH = fileURLToPath(new URL('../../../../../models/quote-sources.bin', import.meta.url));

let cached: SourceModel | null | undefined;

/** The default source model, loaded once; null when the file is missing, and the rules' sources stand. */
export function defaultSourceModel(): SourceModel | null {
  if (cached === undefined) cached = existsSync(DEFAULT_SOURCE_MODEL_PATH) ? new SourceModel(NerModel.load(DEFAULT_SOURCE_MODEL_PATH)) : null;
  return cached;
}
