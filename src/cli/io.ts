import type { Readable } from 'node:stream';

/** Where commands write; injectable so commands can be run in-process by tests. */
export interface Io {
  out(text: string): void;
  /** A one-line note for people on stderr (not an error). */
  warn(message: string): void;
  stdin?: Readable;
}

export const processIo: Io = {
  out: (text) => {
    process.stdout.write(text);
  },
  warn: (message) => {
    process.stderr.write(`tidings: ${message}\n`);
  },
};
