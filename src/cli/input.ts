import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { declaredCharset } from '../text/charset.js';
import { CliError } from './errors.js';

/** Largest article the CLI accepts, in bytes. News articles are a few KB; 10 MB is a runaway input. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

/** Share of control characters above which an input is treated as binary. */
const MAX_CONTROL_SHARE = 0.1;

export interface ArticleInput {
  /** Decoded text, BOM removed, otherwise byte-for-byte as given (CRLF kept, so offsets match the file). */
  text: string;
  /** The file name, or "stdin". */
  name: string;
  bytes: number;
}

export interface ReadOptions {
  maxBytes?: number;
  stdin?: Readable;
}

/**
 * Reads one article from a file path or "-" (stdin) and checks it is usable text: not missing, not too
 * large (checked before reading), not empty, not binary, valid UTF-8. Every failure is a one-line CliError.
 */
export async function readArticle(source: string, options: ReadOptions = {}): Promise<ArticleInput> {
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  const fromStdin = source === '-';
  const name = fromStdin ? 'stdin' : source;
  const bytes = fromStdin ? await readStream(options.stdin ?? process.stdin, name, maxBytes) : await readFileLimited(source, maxBytes);
  return { text: decodeArticle(bytes, name), name, bytes: bytes.length };
}

async function readFileLimited(path: string, maxBytes: number): Promise<Buffer> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw fileError(path, err);
  }
  if (info.isDirectory()) throw new CliError(`${path} is a directory, not an article file`);
  if (info.isFile() && info.size > maxBytes) {
    throw new CliError(`${path} is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit for one article`);
  }
  // Regular files are read whole (size known); pipes and devices are read up to the limit.
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw fileError(path, err);
  }
  try {
    return await readStream(handle.createReadStream({ autoClose: false }), path, maxBytes);
  } finally {
    await handle.close();
  }
}

function fileError(path: string, err: unknown): CliError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new CliError(`no such file: ${path}`);
  if (code === 'EACCES' || code === 'EPERM') return new CliError(`permission denied: ${path}`);
  if (code === 'EISDIR') return new CliError(`${path} is a directory, not an article file`);
  return new CliError(`cannot read ${path}: ${(err as Error | undefined)?.message ?? String(err)}`);
}

/** Reads a stream into memory, stopping (and failing) as soon as it passes maxBytes. */
function readStream(stream: Readable, name: string, maxBytes: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let done = false;
    const finish = (err: Error | null, value?: Buffer) => {
      if (done) return;
      done = true;
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      if (err) reject(err);
      else resolve(value!);
    };
    const onData = (chunk: Buffer | string) => {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += buf.length;
      if (total > maxBytes) {
        stream.destroy();
        finish(new CliError(`${name} is over the ${formatBytes(maxBytes)} limit for one article; stopped reading`));
        return;
      }
      chunks.push(buf);
    };
    const onEnd = () => finish(null, Buffer.concat(chunks, total));
    const onError = (err: Error) => finish(new CliError(`cannot read ${name}: ${err.message}`));
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}

/**
 * Turns raw bytes into article text, or explains in one line why they are not an article.
 * Order matters: binary files usually also fail UTF-8, and "binary" is the more useful message.
 */
export function decodeArticle(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new CliError(`${name} is empty`);
  if (bytes.includes(0)) throw new CliError(`${name} looks like a binary file (it contains NUL bytes), not text`);
  let control = 0;
  for (const b of bytes) if (isControlByte(b)) control++;
  if (control / bytes.length > MAX_CONTROL_SHARE) {
    throw new CliError(`${name} looks like a binary file (${Math.round((100 * control) / bytes.length)}% control characters), not text`);
  }
  let text: string;
  try {
    // The decoder drops a leading UTF-8 BOM itself (ignoreBOM: false).
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // A page or feed that says what it is written in ("<meta charset=iso-8859-1>") is read so.
    const charset = declaredCharset(bytes);
    if (!charset || charset === 'utf-8') {
      throw new CliError(`${name} is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); convert it with iconv first`);
    }
    text = new TextDecoder(charset).decode(bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new CliError(`${name} contains only whitespace`);
  return text;
}

/** C0 controls other than tab, newline, vertical tab, form feed, carriage return; and DEL. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) || b === 0x7f;
}

/** Byte offset of the first byte that breaks UTF-8 (for the error message). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
