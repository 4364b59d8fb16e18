/**
 * A deterministic generator of news-like articles for the corpus tests: diplomatic meetings,
 * criticism and sanctions between known actors, quotes, and varied background sentences, plus
 * edited reprints (sentences inserted and deleted, headline changed) and exact copies. Nothing
 * here comes from a real corpus; the same seed always gives the same articles.
 */
import type { FixtureArticle } from './corpus-fixtures.js';

export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

const ACTORS = [
  { full: 'Russian Foreign Minister Sergei Lavrov', last: 'Lavrov', adj: 'Russian', capital: 'Moscow' },
  { full: 'Iranian Foreign Minister Mohammad Javad Zarif', last: 'Zarif', adj: 'Iranian', capital: 'Tehran' },
  { full: 'U.S. Secretary of State Mike Pompeo', last: 'Pompeo', adj: 'American', capital: 'Washington' },
  { full: 'Chinese Foreign Minister Wang Yi', last: 'Wang', adj: 'Chinese', capital: 'Beijing' },
  { full: 'German Chancellor Angela Merkel', last: 'Merkel', adj: 'German', capital: 'Berlin' },
  { full: 'French President Emmanuel Macron', last: 'Macron', adj: 'French', capital: 'Paris' },
  { full: 'Turkish President Recep Tayyip Erdogan', last: 'Erdogan', adj: 'Turkish', capital: 'Ankara' },
  { full: 'Indian Prime Minister Narendra Modi', last: 'Modi', adj: 'Indian', capital: 'New Delhi' },
];
const TOPICS = ['the nuclear agreement', 'trade tariffs', 'the war in Syria', 'energy supplies', 'climate targets', 'a prisoner exchange', 'border security', 'vaccine deliveries', 'shipping in the Gulf', 'grain exports'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const SUBJECTS = ['Analysts', 'Local traders', 'Opposition lawmakers', 'Several economists', 'Human rights groups', 'Business leaders', 'Regional newspapers', 'Farmers near the border', 'Students at the university', 'Port officials', 'Hospital directors', 'Energy companies'];
const VERBS = ['expect', 'doubt', 'warned about', 'pointed to', 'questioned', 'welcomed', 'have long demanded', 'remain divided over', 'are preparing for', 'cautiously praised'];
const OBJECTS = ['higher fuel prices', 'a new round of negotiations', 'the cost of the reconstruction', 'delays at the customs posts', 'a shortage of skilled workers', 'the pace of the reforms', 'rising food prices', 'the collapse of the currency', 'fresh investment in railways', 'the rules for foreign banks', 'new limits on fishing', 'the closure of two steel plants'];
const TAILS = ['this winter', 'in the coming months', 'after the elections', 'before the summit', 'despite the sanctions', 'since the flooding in {n} districts', 'according to a survey of {n} companies', 'by at least {n} percent', 'for the {n}th time this year', 'in {n} provinces'];
const QUOTES = ['We will not accept threats', 'Our cooperation is stronger than ever', 'This is a dangerous escalation', 'Dialogue is the only way forward', 'We expect concrete steps, not words', 'The door to negotiations remains open'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function background(r: () => number): string {
  const tail = pick(r, TAILS).replace('{n}', String(2 + Math.floor(r() * 97)));
  return `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)} ${tail}.`;
}

/** `n` distinct articles, each with an event between two actors, a quote and background sentences. */
export function syntheticArticles(n: number, seed = 1): FixtureArticle[] {
  const r = rng(seed);
  const out: FixtureArticle[] = [];
  for (let i = 0; i < n; i++) {
    const a = pick(r, ACTORS);
    let b = pick(r, ACTORS);
    while (b === a) b = pick(r, ACTORS);
    const topic = pick(r, TOPICS);
    const day = pick(r, WEEKDAYS);
    const date = new Date(Date.UTC(2019, 0, 1) + Math.floor(r() * 700) * 86_400_000).toISOString().slice(0, 10);
    const kind = Math.floor(r() * 3);
    const lead =
      kind === 0
        ? `${a.capital.toUpperCase()} — ${a.full} met ${b.full} in ${a.capital} on ${day} to discuss ${topic}.`
        : kind === 1
          ? `${a.capital.toUpperCase()} — ${a.full} criticized ${b.full} on ${day} over ${topic}.`
          : `${a.capital.toUpperCase()} — ${a.full} accused ${b.full} of blocking progress on ${topic} on ${day}.`;
    const sentences = [lead, `"${pick(r, QUOTES)}," ${a.last} told reporters after the ${kind === 0 ? 'talks' : 'statement'}.`];
    const extra = 5 + Math.floor(r() * 8);
    for (let k = 0; k < extra; k++) sentences.push(background(r));
    sentences.splice(3, 0, `${b.last} did not immediately respond to the ${a.adj} remarks about ${topic}.`);
    out.push({
      id: `syn:${seed}:${i}`,
      title: `${a.last} ${kind === 0 ? 'meets' : kind === 1 ? 'criticizes' : 'accuses'} ${b.last} over ${topic}`,
      date,
      url: `https://news.example/${seed}/${i}`,
      source: `Outlet ${1 + (i % 5)}`,
      text: sentences.join('\n'),
    });
  }
  return out;
}

/** An edited reprint: a new headline, `deletions` sentences dropped, `insertions` sentences added. */
export function editedCopy(orig: FixtureArticle, r: () => number, id: string, edits = { deletions: 1, insertions: 1 }): FixtureArticle {
  const lines = orig.text.split('\n');
  for (let d = 0; d < edits.deletions && lines.length > 3; d++) lines.splice(1 + Math.floor(r() * (lines.length - 1)), 1);
  for (let k = 0; k < edits.insertions; k++) lines.splice(1 + Math.floor(r() * lines.length), 0, background(r));
  return { ...orig, id, title: `UPDATE: ${orig.title.split(' ').reverse().join(' ')}`, source: `Reprinter ${id.length % 3}`, url: `https://reprints.example/${id}`, text: lines.join('\n') };
}

/** A corpus for ingest tests: originals, edited reprints of some and exact copies of others. */
export function syntheticCorpus(n: number, seed = 1): FixtureArticle[] {
  const r = rng(seed * 7919);
  const originals = syntheticArticles(n, seed);
  const out: FixtureArticle[] = [];
  originals.forEach((a, i) => {
    out.push(a);
    if (i % 5 === 4) out.push(editedCopy(originals[i - 2]!, r, `${a.id}:reprint`));
    if (i % 7 === 6) out.push({ ...originals[i - 3]!, id: `${a.id}:copy`, source: 'Copier' });
  });
  return out;
}
