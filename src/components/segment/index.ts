import type { Token } from '../../doc/schema.js';
import type { Component } from '../../pipeline/pipeline.js';
import { analyzeDoc } from '../../nlp/wink.js';
import { quotationsOf } from '../../text/quotation-marks.js';
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
    const quotations = quotationsOf(doc);
    doc.sentences = buildSentences(text, analysis.sentences, quotations);
    const raw: Token[] = analysis.tokens.map((t) => ({ start: t.start, end: t.end, text: t.text, pos: '', lemma: '', sentence: 0 }));
    const splitAt = new Map(findMergedTokens(raw, kb.commonWords).map((s) => [s.index, s]));
    const tokens: Token[] = [];
    raw.forEach((t, index) => {
      const s = splitAt.get(index);
      if (!s) return void tokens.push(t);
      // Literals in the fields' order, not spreads: a token of another V8 shape, met in one damaged article in
      // hundreds, deoptimized the code reading tokens everywhere in the pipeline.
      tokens.push({ start: t.start, end: s.at, text: text.slice(t.start, s.at), pos: '', lemma: '', sentence: 0 }, { start: s.at, end: t.end, text: text.slice(s.at, t.end), pos: '', lemma: '', sentence: 0 });
      doc.flags.push(s.flag);
    });
    numberSentences(tokens, doc.sentences);
    doc.tokens = tokens;
    doc.flags.push(...flagUnclosedQuotations(text, quotations), ...flagMojibake(text));
    doc.flags.sort((a, b) => a.start - b.start);
  },
};

/**
 * Each token's sentence number. The loop is a function of its own: V8 compiles a long loop on-stack,
 * and code after it in the same function has no type feedback then, so the cached code deoptimized
 * there article after article.
 */
function numberSentences(tokens: Token[], sentences: ReadonlyArray<{ start: number }>): void {
  let sentence = 0;
  for (const t of tokens) {
    while (sentence + 1 < sentences.length && sentences[sentence + 1]!.start <= t.start) sentence++;
    t.sentence = sentence;
  }
}
