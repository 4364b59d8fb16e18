/**
 * Throughput of the full pipeline.
 *
 *   npm run bench                              the seed article, repeatedly for ~5 s
 *   npm run bench -- FILE.jsonl[.gz] [--limit N]  each article of a corpus once
 *   npm run bench -- --seconds 10              a longer seed run (--warmup S: at least S seconds of warm-up first, 3)
 *
 * Reports articles/second, ms/article, KB/s, peak RSS, and the time spent in each component.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { createDoc, extract, getPipeline, loadKb, type Component, type DocInput, type Kb } from '../src/index.js';

const SEED_FILE = new URL('../../examples/seed-article.txt', import.meta.url);
const SEED_DATE = '2018-07-20';

interface Article {
  id: string;
  text: string;
  input: DocInput;
}

interface Timing {
  /** Milliseconds per article, in run order. */
  perArticle: number[];
  bytes: number;
  /** Component name → total milliseconds (createDoc counted as "createDoc"). */
  byComponent: Map<string, number>;
  errors: Array<{ id: string; message: string }>;
}

function newTiming(components: readonly Component[]): Timing {
  return { perArticle: [], bytes: 0, byComponent: new Map(['createDoc', ...components.map((c) => c.name)].map((n) => [n, 0])), errors: [] };
}

