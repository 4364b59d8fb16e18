import type { Readable } from 'node:stream';

/** A line of a stream, or the marker of one longer than the limit (its bytes were dropped). */
export type Line = string | { tooLong: number };

/**
 * The lines of a byte stream as UTF-8 strings, "\n" or "\r\n" ended, without a leading byte-order
 * mark. A line over `maxBytes` is not held: its bytes are skipped up to the next newline and a marker
 * with its length takes its place, so one huge line cannot fill memory (node's readline keeps any
 * line whole). Splitting on the newline byte is safe in UTF-8, where it is never part of a longer
 * character; a line is decoded once, when complete, so no character is cut between chunks.
 */
export async function* readLines(stream: Readable, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let held = 0;
  let dropped = -1; // bytes of the current line skipped so far; -1 while it is kept
  let first = true;
  const decode = (line: Buffer): string => {
    if (first) {
      first = false;
      if (line.length >= 3 && line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf) line = line.subarray(3);
    }
    const end = line.length > 0 && line[line.length - 1] === 13 ? line.length - 1 : line.length;
    return line.toString('utf8', 0, end);
  };
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
      const piece = buf.subarray(from, nl);
      from = nl + 1;
      if (dropped < 0 && held + piece.length <= maxBytes) {
        yield decode(parts.length === 0 ? piece : Buffer.concat([...parts, piece], held + piece.length));
      } else {
        first = false;
        yield { tooLong: (dropped < 0 ? held : dropped) + piece.length };
      }
      parts = [];
      held = 0;
      dropped = -1;
    }
    const rest = buf.subarray(from);
    if (dropped >= 0) dropped += rest.length;
    else if (held + rest.length > maxBytes) {
      dropped = held + rest.length;
      parts = [];
      held = 0;
    } else if (rest.length > 0) {
      // The stream may reuse a chunk's memory: what waits for its newline is copied.
      parts.push(Buffer.from(rest));
      held += rest.length;
    }
  }
  if (dropped >= 0) yield { tooLong: dropped };
  else if (held > 0) yield decode(Buffer.concat(parts, held));
}
