import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'bin', 'tidings.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function tidings(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Non-zero exit, nothing on stdout, exactly one line on stderr matching `pattern`, no stack trace. */
function assertOneLineError(r: Run, pattern: RegExp): void {
  assert.notEqual(r.status, 0, `expected failure, got status ${r.status}; stderr: ${r.stderr}`);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `expected one line on stderr, got:\n${r.stderr}`);
  assert.match(lines[0]!, /^tidings: /);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(r.stderr, /^\s*at /m);
}

describe('tidings extract: input checks', () => {
  let dir: string;
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'tidings-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a missing file', () => {
    assertOneLineError(tidings(['extract', join(dir, 'nope.txt'), '--date', '2018-07-20']), /no such file: .*nope\.txt/);
  });

  it('a directory', () => {
    assertOneLineError(tidings(['extract', dir, '--date', '2018-07-20']), /is a directory/);
  });

  it('an empty file', () => {
    assertOneLineError(tidings(['extract', file('empty.txt', ''), '--date', '2018-07-20']), /empty\.txt is empty/);
  });

  it('a file of whitespace only (and a lone BOM)', () => {
    assertOneLineError(tidings(['extract', file('blank.txt', ' \n\t\r\n  '), '--date', '2018-07-20']), /contains only whitespace/);
    assertOneLineError(tidings(['extract', file('bom.txt', '\ufeff\n'), '--date', '2018-07-20']), /contains only whitespace/);
  });

  it('a binary file with NUL bytes', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    assertOneLineError(tidings(['extract', file('image.png', png), '--date', '2018-07-20']), /binary file \(it contains NUL bytes\)/);
  });

  it('a binary file of control characters without NUL', () => {
    const bytes = Buffer.alloc(400);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 2 ? 0x41 : 1 + (i % 8);
    assertOneLineError(tidings(['extract', file('ctl.bin', bytes), '--date', '2018-07-20']), /binary file \(\d+% control characters\)/);
  });

  it('invalid UTF-8 (Latin-1 text)', () => {
    const latin1 = Buffer.from('Le président a visité Téhéran.', 'latin1');
    assertOneLineError(tidings(['extract', file('latin1.txt', latin1), '--date', '2018-07-20']), /not valid UTF-8 \(first bad byte at offset 5\)/);
  });

  it('a 50 MB file fails fast, without being read', () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, 'x');
    truncateSync(path, 50 * 1024 * 1024); // sparse: no 50 MB written to disk
    const r = tidings(['extract', path, '--date', '2018-07-20']);
    // Read, the sparse file would be 50 MB of NUL bytes and refused as binary: the size message shows it was not read.
    // (No timing here: speed is the bench's business, and a loaded machine made a time limit flaky.)
    assertOneLineError(r, /huge\.txt is 50 MB, over the 10 MB limit/);
  });

  it('stdin: empty, and past the size limit', () => {
    assertOneLineError(tidings(['extract', '-', '--date', '2018-07-20'], ''), /stdin is empty/);
    const big = Buffer.alloc(11 * 1024 * 1024, 0x61);
    assertOneLineError(tidings(['extract', '-', '--date', '2018-07-20'], big), /stdin is over the 10 MB limit/);
  });

  it('a bad --date: wrong format, or not a real calendar date', () => {
    const ok = file('ok.txt', 'Putin met Trump in Helsinki on Monday.');
    assertOneLineError(tidings(['extract', ok, '--date', '20-07-2018']), /invalid --date "20-07-2018": expected YYYY-MM-DD/);
    assertOneLineError(tidings(['extract', ok, '--date', '2018-02-29']), /invalid --date "2018-02-29": not a real calendar date/);
    assertOneLineError(tidings(['extract', ok, '--date', '2018-13-01']), /not a real calendar date/);
  });

  it('a bad --format is refused', () => {
    const ok = file('ok2.txt', 'Putin met Trump in Helsinki on Monday.');
    const r = tidings(['extract', ok, '--format', 'xml']);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /xml/);
    assert.doesNotMatch(r.stderr, /^\s*at /m);
  });
});

describe('tidings schema and eval: usage errors', () => {
  it('schema prints the JSON Schema of the document', () => {
    const r = tidings(['schema']);
    assert.equal(r.status, 0, r.stderr);
    const schema = JSON.parse(r.stdout) as { properties: Record<string, unknown> };
    for (const key of ['text', 'meta', 'entities', 'timexes', 'quotes', 'events', 'places', 'flags']) assert.ok(key in schema.properties, key);
  });

  it('eval seed with a missing gold file', () => {
    assertOneLineError(tidings(['eval', 'seed', '--gold', join(tmpdir(), 'no-such-gold.json')]), /gold file not found/);
  });

  it('an unknown command', () => {
    const r = tidings(['frobnicate']);
    assert.notEqual(r.status, 0);
    assert.doesNotMatch(r.stderr, /^\s*at /m);
  });
});

describe('tidings extract: the seed article end to end', () => {
  const seed = join(root, 'examples', 'seed-article.txt');

  it('prints a document that passes the schema, with the given date', async () => {
    const r = tidings(['extract', seed, '--date', '2018-07-20']);
    assert.equal(r.status, 0, r.stderr);
    const { DocSchema } = await import('../doc/schema.js');
    const doc = DocSchema.parse(JSON.parse(r.stdout));
    assert.deepEqual([doc.meta.date, doc.meta.dateSource], ['2018-07-20', 'given']);
    assert.ok(doc.text.startsWith('While Russian President Vladimir Putin'));
    assert.deepEqual(doc.pipeline, ['segment', 'tag', 'entities', 'resolve', 'time', 'places', 'quotes', 'events']);
  });

  it('reads stdin and prints the text report', () => {
    const r = tidings(['extract', '-', '--date', '2018-07-20', '--format', 'text'], 'Putin met Trump in Helsinki on Monday.');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /date 2018-07-20 \(given\)/);
    for (const section of ['ACTORS', 'QUOTES', 'TIME EXPRESSIONS', 'TIMELINE', 'FLAGS']) assert.match(r.stdout, new RegExp(`^${section} \\(\\d+\\)$`, 'm'));
  });

  it('--title: the headline goes into meta, and a signed one names who "I" is', async () => {
    const r = tidings(['extract', '-', '--date', '2024-05-02', '--title', 'Statement from Harbour Commissioner Marta Ruiz on the Reopening'], 'I know the harbour will thrive.');
    assert.equal(r.status, 0, r.stderr);
    const { DocSchema } = await import('../doc/schema.js');
    const doc = DocSchema.parse(JSON.parse(r.stdout));
    assert.equal(doc.meta.title, 'Statement from Harbour Commissioner Marta Ruiz on the Reopening');
    const signer = doc.entities.find((e) => e.name === 'Marta Ruiz');
    assert.ok(signer && doc.quotes.some((q) => q.speaker === signer.id));
  });

  it('without --date: a date from the text, or "unknown" said on stderr, never an invented one', () => {
    const r = tidings(['extract', '-'], 'Putin met Trump in Helsinki on Monday.');
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { meta: { date: string | null; dateSource: string } };
    if (doc.meta.date === null) {
      assert.equal(doc.meta.dateSource, 'unknown');
      assert.match(r.stderr, /date is unknown/);
    } else {
      assert.equal(doc.meta.dateSource, 'text');
    }
  });
});