/** Runs the pipeline by hand, component by component (as Pipeline.run does), timing each. */
function runTimed(article: Article, components: readonly Component[], kb: Kb, timing: Timing): void {
  const t0 = performance.now();
  const doc = createDoc(article.text, article.input);
  let last = performance.now();
  add(timing.byComponent, 'createDoc', last - t0);
  try {
    for (const c of components) {
      c.run(doc, kb);
      doc.pipeline.push(c.name);
      const now = performance.now();
      add(timing.byComponent, c.name, now - last);
      last = now;
    }
  } catch (err) {
    timing.errors.push({ id: article.id, message: (err instanceof Error ? err.message : String(err)).split('\n')[0]! });
  }
  timing.perArticle.push(performance.now() - t0);
  timing.bytes += Buffer.byteLength(article.text, 'utf8');
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

async function* readCorpus(path: string): AsyncGenerator<Article> {
  let stream: NodeJS.ReadableStream = createReadStream(path);
  if (path.endsWith('.gz')) stream = stream.pipe(createGunzip());
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let rec: { id?: unknown; title?: unknown; date?: unknown; url?: unknown; source?: unknown; text?: unknown };
    try {
      rec = JSON.parse(line) as typeof rec;
    } catch {
      throw new Error(`${path}:${n}: not a JSON line`);
    }
    if (typeof rec.text !== 'string') throw new Error(`${path}:${n}: no "text" field`);
    const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
    yield {
      id: str(rec.id) ?? `line ${n}`,
      text: rec.text,
      input: { date: str(rec.date), title: str(rec.title), url: str(rec.url), source: str(rec.source), ...(str(rec.id) ? { id: str(rec.id)! } : {}) },
    };
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function report(title: string, timing: Timing, wallMs: number): void {
  const n = timing.perArticle.length;
  const busy = timing.perArticle.reduce((a, b) => a + b, 0);
  const sorted = [...timing.perArticle].sort((a, b) => a - b);
  const rssMb = process.resourceUsage().maxRSS / 1024; // maxRSS is in KB
  const f = (x: number, d = 2) => x.toFixed(d);
  console.log(`\n${title}`);
  console.log(`  articles         ${n}${timing.errors.length ? ` (${timing.errors.length} failed)` : ''}`);
  console.log(`  text             ${f(timing.bytes / 1024, 1)} KB (${f(timing.bytes / 1024 / Math.max(n, 1), 1)} KB/article)`);
  console.log(`  time             ${f(busy / 1000, 2)} s in the pipeline, ${f(wallMs / 1000, 2)} s wall`);
  console.log(`  articles/second  ${f((n * 1000) / busy, 1)}`);
  console.log(`  ms/article       mean ${f(busy / Math.max(n, 1))}  p50 ${f(percentile(sorted, 50))}  p95 ${f(percentile(sorted, 95))}  max ${f(sorted[n - 1] ?? 0)}`);
  console.log(`  KB/s             ${f(timing.bytes / 1024 / (busy / 1000), 1)}`);
  console.log(`  peak RSS         ${f(rssMb, 1)} MB`);
  for (const e of timing.errors.slice(0, 5)) console.log(`  failed ${e.id}: ${e.message}`);
}

function reportComponents(timing: Timing): void {
  const n = Math.max(timing.perArticle.length, 1);
  const total = [...timing.byComponent.values()].reduce((a, b) => a + b, 0);
  const width = Math.max(...[...timing.byComponent.keys()].map((k) => k.length));
  console.log(`\nper component (ms/article, share), over ${timing.perArticle.length} runs`);
  for (const [name, ms] of timing.byComponent) {
    const share = total ? (100 * ms) / total : 0;
    console.log(`  ${name.padEnd(width)}  ${(ms / n).toFixed(3).padStart(9)}  ${share.toFixed(1).padStart(5)}%  ${'#'.repeat(Math.round(share / 2))}`);
  }
}

const WIKINEWS = new URL('../../../shared/data/corpus/wikinews-en/articles.jsonl', import.meta.url).pathname;
const WHITE_HOUSE = new URL('../../../shared/data/corpus/whitehouse-briefing-room/articles.jsonl.gz', import.meta.url).pathname;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      seconds: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '3' },
      limit: { type: 'string' },
      db: { type: 'string' },
      copies: { type: 'string', default: '300' },
      screenshots: { type: 'string' },
      'live-heap': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  // Corpus-layer benchmarks: `ingest` (end to end into SQLite) and `neardup` (precision/recall).
  if (positionals[0] === 'ingest' || positionals[0] === 'neardup') {
    const file = positionals[1] ?? WHITE_HOUSE;
    if (!existsSync(file)) throw new Error(`no such file: ${file}`);
    const limit = values.limit === undefined ? Infinity : Number(values.limit);
    if (positionals[0] === 'ingest') await (await import('./ingest.js')).benchIngest(file, limit, values.db, values['live-heap']);
    else await (await import('./neardup.js')).benchNearDuplicates(file, Number.isFinite(limit) ? limit : 3000, Number(values.copies));
    return;
  }
  if (positionals[0] === 'web') {
    const file = positionals[1] ?? WIKINEWS;
    if (!existsSync(file)) throw new Error(`no such file: ${file}`);
    await (await import('./web.js')).benchWeb(file, values.db, values.limit === undefined ? 20 : Number(values.limit), values.screenshots);
    return;
  }
  if (values.help) {
    console.log('usage: node dist/bench/bench.js [FILE.jsonl|FILE.jsonl.gz] [--limit N] [--seconds S] [--warmup S]\n       node dist/bench/bench.js ingest [FILE] [--limit N] [--db PATH] [--live-heap]\n       node dist/bench/bench.js neardup [FILE] [--limit N] [--copies N]\n       node dist/bench/bench.js web [FILE] [--db PATH] [--limit N] [--screenshots DIR]');
    return;
  }
  const seconds = Number(values.seconds);
  const warmupSeconds = Number(values.warmup);
  if (!(warmupSeconds >= 0)) throw new Error('--warmup takes a number of seconds');
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  if (!(seconds > 0) || !(limit > 0)) throw new Error('--seconds and --limit take positive numbers');

  if (positionals[0] !== undefined && !existsSync(positionals[0])) throw new Error(`no such file: ${positionals[0]}`);
  const seedText = readFileSync(SEED_FILE, 'utf8');
  const seed: Article = { id: 'seed', text: seedText, input: { date: SEED_DATE } };

  // Cold start: the knowledge base, the NLP model and the first article.
  let t = performance.now();
  const kb = loadKb();
  const kbMs = performance.now() - t;
  t = performance.now();
  const pipeline = getPipeline(kb);
  extract(seed.text, seed.input);
  const firstMs = performance.now() - t;
  console.log(`node ${process.version}${process.execArgv.length ? ` (${process.execArgv.join(' ')})` : ''}, pipeline: ${pipeline.components.map((c) => c.name).join(' → ')}`);
  console.log(`cold start: kb ${kbMs.toFixed(0)} ms, first article ${firstMs.toFixed(0)} ms`);

  // Warm-up: let the JIT settle before anything is measured. On this project's 2-core machines the time per
  // article keeps falling for 3 to 6 seconds (the optimizing compiler reaches the later components last); a
  // corpus run spends nearly all its time past that point, so that is what is measured. The warm-up runs in
  // one-second rounds until a round is no faster than the one before (by 3%), at least `--warmup` seconds and
  // at most 15.
  const warmStart = performance.now();
  let warm = 0;
  let previous = Infinity;
  for (;;) {
    const roundStart = performance.now();
    let n = 0;
    while (performance.now() - roundStart < 1000) {
      extract(seed.text, seed.input);
      n++;
    }
    warm += n;
    const ms = (performance.now() - roundStart) / n;
    const elapsed = performance.now() - warmStart;
    if ((elapsed >= warmupSeconds * 1000 && ms > previous * 0.97) || elapsed >= 15_000) break;
    previous = Math.min(previous, ms);
  }
  const warmSeconds = (performance.now() - warmStart) / 1000;

  if (positionals.length === 0) {
    // Throughput through the public API, for `seconds`.
    const timing = newTiming(pipeline.components);
    const start = performance.now();
    const end = start + seconds * 1000;
    while (performance.now() < end) {
      const t0 = performance.now();
      extract(seed.text, seed.input);
      timing.perArticle.push(performance.now() - t0);
      timing.bytes += Buffer.byteLength(seed.text, 'utf8');
    }
    report(`seed article (${seedText.length} chars, date ${SEED_DATE}), ${warm} warm-up runs in ${warmSeconds.toFixed(0)} s, then ~${seconds} s`, timing, performance.now() - start);

    // Breakdown: the same article, components run one by one.
    const breakdown = newTiming(pipeline.components);
    const until = performance.now() + Math.min(2000, seconds * 400);
    while (performance.now() < until) runTimed(seed, pipeline.components, kb, breakdown);
    reportComponents(breakdown);
    return;
  }

  const path = positionals[0]!;
  const timing = newTiming(pipeline.components);
  const start = performance.now();
  for await (const article of readCorpus(path)) {
    if (timing.perArticle.length >= limit) break;
    runTimed(article, pipeline.components, kb, timing);
  }
  report(`${path}, each article once`, timing, performance.now() - start);
  reportComponents(timing);
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
