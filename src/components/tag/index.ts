import type { Component } from '../../pipeline/pipeline.js';
import { analyzeDoc, type WinkToken } from '../../nlp/wink.js';

/**
 * Part-of-speech tags (Universal tagset) and lemmas from wink-nlp, aligned to the document's
 * tokens by offset. A token that segment split (a run-together word) has no wink token of its
 * own: it takes the tag its text has elsewhere in the document, else a guess from its shape.
 */
export const tag: Component = {
  name: 'tag',
  requires: ['tokens'],
  produces: ['tokens'],
  run(doc) {
    const byStart = new Map<number, WinkToken>();
    const byText = new Map<string, WinkToken>();
    for (const w of analyzeDoc(doc).tokens) {
      byStart.set(w.start, w);
      if (!byText.has(w.text)) byText.set(w.text, w);
    }
    for (const t of doc.tokens) {
      const exact = byStart.get(t.start);
      const w = exact && exact.end === t.end ? exact : byText.get(t.text);
      if (w) {
        t.pos = w.pos;
        t.lemma = w.lemma;
      } else {
        t.pos = /^\p{Lu}/u.test(t.text) ? 'PROPN' : /^\p{L}+$/u.test(t.text) ? 'VERB' : 'X';
        t.lemma = t.pos === 'PROPN' ? t.text : t.text.toLowerCase();
      }
    }
  },
};
