import { createDoc } from '../doc/doc.js';
import { openStore } from '../store/index.js';
import { contentHash } from './hash.js';
import { prepareArticle, type ArticleInput } from './records.js';

/** A document of a near-duplicate evaluation set; `of` names the original a copy was made from. */
export interface EvalDoc {
  id: string;
  title: string | null;
  text: string;
  of?: string;
}

export interface NearDupScore {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Up to 10 wrong links and 10 missed copies, for reading. */
  wrong: Array<{ id: string; linkedTo: string; similarity: number }>;
  missed: string[];
}

/**
 * Runs the store's near-duplicate detection (MinHash, LSH bands, threshold) over a set of originals
 * and edited copies, in a scratch SQLite store, and scores the links it makes: a link is right when
 * both articles come from the same original; a copy is found when it is linked to its family.
 */
export async function evaluateNearDuplicates(docs: readonly EvalDoc[], batchSize = 200, sameSource?: ReadonlyMap<string, string>): Promise<NearDupScore> {
  const store = await openStore(':memory:');
  // `sameSource` maps originals that are already copies of one another in the source to one family.
  const root = (id: string) => sameSource?.get(id) ?? id;
  const family = new Map(docs.map((d) => [d.id, root(d.of ?? d.id)]));
  const links: Array<{ id: string; of: string; similarity: number }> = [];
  try {
    for (let i = 0; i < docs.length; i += batchSize) {
      const batch = docs.slice(i, i + batchSize).map((d) => {
        const input: ArticleInput = { id: d.id, title: d.title, date: null, url: null, source: null, text: d.text, origin: d.id };
        const hash = contentHash(d.text);
        return prepareArticle(input, createDoc(d.text, { id: d.id }), hash, 'eval');
      });
      links.push(...(await store.writeBatch(batch)).nearDuplicates);
    }
  } finally {
    await store.close();
  }
  let tp = 0;
  const wrong: NearDupScore['wrong'] = [];
  const linked = new Set<string>();
  for (const l of links) {
    linked.add(l.id);
    if (family.get(l.id) === family.get(l.of)) tp++;
    else wrong.push({ id: l.id, linkedTo: l.of, similarity: l.similarity });
  }
  const copies = docs.filter((d) => d.of);
  // A copy is found when it is linked to its family in either direction (a copy may come first).
  const found = new Set<string>();
  for (const l of links) if (family.get(l.id) === family.get(l.of)) found.add(l.id).add(l.of);
  const missed = copies.filter((c) => !found.has(c.id)).map((c) => c.id);
  void root;
  const fp = wrong.length;
  const fn = missed.length;
  return {
    precision: links.length ? tp / links.length : 1,
    recall: copies.length ? (copies.length - fn) / copies.length : 1,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    wrong: wrong.slice(0, 10),
    missed: missed.slice(0, 10),
  };
}
