import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'bin', 'tidings.js');

function tidings(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
}

describe('tidings eval timex', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'tidings-timex-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('scores a JSON Lines gold file and ends with one JSON line', () => {
    const text = '\nThe talks ended on Tuesday. Ministers will meet again next month.';
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const doc = {
      doc_id: 'x1',
      corpus: 'Mine',
      dct: '2018-07-20T10:00:00',
      text,
      timexes: [
        { ...span('Tuesday'), type: 'DATE', value: '2018-07-17' },
        { ...span('next month'), type: 'DATE', value: '2018-08' },
      ],
    };
    const gold = join(dir, 'gold.jsonl');
    writeFileSync(gold, JSON.stringify(doc) + '\n');
    const r = tidings(['eval', 'timex', '--gold', gold, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    const scores = JSON.parse(lines[lines.length - 1]!) as Record<string, { f1: number }> & { byCorpus: Record<string, unknown> };
    for (const k of ['strict', 'relaxed', 'value', 'type']) assert.equal(scores[k]!.f1, 1, k);
    assert.ok('Mine' in scores.byCorpus);
    assert.match(r.stdout, /by type/);
  });

  it('a missing or malformed gold file is one line on stderr', () => {
    const missing = tidings(['eval', 'timex', '--gold', join(dir, 'nope.jsonl')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /^tidings: gold file not found/);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"doc_id": 1}\n');
    const r = tidings(['eval', 'timex', '--gold', bad]);
    assert.equal(r.status, 1);
    assert.equal(r.stderr.trimEnd().split('\n').length, 1);
    assert.match(r.stderr, /bad\.jsonl:1 is not TempEval gold/);
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, JSON.stringify({ doc_id: 'e1', dct: 'not a date', text: '   ', timexes: [] }) + '\n');
    const e = tidings(['eval', 'timex', '--gold', empty]);
    assert.equal(e.status, 1);
    assert.match(e.stderr, /document e1: .*/);
  });
});
