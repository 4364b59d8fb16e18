import type { Component } from '../../pipeline/pipeline.js';
import { analyzeDoc, forgetAnalysis, type WinkToken } from '../../nlp/wink.js';
import { startsUpper } from '../../text/case.js';

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
    const wink = analyzeDoc(doc).tokens;
    let w = 0;
    for (const t of doc.tokens) {
      // Both lists are in text order: walk them together.
      while (w < wink.length && wink[w]!.start < t.start) w++;
      const exact = wink[w];
      // A split word is rare: its tag is looked for where its text occurs last.
      const match = exact && exact.start === t.start && exact.end === t.end ? exact : findLast(wink, t.text);
      if (match) {
        t.pos = match.pos;
        t.lemma = match.lemma;
      } else {
        t.pos = startsUpper(t.text) ? 'PROPN' : /^\p{L}+$/u.test(t.text) ? 'VERB' : 'X';
        t.lemma = t.pos === 'PROPN' ? t.text : t.text.toLowerCase();
      }
    }
    forgetAnalysis(doc);
  },
};

function findLast(wink: WinkToken[], text: string): WinkToken | undefined {
  for (let k = wink.length - 1; k >= 0; k--) if (wink[k]!.text === text) return wink[k];
  return undefined;
}
