import type { Doc, Mention, Quote } from '../../doc/schema.js';
import { sentenceAt, tokenIndexAt } from '../../doc/doc.js';
import type { Component } from '../../pipeline/pipeline.js';
import { quotationsOf, type Quotation } from '../../text/quotation-marks.js';
import { citedSources, speakerCandidates, speakerIn } from './attribution.js';
import { SpanBuckets, within } from './compute/span-index.js';
import { defaultCueModel, type CueModel } from './model/cue-model.js';
import { defaultSourceModel, rulesSourceStands, type SourceModel } from './model/source-model.js';
import { defaultGateModel, type GateModel } from './model/gate-model.js';
import { colonQuotations, findReported, hearsayAdverbs, nominalCues, QuotationIndex, signedQuotations, speakerLines, type CharSpan, type Found } from './compute/reported.js';

// A quotation of a few words inside a sentence is a scare quote or a borrowed phrase, not a statement.
const MIN_STATEMENT_WORDS = 5;
// Words allowed between a quotation and the one it continues besides the cue and the source ("on Tuesday").
const CONTINUATION_SLACK = 24;

/**
 * Attribution relations as PolNeAR annotates them: a cue (said, according to, believes, plans…),
 * its source phrase and its content (that-clause, bare clause, quotation, infinitive, object, or the
 * clause before a final "…, she said"). Nested attributions give way to the outer one; a quotation
 * with no cue of its own continues the attribution before it. The speaker is the entity of the
 * source phrase (pronouns and titles already resolved by `resolve`).
 */
export const quotes: Component = {
  name: 'quotes',
  requires: ['sentences', 'tokens', 'entities', 'timexes'],
  produces: ['quotes'],
  run(doc) {
    runQuotes(doc, { cue: defaultCueModel(), source: defaultSourceModel(), gate: defaultGateModel() });
  },
};

/**
 * Verbs whose passive subject is the one told, asked or judged ("she was questioned on her clothing", "two officers
 * were found guilty"): with no agent named, no one in the sentence is the source.
 */
const PATIENT_PASSIVES = new Set(['tell', 'ask', 'question', 'interview', 'inform', 'notify', 'brief', 'advise', 'instruct', 'warn', 'urge', 'find', 'accuse', 'charge', 'blame', 'criticize', 'convict', 'quote', 'cite']);

function patientPassive(doc: Doc, f: Found): boolean {
  for (let k = tokenIndexAt(doc, f.cue.end - 1); k >= 0 && doc.tokens[k]!.start >= f.cue.start; k--) {
    const t = doc.tokens[k]!;
    if (t.pos !== 'VERB') continue;
    // "He's asked the American people to …": "'s" is "has" when an object follows, and the verb is active.
    const aux = doc.tokens[k - 1]?.text;
    const next = doc.tokens[k + 1];
    if ((aux === "'s" || aux === '’s') && next && ['DET', 'NOUN', 'PROPN', 'PRON'].includes(next.pos)) return false;
    return PATIENT_PASSIVES.has(t.lemma);
  }
  return false;
}

/** The learned models the quotes layer uses; null where a model is missing and the rules work alone. */
export interface QuoteModels {
  cue: CueModel | null;
  source: SourceModel | null;
  gate: GateModel | null;
}

/**
 * The attributions the rules find, with the source chooser's sources and without the ones the gate
 * rejects: what `runQuotes` turns into quotes.
 */
export function attributionsWith(doc: Doc, quotations: QuotationIndex, models: QuoteModels): Found[] {
  const found = findAttributions(doc, quotations, models.cue);
  // The learned chooser weighs the rules' source against the sentence's other phrases, where it has a say.
  const sources = models.source;
  if (sources) for (const f of found) if (!rulesSourceStands(f, doc)) f.source = sources.choose(doc, f);
  for (const f of found) if (f.source && f.rule.endsWith(':passive') && patientPassive(doc, f)) f.source = null;
  return models.gate ? models.gate.filter(doc, found, models.cue) : found;
}

/**
 * The quotes layer with the given models (`quotes` runs it with the committed ones); returns the
 * attributions the quotes were made from, for training.
 */
