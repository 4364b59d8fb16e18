import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { readLines, type Line } from './lines.js';

async function linesOf(chunks: Array<Buffer | string>, max = 1000): Promise<Line[]> {
  const out: Line[] = [];
  for await (const line of readLines(Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))), max)) out.push(line);
  return out;
}

test('lines: "\\n" and "\\r\\n" endings, empty lines kept, a last line without newline', async () => {
  assert.deepEqual(await linesOf(['a\r\nb\n\nc']), ['a', 'b', '', 'c']);
  assert.deepEqual(await linesOf(['a\n']), ['a']);
  assert.deepEqual(await linesOf([]), []);
});

test('lines: a character cut between two chunks is decoded whole', async () => {
  const bytes = Buffer.from('Erdoğan — “Gdańsk”\nnext');
  const cut = bytes.indexOf(Buffer.from('ğ')) + 1;
  assert.deepEqual(await linesOf([bytes.subarray(0, cut), bytes.subarray(cut, cut + 5), bytes.subarray(cut + 5)]), ['Erdoğan — “Gdańsk”', 'next']);
});

test('lines: a byte-order mark opening the stream is dropped, one inside is text', async () => {
  assert.deepEqual(await linesOf([Buffer.from([0xef, 0xbb]), Buffer.from([0xbf]), '{"a":1}\n\ufeffx']), ['{"a":1}', '\ufeffx']);
});

test('lines: a line over the limit is skipped to its newline and reported with its length', async () => {
  const long = 'x'.repeat(25);
  assert.deepEqual(await linesOf(['ok\n', long.slice(0, 10), long.slice(10), '\nafter\n'], 20), ['ok', { tooLong: 25 }, 'after']);
  assert.deepEqual(await linesOf(['ok\n' + long + '\nafter'], 20), ['ok', { tooLong: 25 }, 'after']);
  assert.deepEqual(await linesOf(['ok\n', long], 20), ['ok', { tooLong: 25 }]);
  assert.deepEqual(await linesOf(['x'.repeat(20) + '\n'], 20), ['x'.repeat(20)]);
});
