import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { failure, ready, type Entry } from './entry.js';

/** Lines longer than this are no article of the corpus format; they are reported, not parsed. */
const MAX_LINE_CHARS = 12_000_000;

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
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      const origin = `${path}:${n}`;
      if (!line.trim()) continue;
      if (line.length > MAX_LINE_CHARS) {
        yield failure(origin, `line longer than ${MAX_LINE_CHARS} characters`);
        continue;
      }
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
    const lines = createInterface({ input: openMaybeGzip(path), crlfDelay: Infinity });
    for await (const line of lines) if (line.trim()) n++;
  } catch {
    // An unreadable file is reported when it is read; the total is only a hint.
  }
  return n;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v : null;
}
