import type { Doc, Quote } from '../../doc/schema.js';
import { sentenceAt, tokenIndexAt } from '../../doc/doc.js';
import type { Kb } from '../../kb/kb.js';
import type { Component } from '../../pipeline/pipeline.js';
import { findQuotations, type Quotation } from '../../text/quotation-marks.js';
import { attributionAfter, attributionBefore, isSpeechVerb, speakerCandidates, subjectBefore, citedSources, type Attribution } from './attribution.js';

// A quotation of a few words inside a sentence is a scare quote or a borrowed phrase, not a statement.
const MIN_STATEMENT_WORDS = 5;
const THAT_WINDOW = 10;

/**
 * Quotations and their speakers, in the two steps CoreNLP uses: find the quotation (direct, or an
 * indirect "insists that …" clause, mixed when it holds quoted words), then the cue verb and its
 * subject, then the entity the subject mention belongs to (pronouns and titles already resolved).
 */
export const quotes: Component = {
  name: 'quotes',
  requires: ['sentences', 'tokens', 'entities'],
  produces: ['quotes'],
  run(doc, kb) {
    const candidates = speakerCandidates(doc);
    const quotations = findQuotations(doc.text);
    const out: Quote[] = [];
    const usedCues = new Set<number>();
    let previous: { quote: Quote; q: Quotation } | null = null;

    for (const q of quotations) {
      const content = doc.text.slice(q.contentStart, q.contentEnd).trim();
      // A short quotation counts only when it reads as a full sentence ("I never threaten anybody.").
      if (content.split(/\s+/).length < MIN_STATEMENT_WORDS && !/^\p{Lu}.*[.!?]$/u.test(content)) continue;
      const sent = doc.sentences[sentenceAt(doc, q.start)]!;
      const lead = doc.text.slice(sent.start, q.start);
      const attr = /\w/.test(lead)
        ? attributionBefore(doc, kb, sent.start, q.start, candidates) ?? attributionAfter(doc, kb, q.end, sent.end, candidates)
        : attributionAfter(doc, kb, q.end, sent.end, candidates) ?? attributionBefore(doc, kb, sent.start, q.start, candidates);
      const quote = makeQuote(doc, 'direct', q.contentStart, q.contentEnd, attr, !q.closed);
      if (!attr && previous && previous.quote.speaker && isContinuation(doc, previous.q, q)) {
        quote.speaker = previous.quote.speaker;
        quote.rule = 'direct:continues-previous-quotation';
      }
      if (attr) usedCues.add(attr.cue.start);
      out.push(quote);
      previous = { quote, q };
    }

    out.push(...indirectQuotes(doc, kb, candidates, quotations, usedCues));
    doc.quotes = out.sort((a, b) => a.content.start - b.content.start);
  },
};