export function runQuotes(doc: Doc, models: QuoteModels): Found[] {
  const candidates = speakerCandidates(doc);
  const quotations = new QuotationIndex(quotationsOf(doc));
  const found = attributionsWith(doc, quotations, models);
  const out: Quote[] = [];
  // Where the article cites someone ("citing officials"), found once rather than per clause.
  const cites: number[] = [];
  for (const m of doc.text.matchAll(CITING)) cites.push(m.index);
  for (const f of found) out.push(makeQuote(doc, f, quotedCore(doc, f), candidates, cites));
  out.push(...continuations(doc, found, quotations.all, candidates, cites));
  doc.quotes = out.sort((a, b) => a.content.start - b.content.start);
  return found;
}

/** The attributions the rules find around cues, nested ones given way to the outer ones, with the rules' sources. */
export function findAttributions(doc: Doc, quotations: QuotationIndex, cueModel: CueModel | null = defaultCueModel()): Found[] {
  const reported = [...speakerLines(doc, quotations), ...signedQuotations(doc, quotations), ...findReported(doc, quotations, cueModel), ...nominalCues(doc, quotations)];
  return outermost(doc, splitCoordinated(doc, outsideSources(doc, headlineLabels(doc, [...reported, ...colonQuotations(doc, quotations, reported), ...hearsayAdverbs(doc, quotations, reported)]))));
}

// A transcript turn runs longer than a headline: "FALLIN: Well, I think the whole nation needs …".
const TRANSCRIPT_TURN_CHARS = 150;
const SPEAKER_TYPES = new Set(['PERSON', 'ORGANIZATION', 'MEDIA']);

/**
 * "The Latest: Trump urges supporters to …", "Poll: voters say …": a line's label is no speaker
 * when what follows its colon is an attribution of its own, with its source and its cue. A label
 * that names a person, a group or a medium ("Gingrich: Trump Must Decide If He Wants …", "NY Daily
 * News: …"), or a capitalized speaker opening a long turn ("TAPPER: … I think …"), stays the speaker.
 */
function headlineLabels(doc: Doc, found: Found[]): Found[] {
  const lines = found.filter((f) => f.rule === 'speaker-line');
  if (lines.length === 0) return found;
  const drop = new Set<Found>();
  // A label in capitals that opens several lines is a transcript's speaker ("TAPPER: Do you think …"), however short the turn.
  const labels = new Map<string, number>();
  for (const line of lines) {
    const label = doc.text.slice(line.source!.start, line.source!.end);
    if (!/\p{Ll}/u.test(label)) labels.set(label, (labels.get(label) ?? 0) + 1);
  }
  for (const line of lines) {
    if ((labels.get(doc.text.slice(line.source!.start, line.source!.end)) ?? 0) > 1 || speakerLabel(doc, line)) continue;
    const within = (x: CharSpan) => line.content.start <= x.start && x.end <= line.content.end;
    if (found.some((f) => f !== line && f.source && within(f.source) && within(f.cue))) drop.add(line);
  }
  return drop.size ? found.filter((f) => !drop.has(f)) : found;
}

function speakerLabel(doc: Doc, line: Found): boolean {
  const label = line.source!;
  const text = doc.text.slice(label.start, label.end);
  if (!/\p{Ll}/u.test(text) && line.content.end - line.content.start > TRANSCRIPT_TURN_CHARS) return true;
  return doc.mentions.some((m) => m.start >= label.start && m.end <= label.end && m.kind !== 'pronoun' && SPEAKER_TYPES.has(m.type));
}

const NOMINAL_RULES = new Set(['noun', 'adjective']);

/**
 * "Bob Corker, a Republican who has been mentioned as a running mate, said …": a cue inside another
 * attribution's source phrase belongs to a relative clause or an apposition of that source; the
 * attribution around the source is the outer one, whatever the length of the two contents.
 */
function outsideSources(doc: Doc, found: Found[]): Found[] {
  const sources = new SpanBuckets<Found>();
  for (const f of found) if (f.source) sources.add(f.source, f);
  // A noun's attribution in the subject ("Moreno’s praise for the governor surprised …") is a phrase
  // of its own, not a clause of the source: it stays.
  return found.filter((f) => NOMINAL_RULES.has(f.rule) || relativeInSource(doc, f) || !sources.overlapping(f.cue.start, f.cue.end).some((g) => g !== f && g.source!.start <= f.cue.start && f.cue.end <= g.source!.end));
}

