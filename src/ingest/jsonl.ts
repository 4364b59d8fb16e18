import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { failure, ready, type Entry } from './entry.js';
import { readLines } from './lines.js';

/** Lines longer than this are no article of the corpus format: they are reported, and never held whole. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;

export function isJsonl(path: string): boolean {
  return /\.(jsonl|ndjson)(\.gz)?$/i.test(path);
}

export function openMaybeGzip(path: string): Readable {
  const raw = createReadStream(path);
  return /\.gz$/i.test(path) ? raw.pipe(createGunzip()) : raw;
}

/**
 * Articles of a JSON Lines corpus file (`{id, title, date, url, source, text}` per line, gzipped when
 * the name ends in .gz). A bad line is a failure with its line number; the rest goes on.
 */
export async function* readJsonl(path: string): AsyncGenerator<Entry> {
  const stream = openMaybeGzip(path);
  let n = 0;
  try {
    for await (const line of readLines(stream, MAX_LINE_BYTES)) {
      n++;
      const origin = `${path}:${n}`;
      if (typeof line !== 'string') {
        yield failure(origin, `line of ${line.tooLong} bytes, longer than ${MAX_LINE_BYTES}`);
        continue;
      }
      if (!line.trim()) continue;
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch {
        yield failure(origin, 'not a JSON line');
        continue;
      }
      if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
        yield failure(origin, 'not a JSON object');
        continue;
      }
      const r = rec as Record<string, unknown>;
      if (typeof r['text'] !== 'string') {
        yield failure(origin, 'no "text" string');
        continue;
      }
      yield ready({ id: str(r['id']), title: str(r['title']), date: str(r['date']), url: str(r['url']), source: str(r['source']), text: r['text'], origin });
    }
  } catch (err) {
    yield failure(`${path}:${n + 1}`, `unreadable: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    stream.destroy();
  }
}

/** Number of non-empty lines, for the progress bar's total. */
export async function countLines(path: string): Promise<number> {
  let n = 0;
  try {
    for await (const line of readLines(openMaybeGzip(path), MAX_LINE_BYTES)) if (typeof line !== 'string' || line.trim()) n++;
  } catch {
    // An unreadable file is reported when it is read; the total is only a hint.
  }
  return n;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v : null;
}
