import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { decodeArticle, firstInvalidUtf8, formatBytes, readArticle } from './input.js';

describe('decodeArticle', () => {
  it('drops a UTF-8 BOM and keeps everything else as given (CRLF too, so offsets match the file)', () => {
    const text = decodeArticle(Buffer.from('\ufeffPutin said:\r\n“Yes.”', 'utf8'), 't');
    assert.equal(text, 'Putin said:\r\n“Yes.”');
  });

  it('names the first bad UTF-8 byte', () => {
    assert.equal(firstInvalidUtf8(Buffer.from('abc', 'utf8')), -1);
    assert.equal(firstInvalidUtf8(Buffer.from('aé€😀', 'utf8')), -1);
    assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xc3])), 1); // cut short
    assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xc0, 0xaf])), 2); // overlong
    assert.equal(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80])), 0); // surrogate
    assert.throws(() => decodeArticle(Buffer.from([0x61, 0x62, 0xe9, 0x20]), 'f'), /f is not valid UTF-8 \(first bad byte at offset 2\)/);
  });

  it('tolerates a few control characters (form feeds, a stray escape) in real text', () => {
    const text = 'Page one.\f\nPage two has a stray \x1b escape but is text.';
    assert.equal(decodeArticle(Buffer.from(text), 't'), text);
  });
});

describe('readArticle from a stream', () => {
  it('reads stdin up to the limit and stops past it', async () => {
    const ok = await readArticle('-', { stdin: Readable.from([Buffer.from('Hello '), Buffer.from('world')]), maxBytes: 20 });
    assert.deepEqual(ok, { text: 'Hello world', name: 'stdin', bytes: 11 });
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled++;
        this.push(Buffer.alloc(8, 0x61));
      },
    });
    await assert.rejects(readArticle('-', { stdin: endless, maxBytes: 20 }), /stdin is over the 20 B limit/);
    assert.ok(pulled < 10, `read ${pulled} chunks`);
  });
});

it('formatBytes', () => {
  assert.equal(formatBytes(512), '512 B');
  assert.equal(formatBytes(10 * 1024 * 1024), '10 MB');
  assert.equal(formatBytes(1536), '1.5 KB');
});
