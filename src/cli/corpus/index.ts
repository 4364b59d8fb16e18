import type { Command } from 'commander';
import type { Io } from '../io.js';
import { registerExport } from './export.js';
import { registerIngest } from './ingest.js';
import { registerQueries } from './query.js';

/** The corpus commands: ingest, search, events, quotes, actors, timeline, export. */
export function registerCorpus(program: Command, io: Io): void {
  registerIngest(program, io);
  registerQueries(program, io);
  registerExport(program, io);
}
