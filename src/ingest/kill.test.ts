import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { fixtureJsonl } from '../testing/corpus-fixtures.js';
import { dumpSqliteStore } from '../testing/dump.js';
import { rng, syntheticCorpus } from '../testing/synthetic-corpus.js';

const bin = fileURLToPath(new URL('../../../bin/tidings.js', import.meta.url));
const KILLS = 24;

function args(input: string, db: string): string[] {
  return [bin, 'ingest', input, '--db', db, '--batch', '3', '--no-progress', '--json'];
}

/**
 * Starts an ingest (progress lines on) and kills it with SIGKILL, either `atMs` after start or, when
 * `atProcessed` is given, `jitterMs` after the ingest reports that many entries read: kills land at
 * a chosen point of the work whatever the machine's load. Resolves with whether the run finished first.
 */
function runAndKill(input: string, db: string, kill: { atMs?: number; atProcessed?: number; jitterMs: number }): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args(input, db).filter((a) => a !== '--no-progress'), { stdio: ['ignore', 'ignore', 'pipe'] });
    const timers: NodeJS.Timeout[] = [];
    if (kill.atMs !== undefined) timers.push(setTimeout(() => child.kill('SIGKILL'), kill.atMs));
    createInterface({ input: child.stderr! }).on('line', (line) => {
      const processed = (JSON.parse(line) as { progress?: { processed: number } }).progress?.processed ?? 0;
      if (kill.atProcessed !== undefined && processed >= kill.atProcessed && timers.length === 0) {
        timers.push(setTimeout(() => child.kill('SIGKILL'), kill.jitterMs));
      }
    });
    child.on('exit', (code, signal) => {
      for (const t of timers) clearTimeout(t);
      resolve(signal === null && code === 0);
    });
  });
}

describe('an ingest killed at random moments', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-kill-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it(`ends with the same store as an uninterrupted run (${KILLS} SIGKILLs)`, { timeout: 600_000 }, async () => {
    const input = join(dir, 'corpus.jsonl');
    const corpus = syntheticCorpus(100, 5);
    writeFileSync(input, fixtureJsonl(corpus));
    const clean = join(dir, 'clean.db');
    const t0 = Date.now();
    const r = spawnSync(process.execPath, args(input, clean), { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const cleanMs = Date.now() - t0;
    const summary = JSON.parse(r.stdout) as { added: number; duplicates: number; nearDuplicates: number; elapsedMs: number };
    const startupMs = Math.max(0, cleanMs - summary.elapsedMs);
    assert.ok(summary.added > 100 && summary.duplicates > 0 && summary.nearDuplicates > 0, r.stdout);

    // Kill moments spread over a whole run, start-up included, so some land inside transactions.
    const killed = join(dir, 'killed.db');
    const random = rng(20240611);
    let kills = 0;
    let finishedEarly = 0;
    let midway = 0;
    const stored = () => {
      try {
        const db = new Database(killed, { readonly: true });
        const n = (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
        db.close();
        return n;
      } catch {
        return 0; // killed before the schema was made
      }
    };
    let before = 0;
    let doneLines = 0;
    const lines = corpus.length;
    while (kills < KILLS) {
      // Most kills somewhere in the work left (a few ms after a batch, so often inside the next
      // one's extraction or transaction), some during start-up (opening, migrating).
      // Kill moments spread evenly over the corpus (each at a random point of its slot), every sixth
      // during start-up instead.
      const startup = kills % 6 === 5;
      const slot = kills - Math.floor(kills / 6);
      const slots = KILLS - Math.floor(KILLS / 6);
      const at = startup
        ? { atMs: 50 + Math.floor(random() * startupMs), jitterMs: 0 }
        : { atProcessed: Math.max(doneLines, Math.floor((lines * (slot + random())) / (slots + 1))), jitterMs: Math.floor(random() * 80) };
      if (await runAndKill(input, killed, at)) finishedEarly++;
      else kills++;
      const now = stored();
      assert.ok(now >= before, 'a kill never loses committed articles');
      if (now > before && now < summary.added) midway++;
      if (process.env['TIDINGS_DEBUG_KILL']) console.error(`kill at ${JSON.stringify(at)}: ${now} stored`);
      doneLines = Math.max(doneLines, Math.floor((now / summary.added) * lines));
      before = now;
      assert.ok(finishedEarly < KILLS, 'runs keep finishing before the kill: the corpus is too small for this machine');
    }
    assert.ok(midway >= 3, `only ${midway} runs were killed after storing part of the corpus`);
    const last = spawnSync(process.execPath, args(input, killed), { encoding: 'utf8' });
    assert.equal(last.status, 0, last.stderr);

    const a = dumpSqliteStore(clean);
    const b = dumpSqliteStore(killed);
    for (const table of Object.keys(a)) assert.deepEqual(b[table], a[table], `table ${table} differs`);
    assert.ok((a['events'] as unknown[]).length > 10);
  });
});