/**
 * "Barkley, who said he votes Democratic, said …", "Sanders, who on Tuesday endorsed Clinton, …": a
 * relative clause with a cue of its own in another attribution's source is an attribution too (its
 * source the relative pronoun); the outer source keeps the clause.
 */
function relativeInSource(doc: Doc, f: Found): boolean {
  // "Rendell, who supports Mrs. Clinton, said …": a stance on an object in the relative clause
  // describes the source, seldom an attribution of its own (PolNeAR train: 7 of 24; clauses 9 of 9).
  if (/^(loose-|learned-|misread-)?object/.test(f.rule)) return false;
  if (!f.source || f.source.end > f.cue.start || !/^(who|which)$/i.test(doc.text.slice(f.source.start, f.source.end))) return false;
  return /,\s*$/.test(doc.text.slice(Math.max(0, f.source.start - 3), f.source.start));
}

/**
 * "He thought of his speeches as ''little talks,'' he told friends": a quotation with its own source
 * and cue right after it, inside a longer attribution's content, is an attribution of its own too,
 * nested in the outer one (on PolNeAR train, 50 of 85 such are gold, where nested attributions of
 * other kinds are one in six).
 */
function nestedQuotation(f: Found, claimed: SpanBuckets<Found>): boolean {
  if (!f.source || !/(^|:)preceding:subject$/.test(f.rule) || !f.quotations.some((q) => q.start === f.content.start)) return false;
  const inside = (x: CharSpan, k: Found) => k.content.start <= x.start && x.end <= k.content.end;
  // "“…,” Sanders said, according to CNN": the report's source is the attribution, the quotation and
  // its speaker its content (PolNeAR train: 16 of 18 such pairs).
  return claimed.overlapping(f.cue.start, f.cue.end).every((k) => k.rule !== 'according-to' && inside(f.cue, k) && inside(f.source!, k) && inside(f.content, k) && overlap(k.cue, f.cue) === 0 && !(k.source && overlap(k.source, f.cue) > 0));
}

/**
 * PolNeAR is univocal: a word has one role in one attribution. A cue inside another attribution's
 * content is a nested attribution and gives way; of two attributions claiming the same content,
 * the one with more content stays.
 */
function outermost(doc: Doc, found: Found[]): Found[] {
  // A quotation a cue reached across its full stop goes first to a cue of its own ("“…,” he said").
  const late = (f: Found) => (f.rule.includes('next-quotation') ? 1 : 0);
  const bySize = [...found].sort((a, b) => late(a) - late(b) || b.content.end - b.content.start - (a.content.end - a.content.start) || a.cue.start - b.cue.start);
  const kept: Found[] = [];
  // Every span a kept attribution claims (content, cue, source), and its cues alone.
  const claimed = new SpanBuckets<Found>();
  const cues = new SpanBuckets<Found>();
  const relatives = new Set(found.filter((f) => relativeInSource(doc, f)));
  for (const f of bySize) {
    const nested = nestedQuotation(f, claimed);
    // A relative clause's attribution inside another's source, and that other attribution, both stand.
    const relative = relatives.has(f);
    const inSourceOnly = (k: Found) => relative && k.source !== null && overlap(k.source, f.cue) > 0 && overlap(k.content, f.cue) === 0 && overlap(k.cue, f.cue) === 0;
    if (!nested && claimed.overlapping(f.cue.start, f.cue.end).some((k) => !inSourceOnly(k))) continue;
    if (!nested && claimed.overlapping(f.content.start, f.content.end).some((k) => overlap(f.content, k.content) * 2 > f.content.end - f.content.start)) continue;
    if (f.source && cues.overlapping(f.source.start, f.source.end).some((k) => !(relatives.has(k) && overlap(k.content, f.content) === 0 && overlap(k.cue, f.cue) === 0))) continue;
    kept.push(f);
    for (const x of [f.content, f.cue, f.source]) if (x) claimed.add(x, f);
    cues.add(f.cue, f);
  }
  return kept.sort((a, b) => a.content.start - b.content.start);
}

