/**
 * Near-duplicate detection on a real corpus: edited copies of some of its articles (sentences
 * deleted, sentences from other articles inserted, headline changed) are mixed in, and the links
 * the store makes are scored.
 *
 *   npm run bench -- neardup [FILE.jsonl[.gz]] [--limit N] [--copies N]
 */
import { createInterface } from 'node:readline';
import { evaluateNearDuplicates, type EvalDoc } from '../src/corpus/neardup-eval.js';
import { openMaybeGzip } from '../src/ingest/jsonl.js';
import { rng } from '../src/testing/synthetic-corpus.js';
import { signature, similarity } from '../src/corpus/minhash.js';

export async function benchNearDuplicates(path: string, limit: number, copies: number): Promise<void> {
  const originals: EvalDoc[] = [];
  const titles = new Map<string, string>();
  for await (const line of createInterface({ input: openMaybeGzip(path), crlfDelay: Infinity })) {
    if (originals.length >= limit) break;
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; title: string | null; text: string };
    originals.push({ id: r.id, title: r.title, text: r.text });
    titles.set(r.id, r.title ?? '');
  }
  const random = rng(4242);
  const sentencesOf = (t: string) => t.split(/(?<=[.!?])\s+/).filter((s) => s.trim());
  const docs: EvalDoc[] = [...originals];
  for (let i = 0; i < copies; i++) {
    const o = originals[Math.floor(random() * originals.length)]!;
    const s = sentencesOf(o.text);
    // Light edits, as reprints make them: up to a tenth of the sentences (at least one) each way.
    const most = Math.max(1, Math.round(s.length / 10));
    const deletions = 1 + Math.floor(random() * most);
    const insertions = 1 + Math.floor(random() * most);
    for (let d = 0; d < deletions && s.length > 2; d++) s.splice(Math.floor(random() * s.length), 1);
    for (let k = 0; k < insertions; k++) {
      const other = sentencesOf(originals[Math.floor(random() * originals.length)]!.text);
      s.splice(Math.floor(random() * (s.length + 1)), 0, other[Math.floor(random() * other.length)] ?? '');
    }
    docs.push({ id: `${o.id}#copy${i}`, title: `Reprint: ${o.title ?? ''}`, text: s.join(' '), of: o.id });
  }
  // Copies are inserted at random places, so some arrive before their original.
  for (let i = docs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [docs[i], docs[j]] = [docs[j]!, docs[i]!];
  }
  // The source has its own copies (notices renewed word for word every year): originals whose
  // shingles are at least 90% the same are one family in the second score.
  const sigs = originals.map((o) => signature(o.text));
  const sameSource = new Map<string, string>();
  for (let i = 0; i < originals.length; i++) {
    for (let j = 0; j < i; j++) {
      if (similarity(sigs[i]!, sigs[j]!) >= 0.9) {
        sameSource.set(originals[i]!.id, sameSource.get(originals[j]!.id) ?? originals[j]!.id);
        break;
      }
    }
  }
  const t0 = performance.now();
  const score = await evaluateNearDuplicates(docs);
  const ms = performance.now() - t0;
  const adjusted = await evaluateNearDuplicates(docs, 200, sameSource);
  console.log(`${path}: ${originals.length} articles + ${copies} edited copies (1 to a tenth of the sentences deleted, as many inserted from other articles, headline changed)`);
  console.log(`  precision ${score.precision.toFixed(4)}  recall ${score.recall.toFixed(4)}  (links right ${score.truePositives}, wrong ${score.falsePositives}, copies missed ${score.falseNegatives})`);
  console.log(`  with the source's own ${sameSource.size} near-identical originals as families: precision ${adjusted.precision.toFixed(4)}  recall ${adjusted.recall.toFixed(4)} (wrong ${adjusted.falsePositives})`);
  console.log(`  ${(ms / docs.length).toFixed(3)} ms/article for signatures, LSH lookups and links (SQLite in memory)`);
  for (const w of adjusted.wrong) console.log(`  wrong: ${w.id} → ${w.linkedTo} (${w.similarity.toFixed(2)}): "${titles.get(w.id.replace(/#copy\d+$/, ''))}" / "${titles.get(w.linkedTo.replace(/#copy\d+$/, ''))}"`);
  for (const m of score.missed) console.log(`  missed: ${m}`);
}
