/**
 * End-to-end ingest into a fresh SQLite store: reading, extraction, near-duplicates, event merging,
 * writing. Reports articles/second, the time in each stage, memory over the run and the database size.
 * Memory is shown twice: as the process saw it after each batch (garbage included), and as what the
 * old generation holds after each of V8's own full collections, which is what tells growth from
 * garbage. With --live-heap the bench also forces full collections at 10%, 50% and 90% of the run and
 * reports the live heap exactly; it then runs slower than an ingest does: a forced collection
 * discards optimized code (about 90 functions each time, compiled again afterwards).
 *
 *   npm run bench -- ingest [FILE.jsonl[.gz]] [--limit N] [--db PATH] [--live-heap]
 */
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ingest } from '../src/ingest/ingest.js';
import { openMaybeGzip } from '../src/ingest/jsonl.js';
import { countEntries } from '../src/ingest/sources.js';
import { openStore } from '../src/store/index.js';

/** A full garbage collection, without starting node with --expose-gc. */
function fullGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

async function firstLines(path: string, n: number, out: string): Promise<void> {
  const w = createWriteStream(out);
  let k = 0;
  for await (const line of createInterface({ input: openMaybeGzip(path), crlfDelay: Infinity })) {
    if (k++ >= n) break;
    if (!w.write(line + '\n')) await once(w, 'drain');
  }
  w.end();
  await once(w, 'finish');
}

/** Bytes held by the old generation (everything but the young one): what outlives articles. */
function oldGenerationBytes(): number {
  return getHeapSpaceStatistics().reduce((sum, space) => (space.space_name === 'new_space' ? sum : sum + space.space_used_size), 0);
}