// What may join a reported clause to a next clause with a cue of its own ("…, and Clinton said", "… though records indicate").
const COORDINATION = /(?:[,;]|\s[—–]|\b(?:and|but|while|whereas|though|although|yet|which|who|whom))\s*$/;
// Words a content keeps at least, once cut before a coordinated clause.
const MIN_CUT_CONTENT = 2;

/**
 * "FEC records show he gave $38,000, though public records indicate he owns no home": a cue that
 * follows a coordinator inside another attribution's content opens a clause of its own, not a
 * nested attribution. The first content ends before the coordinator, and both attributions stand.
 * A cue right at the content's start ("said Trump told him") stays nested.
 */
function splitCoordinated(doc: Doc, found: Found[]): Found[] {
  const contents = new SpanBuckets<Found>();
  for (const f of found) contents.add(f.content, f);
  for (const f of found) {
    for (const k of contents.overlapping(f.cue.start, f.cue.end)) {
      // A coordinated predicate's source is the subject before the first content ("Trump criticized X
      // and called for Y"): the clause then opens at its verb group.
      const head = f.source && f.source.end > k.content.start ? Math.min(f.cue.start, f.source.start) : f.cue.start;
      if (k === f || head <= k.content.start || f.cue.end > k.content.end || k.quotations.some((q) => q.start < f.cue.end && f.cue.start < q.end)) continue;
      const before = doc.text.slice(k.content.start, head);
      // Only the end of the text before the clause can hold its coordinator.
      const m = COORDINATION.exec(before.slice(-24));
      if (!m) continue;
      let end = head - Math.min(24, before.length) + m.index;
      while (end > k.content.start && /[\s,;:—–-]/.test(doc.text[end - 1]!)) end--;
      if (!wordsAtLeast(doc.text.slice(k.content.start, end), MIN_CUT_CONTENT)) continue;
      k.content = { start: k.content.start, end };
    }
  }
  return found;
}

/** A reported clause that is almost all one quotation ("that the “…”") is that direct quotation. */
function quotedCore(doc: Doc, f: Found): CharSpan {
  const len = f.content.end - f.content.start;
  const q = f.quotations.find((x) => x.start >= f.content.start && x.end <= f.content.end + 1 && (x.end - x.start) >= 0.8 * len && isStatementLike(doc, x));
  return q ? { start: q.start, end: Math.min(q.end, f.content.end) } : f.content;
}

