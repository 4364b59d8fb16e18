import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isoDate } from './eval-events.js';
import { CliError } from './errors.js';
import { runImportVerbs } from './events.js';
import type { Io } from './io.js';

function capture(): Io & { text: string; warnings: string[] } {
  const io = { text: '', warnings: [] as string[], out: (s: string) => void (io.text += s), warn: (m: string) => void io.warnings.push(m) };
  return io;
}

test('events import-verbs writes patterns and reports how much applies', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tidings-verbs-'));
  try {
    const dict = join(dir, 'verbs.txt');
    await writeFile(dict, '---  SHIP   [---]  ---\nSHIP\n- * AID (TO)   [070]\n- &X * AID [070]\n');
    const out = join(dir, 'out.json');
    const io = capture();
    await runImportVerbs(dict, { out, json: true }, io);
    const written = JSON.parse(await readFile(out, 'utf8')) as { patterns: unknown[] };
    assert.deepEqual(written.patterns, [{ lemma: 'ship', code: '070', with: ['aid'], targetPrep: ['to'] }]);
    const report = JSON.parse(io.text.trim().split('\n').pop()!) as { applied: number; patterns: number };
    assert.equal(report.applied, 1);
    assert.equal(report.patterns, 2);
    await assert.rejects(runImportVerbs(join(dir, 'missing.txt'), {}, capture()), CliError);
    await writeFile(dict, 'just some text\n');
    await assert.rejects(runImportVerbs(dict, {}, capture()), /no verb blocks/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('eval events reads compact PETRARCH dates', () => {
  assert.equal(isoDate('2000-01-01'), '2000-01-01');
  assert.equal(isoDate('20080806'), '2008-08-06');
  assert.equal(isoDate('121108'), '2012-11-08');
  assert.equal(isoDate('950101'), '1995-01-01');
  assert.equal(isoDate('soon'), null);
  assert.equal(isoDate(null), null);
});