function makeQuote(doc: Doc, kind: Quote['kind'], start: number, end: number, attr: Attribution | null, truncated: boolean): Quote {
  // Direct content sits between the marks; reported content keeps its quoted words whole ("is “legitimate”").
  const trailing = kind === 'direct' ? /[\s,.;:”"’»]/ : /[\s,.;:]/;
  while (end > start && trailing.test(doc.text[end - 1]!)) end--;
  while (start < end && /\s/.test(doc.text[start]!)) start++;
  const cue = attr ? { start: attr.cue.start, end: attr.cueEnd, text: doc.text.slice(attr.cue.start, attr.cueEnd) } : null;
  const source = attr?.source ? { start: attr.source.start, end: attr.source.end, text: attr.source.text } : null;
  const evidence = [cue, source].filter((x): x is NonNullable<typeof x> => x !== null).map(({ start: s, end: e }) => ({ start: s, end: e }));
  return {
    kind,
    content: { start, end, text: doc.text.slice(start, end) },
    cue,
    speaker: attr?.source?.entity ?? null,
    source,
    via: [...new Set((attr?.via ?? []).map((m) => m.entity!).filter((id) => id !== attr?.source?.entity))],
    truncated,
    evidence,
    rule: attr?.rule ?? 'direct:unattributed',
  };
}

/** A quotation that opens the next paragraph with no cue of its own goes on with the last speaker. */
function isContinuation(doc: Doc, prev: Quotation, q: Quotation): boolean {
  const between = doc.text.slice(prev.end, q.start);
  return between.trim() === '' || (/\n/.test(between) && between.trim().length < 3);
}

/** Indirect and mixed speech: a speech verb with a "that" clause, or a clause-final attribution. */
function indirectQuotes(doc: Doc, kb: Kb, candidates: ReturnType<typeof speakerCandidates>, quotations: Quotation[], usedCues: Set<number>): Quote[] {
  const out: Quote[] = [];
  const toks = doc.tokens;
  const inQuotation = (offset: number) => quotations.some((q) => q.contentStart <= offset && offset < q.contentEnd);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (usedCues.has(t.start) || !isSpeechVerb(t, kb) || inQuotation(t.start)) continue;
    const sent = doc.sentences[t.sentence]!;
    let thatAt = -1;
    for (let j = k + 1; j < Math.min(toks.length, k + THAT_WINDOW) && toks[j]!.sentence === t.sentence; j++) {
      const w = toks[j]!;
      if (w.text.toLowerCase() === 'that' && (j === k + 1 || toks[j - 1]!.pos !== 'DET')) {
        thatAt = j;
        break;
      }
      if (isSpeechVerb(w, kb) || w.pos === 'VERB' || /^[.;:“"«]$/.test(w.text)) break;
    }
    if (thatAt >= 0) {
      const source = subjectBefore(doc, t, candidates, sent.start);
      if (!source) continue;
      const start = toks[thatAt + 1]?.start ?? sent.end;
      const end = clauseEnd(doc, start, sent.end);
      const inner = quotations.filter((q) => q.start >= start && q.end <= end + 1);
      // The clause is itself a direct quotation already attributed: nothing more to add.
      if (inner.some((q) => q.end - q.start > (end - start) * 0.8)) continue;
      const attr: Attribution = { cue: t, cueEnd: t.end, source, via: citedSources(doc, candidates, sent.start, t.start), rule: inner.length ? 'mixed:that-clause' : 'indirect:that-clause' };
      out.push(makeQuote(doc, inner.length ? 'mixed' : 'indirect', start, end, attr, false));
      continue;
    }
    // "…, officials said." — the attribution closes the sentence.
    const rest = doc.text.slice(t.end, sent.end).trim();
    if (/^[.!]?$/.test(rest) && toks[k - 1]) {
      const before = doc.text.slice(sent.start, t.start);
      const comma = before.lastIndexOf(',');
      if (comma <= 0 || inQuotation(sent.start + comma)) continue;
      const source = candidates.find((m) => m.start > sent.start + comma && m.end <= t.start);
      if (!source) continue;
      const attr: Attribution = { cue: t, cueEnd: t.end, source, via: [], rule: 'indirect:final-attribution' };
      const kind = quotations.some((q) => q.start >= sent.start && q.end <= sent.start + comma + 1) ? 'mixed' : 'indirect';
      out.push(makeQuote(doc, kind, sent.start, sent.start + comma, attr, false));
    }
  }
  out.push(...accordingTo(doc, candidates));
  return out;
}

/** Where a reported clause ends: the sentence end, or a following quotation's cue ("…,” he said). */
function clauseEnd(doc: Doc, start: number, sentEnd: number): number {
  let end = sentEnd;
  while (end > start && /[\s.!?]/.test(doc.text[end - 1]!)) end--;
  return end;
}

/** "According to X, …" and "…, according to X." */
function accordingTo(doc: Doc, candidates: ReturnType<typeof speakerCandidates>): Quote[] {
  const out: Quote[] = [];
  for (const m of doc.text.matchAll(/\b[Aa]ccording to\b/g)) {
    const at = m.index!;
    const sent = doc.sentences[sentenceAt(doc, at)]!;
    const source = candidates.find((c) => c.start > at && c.start - at < 40 && c.start < sent.end);
    if (!source) continue;
    const cueTok = doc.tokens[tokenIndexAt(doc, at)]!;
    const attr: Attribution = { cue: cueTok, cueEnd: at + m[0].length, source, via: [], rule: 'indirect:according-to' };
    const comma = doc.text.indexOf(',', source.end);
    const leading = at - sent.start < 3;
    const [s, e] = leading ? [comma > 0 && comma < sent.end ? comma + 1 : source.end, sent.end] : [sent.start, at];
    out.push(makeQuote(doc, 'indirect', s, e, attr, false));
  }
  return out;
}