export async function benchIngest(path: string, limit: number, dbPath: string | undefined, liveHeap = false): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-bench-'));
  const db = dbPath ?? join(dir, 'bench.db');
  if (existsSync(db)) throw new Error(`${db} exists: the benchmark needs a fresh store`);
  let input = path;
  if (Number.isFinite(limit)) {
    input = join(dir, 'input.jsonl');
    await firstLines(path, limit, input);
  }
  // Counted before the clock starts: the live heap is sampled at fixed shares of the run.
  const total = (await countEntries([input])) ?? 0;
  const gc = liveHeap ? fullGc() : null;
  const live: Array<{ at: number; processed: number; heap: number }> = [];
  const marks = [0.1, 0.5, 0.9];
  let gcMs = 0;
  let processed = 0;
  // The old generation right after each of V8's own full collections (read when the entry arrives,
  // soon after): it grows only with what the ingest keeps.
  const afterFull: Array<{ processed: number; mb: number }> = [];
  const gcWatch = new PerformanceObserver((list) => {
    // The benchmark's own full collections are not the ingest's.
    for (const e of list.getEntries()) {
      const detail = (e as PerformanceEntry & { detail?: { flags?: number; kind?: number } }).detail;
      if ((detail?.flags ?? 0) & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) continue;
      gcMs += e.duration;
      if (detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) afterFull.push({ processed, mb: oldGenerationBytes() / 1048576 });
    }
  });
  gcWatch.observe({ entryTypes: ['gc'] });
  const load0 = loadavg()[0]!;
  const t0 = performance.now();
  const store = await openStore(db);
  const rss: Array<{ processed: number; mb: number; heap: number }> = [];
  const cpu0 = process.cpuUsage();
  // The second half of the run, apart: the first thousands of articles also pay for V8 compiling
  // and recompiling the pipeline's code on its background threads (a fifth of all CPU over 7,000).
  let half: { processed: number; wall: number; cpu: number } | null = null;
  // The batch size is ingest's default, as `tidings ingest` runs it.
  const s = await ingest(store, [input], {
    onBatch: (p) => {
      processed = p.processed;
      if (!half && p.processed >= total / 2) {
        const c = process.cpuUsage(cpu0);
        half = { processed: p.processed, wall: performance.now(), cpu: (c.user + c.system) / 1000 };
      }
      const m = process.memoryUsage();
      rss.push({ processed: p.processed, mb: m.rss / 1048576, heap: m.heapUsed / 1048576 });
      while (gc && marks.length > 0 && p.processed >= marks[0]! * total) {
        gc();
        live.push({ at: marks.shift()!, processed: p.processed, heap: process.memoryUsage().heapUsed / 1048576 });
      }
    },
  });
  await store.close();
  const end = performance.now();
  const wall = (end - t0) / 1000;
  gcWatch.disconnect();
  const cpu = process.cpuUsage(cpu0);
  const size = ['', '-wal', '-shm'].reduce((sum, ext) => sum + (existsSync(db + ext) ? statSync(db + ext).size : 0), 0);
  const n = s.processed;
  const sample = (f: number) => rss[Math.min(rss.length - 1, Math.floor(f * rss.length))];
  const at = (f: number) => `${sample(f)?.mb.toFixed(0) ?? '?'} MB (heap ${sample(f)?.heap.toFixed(0) ?? '?'} MB)`;
  console.log(`node ${process.version}${process.execArgv.length ? ` (${process.execArgv.join(' ')})` : ''}; load average ${load0.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at end (2 cores, shared)`);
  console.log(`${path}${Number.isFinite(limit) ? ` (first ${limit})` : ''} → ${db}`);
  console.log(`  articles         ${n} read, ${s.added} added (${s.nearDuplicates} near-duplicates), ${s.duplicates} exact duplicates, ${s.failed} failed`);
  console.log(`  events           ${s.events} canonical from ${s.eventMentions} mentions`);
  console.log(`  wall             ${wall.toFixed(1)} s, end to end (store opening included)`);
  console.log(`  articles/second  ${(n / wall).toFixed(1)} wall; ${(n / ((cpu.user + cpu.system) / 1e6)).toFixed(1)} per CPU-second of this process`);
  const h = half as { processed: number; wall: number; cpu: number } | null;
  if (h && n > h.processed) {
    const rest = n - h.processed;
    const restCpu = (cpu.user + cpu.system) / 1000 - h.cpu;
    console.log(`  second half      ${(rest / ((end - h.wall) / 1000)).toFixed(1)} wall; ${(rest / (restCpu / 1000)).toFixed(1)} per CPU-second (after the compiler's warm-up)`);
  }
  console.log(`  ms/article       extract ${(s.timings.extractMs / n).toFixed(2)}, rows+MinHash ${(s.timings.prepareMs / n).toFixed(2)}, store ${(s.timings.storeMs / n).toFixed(2)}, rest ${((wall * 1000 - s.timings.extractMs - s.timings.prepareMs - s.timings.storeMs) / n).toFixed(2)}`);
  console.log(`  RSS              ${at(0.1)} at 10%, ${at(0.5)} at 50%, ${at(0.9)} at 90%, peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  const full = afterFull.filter((f) => f.processed > 0);
  const fullAt = (f: number) => full[Math.min(full.length - 1, Math.floor(f * full.length))]!;
  if (full.length > 0) {
    console.log(`  old generation   ${[...new Set([0, 0.5, 1].map(fullAt))].map((f) => `${f.mb.toFixed(0)} MB at ${f.processed}`).join(', ')} articles (after ${full.length} full GCs of V8's own; the least ${Math.min(...full.map((f) => f.mb)).toFixed(0)} MB, the most ${Math.max(...full.map((f) => f.mb)).toFixed(0)} MB)`);
  }
  if (live.length > 0) console.log(`  live heap        ${live.map((l) => `${l.heap.toFixed(0)} MB at ${l.at * 100}%`).join(', ')} (after a forced full GC)`);
  console.log(`  GC pauses        ${(gcMs / n).toFixed(2)} ms/article`);
  console.log(`  database         ${(size / 1048576).toFixed(1)} MB (${(size / Math.max(s.added, 1) / 1024).toFixed(1)} KB/article)`);
  for (const f of s.failures.slice(0, 5)) console.log(`  failed ${f.origin}: ${f.reason}`);
  // The scratch directory holds the cut input, and the database unless --db put it elsewhere.
  rmSync(dir, { recursive: true, force: true });
}
