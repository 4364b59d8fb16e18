import type { Token } from '../../doc/schema.js';
import { sentenceAt } from '../../doc/doc.js';
import type { Component } from '../../pipeline/pipeline.js';
import { analyzeDoc } from '../../nlp/wink.js';
import { findQuotations } from '../../text/quotation-marks.js';
import { buildSentences } from './sentences.js';
import { findMergedTokens, flagMojibake, flagUnclosedQuotations } from './damage.js';

/** Sentences, tokens, and flags for damaged text (unclosed quotations, run-together words, mojibake). */
export const segment: Component = {
  name: 'segment',
  requires: [],
  produces: ['sentences', 'tokens', 'flags'],
  run(doc, kb) {
    const { text } = doc;
    const analysis = analyzeDoc(doc);
    const quotations = findQuotations(text);
    doc.sentences = buildSentences(text, analysis.sentences, quotations);
    let tokens: Token[] = analysis.tokens.map((t) => ({ start: t.start, end: t.end, text: t.text, pos: '', lemma: '', sentence: 0 }));
    const splits = findMergedTokens(tokens, kb.commonWords);
    for (const s of splits.reverse()) {
      const t = tokens[s.index]!;
      const head: Token = { ...t, end: s.at, text: text.slice(t.start, s.at) };
      const tail: Token = { ...t, start: s.at, text: text.slice(s.at, t.end) };
      tokens = [...tokens.slice(0, s.index), head, tail, ...tokens.slice(s.index + 1)];
      doc.flags.push(s.flag);
    }
    for (const t of tokens) t.sentence = sentenceAt(doc, t.start);
    doc.tokens = tokens;
    doc.flags.push(...flagUnclosedQuotations(text, quotations), ...flagMojibake(text));
    doc.flags.sort((a, b) => a.start - b.start);
  },
};