function overlap(a: CharSpan, b: CharSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

const CITING = /\bciting\b|\bquoting\b/gi;

function makeQuote(doc: Doc, f: Found, content: CharSpan, candidates: Mention[], cites: readonly number[]): Quote {
  const q = f.quotations.find((x) => x.start === content.start && x.end >= content.end - 1);
  const kind: Quote['kind'] = q ? 'direct' : f.quotations.some((x) => x.start >= content.start && x.end <= content.end + 1 && isStatementLike(doc, x, true)) ? 'mixed' : 'indirect';
  const speaker = f.source ? speakerIn(doc, f.source, candidates) : null;
  const sent = doc.sentences[sentenceAt(doc, f.cue.start)]!;
  const via = [
    ...(f.viaSpan ? within(candidates, f.viaSpan.start, f.viaSpan.end) : []),
    ...citedSources(doc, candidates, sent.start, Math.min(f.cue.start, f.source?.start ?? f.cue.start), cites),
  ];
  const cue = { start: f.cue.start, end: f.cue.end, text: doc.text.slice(f.cue.start, f.cue.end) };
  const source = f.source ? { start: f.source.start, end: f.source.end, text: doc.text.slice(f.source.start, f.source.end) } : null;
  return {
    kind,
    content: { start: content.start, end: content.end, text: doc.text.slice(content.start, content.end) },
    cue,
    speaker: speaker?.entity ?? null,
    source,
    via: [...new Set(via.map((m) => m.entity!).filter((id) => id !== speaker?.entity))],
    truncated: f.truncated,
    evidence: [cue, source].filter((x): x is NonNullable<typeof x> => x !== null).map(({ start, end }) => ({ start, end })),
    rule: `${kind}:${f.rule}`,
  };
}

const UPPER_FIRST = /^\p{Lu}/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** A statement rather than a scare quote: enough words, or a full sentence of its own. */
function isStatementLike(doc: Doc, q: Quotation, mixed = false): boolean {
  const content = doc.text.slice(q.contentStart, q.contentEnd).trim();
  if (mixed) return content.length > 0;
  if (wordsAtLeast(content, MIN_STATEMENT_WORDS)) return true;
  // A sentence of its own: a capital first, a full stop last, on one line.
  const last = content.charCodeAt(content.length - 1);
  return (last === 46 || last === 33 || last === 63) && UPPER_FIRST.test(content) && !LINE_BREAK.test(content);
}

/** Whether a trimmed text has at least n space-separated words, counted without splitting it. */
function wordsAtLeast(text: string, n: number): boolean {
  let words = text.length > 0 ? 1 : 0;
  for (let i = 1; i < text.length && words < n; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    const prev = text.charCodeAt(i - 1);
    if (!space && (prev === 32 || prev === 10 || prev === 9 || prev === 13 || prev === 160)) words++;
  }
  return words >= n;
}

/**
 * Quotations no cue claimed: the next part of the attribution before them ("“…,” she said. “…”", or
 * a quoted paragraph after the one that named the speaker), else a quotation with no speaker.
 */
function continuations(doc: Doc, found: Found[], quotations: readonly Quotation[], candidates: Mention[], cites: readonly number[]): Quote[] {
  const out: Quote[] = [];
  const contents = new SpanBuckets<Found>();
  for (const f of found) contents.add(f.content, f);
  const claimed = (q: Quotation) => contents.overlapping(q.start, q.end).some((f) => overlap(f.content, { start: q.start, end: q.end }) > 0);
  let last: { f: Found; end: number } | null = null;
  const ordered = [...found].sort((a, b) => a.content.end - b.content.end);
  let fi = 0;
  for (const q of quotations) {
    while (fi < ordered.length && ordered[fi]!.content.end <= q.start) {
      const f = ordered[fi]!;
      if (!last || Math.max(f.content.end, f.cue.end) >= last.end) last = { f, end: Math.max(f.content.end, f.cue.end, f.source?.end ?? 0) };
      fi++;
    }
    if (claimed(q) || !isStatementLike(doc, q)) continue;
    const content = { start: q.start, end: q.end };
    if (last && goesOn(doc, last.f) && continuesAfter(doc, last.f, last.end, q.start)) {
      out.push(makeQuote(doc, { ...last.f, quotations: [q], truncated: !q.closed, rule: `continued:${last.f.rule}` }, content, candidates, cites));
      last = { f: last.f, end: q.end };
      continue;
    }
    out.push({
      kind: 'direct',
      content: { ...content, text: doc.text.slice(content.start, content.end) },
      cue: null,
      speaker: null,
      source: null,
      via: [],
      truncated: !q.closed,
      evidence: [],
      rule: 'direct:unattributed',
    });
  }
  return out;
}

/** Cues of plain saying, after which a quotation that follows at once goes on with the same speaker. */
const SAYING = /^(?:said|says|told|tells|added|adds|adding|explained|explains|saying|telling|stated|states)$/i;

/**
 * Whether a quotation right after this attribution may go on with it: after quoted words, or after
 * indirect speech by a named speaker ("…, Zapata said, adding it required endurance. “It's an isometric exercise …”").
 */
function goesOn(doc: Doc, f: Found): boolean {
  return f.quotations.length > 0 || (f.source !== null && SAYING.test(doc.text.slice(f.cue.start, f.cue.end)));
}

/** Only the previous attribution's own cue and source, punctuation and a few words lie in between. */
function continuesAfter(doc: Doc, f: Found, from: number, to: number): boolean {
  if (to < from || to - from > 400) return false;
  // The gap without the attribution's own cue and source.
  const own = [f.cue, f.source].filter((x): x is CharSpan => x !== null && x.end > from && x.start < to).sort((a, b) => a.start - b.start);
  let gap = '';
  let at = from;
  for (const x of own) {
    gap += doc.text.slice(at, Math.max(at, x.start));
    at = Math.max(at, x.end);
  }
  gap += doc.text.slice(at, to);
  if ((gap.match(/\n/g) ?? []).length > 2) return false;
  return gap.replace(/[^\p{L}\p{N}]/gu, '').length <= CONTINUATION_SLACK && !/[“"]/.test(gap);
}
