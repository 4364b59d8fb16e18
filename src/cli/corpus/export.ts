import { Argument, Option, type Command } from 'commander';
import { ACTOR_COLUMNS, EVENT_COLUMNS, GDELT_COLUMNS, QUOTE_COLUMNS, gdeltRow, pick, toCsv } from '../../corpus/export.js';
import { CliError } from '../errors.js';
import type { Io } from '../io.js';
import { DB_HELP, withStore } from './store.js';

export function registerExport(program: Command, io: Io): void {
  program
    .command('export')
    .description('write stored events, quotes or actors as JSON Lines, CSV or (events) the GDELT 2.0 event table')
    .addArgument(new Argument('<what>', 'events, quotes or actors').choices(['events', 'quotes', 'actors']))
    .option('--db <url>', DB_HELP)
    .addOption(new Option('--format <f>', 'output format').choices(['jsonl', 'csv', 'gdelt']).default('jsonl'))
    .option('--json', 'same as --format jsonl')
    .action(async (what: 'events' | 'quotes' | 'actors', opts: { db?: string; format: 'jsonl' | 'csv' | 'gdelt'; json?: boolean }) => {
      const format = opts.json ? 'jsonl' : opts.format;
      if (format === 'gdelt' && what !== 'events') throw new CliError('--format gdelt is for events only');
      await withStore(opts.db, false, async (store) => {
        const [rows, columns] =
          what === 'events' ? [await store.events(), EVENT_COLUMNS] : what === 'quotes' ? [await store.quotes(), QUOTE_COLUMNS] : [await store.actors(), ACTOR_COLUMNS];
        if (format === 'gdelt') {
          io.out([GDELT_COLUMNS.join('\t'), ...(rows as Parameters<typeof gdeltRow>[0][]).map(gdeltRow)].join('\n') + '\n');
        } else if (format === 'csv') {
          io.out(toCsv(columns, pick(rows as readonly object[], columns)));
        } else {
          for (const r of pick(rows as readonly object[], columns)) io.out(JSON.stringify(r) + '\n');
        }
      });
    });
}
