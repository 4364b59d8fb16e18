import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One token as wink-nlp sees it, with offsets recovered into the original text. */
export interface WinkToken {
  start: number;
  end: number;
  text: string;
  pos: string;
  lemma: string;
}

export interface WinkAnalysis {
  tokens: WinkToken[];
  sentences: Array<{ start: number; end: number }>;
}

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

// segment and tag both need wink's view of the same text; parsing twice would double the
// cost of the most expensive step, so the last analysis is kept.
let last: { text: string; analysis: WinkAnalysis } | undefined;

export function analyzeText(text: string): WinkAnalysis {
  if (last && last.text === text) return last.analysis;
  const analysis = runWink(text);
  last = { text, analysis };
  return analysis;
}

function runWink(text: string): WinkAnalysis {
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out() as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const lemmas = wdoc.tokens().out(its.lemma as unknown as typeof its.pos) as string[];
  const tokens: WinkToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (pos[i] === 'SPACE' || value.trim() === '') continue;
    const at = text.indexOf(value, cursor);
    // wink may normalize a token; if it cannot be found close by, skip it rather than misplace it.
    if (at < 0 || at - cursor > 200) continue;
    const p = pos[i]!;
    const lemma = lemmas[i] ?? value;
    tokens.push({ start: at, end: at + value.length, text: value, pos: p, lemma: p === 'PROPN' ? value : lemma.toLowerCase() });
    cursor = at + value.length;
  }
  const sentences: Array<{ start: number; end: number }> = [];
  cursor = 0;
  for (const s of wdoc.sentences().out() as string[]) {
    const trimmed = s.trim();
    if (!trimmed) continue;
    const at = text.indexOf(trimmed, cursor);
    if (at < 0) continue;
    sentences.push({ start: at, end: at + trimmed.length });
    cursor = at + trimmed.length;
  }
  return { tokens, sentences };
}
