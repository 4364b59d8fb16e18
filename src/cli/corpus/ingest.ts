import type { Command } from 'commander';
import { parseDateOption } from '../date.js';
import type { Io } from '../io.js';
import { DB_HELP, positiveInt, withStore } from './store.js';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { CliError } from '../errors.js';

/** The actor book kept in a file: read when it exists, written whole (then renamed) after each batch. */
async function openActorBook(path: string) {
  const { ActorBook, readActorsFile } = await import('../../index.js');
  let book;
  try {
    book = existsSync(path) ? ActorBook.fromActorsFile(readActorsFile(path)) : new ActorBook();
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  return {
    book,
    save: () => {
      writeFileSync(path + '.tmp', JSON.stringify(book.toActorsFile()) + '\n');
      renameSync(path + '.tmp', path);
    },
  };
}

interface IngestCommandOptions {
  db?: string;
  date?: string;
  batch?: string;
  rate: string;
  timeout: string;
  maxBytes: string;
  progress: boolean;
  reprocess?: boolean;
  json?: boolean;
  actors?: string[];
  learnActors?: string;
}

export function registerIngest(program: Command, io: Io): void {
  program
    .command('ingest')
    .description('read articles from files, directories, JSON Lines (.jsonl, .jsonl.gz), HTML pages and RSS/Atom feeds (paths or URLs) into the store')
    .argument('<inputs...>', 'files, directories or http(s) URLs')
    .option('--db <url>', DB_HELP)
    .option('--date <YYYY-MM-DD>', 'publication date for articles that give none (otherwise looked for in the text)')
    .option('--batch <n>', 'articles per transaction (default 500)')
    .option('--rate <n>', 'HTTP requests per second to one host', '1')
    .option('--timeout <ms>', 'HTTP timeout per request', '20000')
    .option('--max-bytes <n>', 'largest HTTP body accepted', String(10 * 1024 * 1024))
    .option('--reprocess', 'extract again the stored articles that another pipeline version made (ids of unchanged events are kept)')
    .option('--actors <file...>', 'actors files to add to the knowledge base (from `tidings actors import`; also TIDINGS_ACTORS)')
    .option('--learn-actors <file>', 'learn dated roles from the articles into this actors file (read first if it exists, saved after every batch) and code later articles with them')
    .option('--no-progress', 'no progress bar or progress lines')
    .option('--json', 'print the summary as JSON')
    .action(async (inputs: string[], opts: IngestCommandOptions) => {
      const date = opts.date === undefined ? null : parseDateOption(opts.date);
      // Without --batch, ingest's own default (DEFAULT_BATCH): this module does not load ingest until it runs.
      const batchSize = opts.batch === undefined ? undefined : positiveInt(opts.batch);
      const rate = Number(opts.rate);
      const { Fetcher } = await import('../../ingest/http.js');
      const fetcher = new Fetcher({ perHostRate: rate > 0 ? rate : 1, timeoutMs: positiveInt(opts.timeout), maxBytes: positiveInt(opts.maxBytes) });
      const { ingest } = await import('../../ingest/ingest.js');
      const { progressView } = await import('../../ingest/progress.js');
      const { countEntries } = await import('../../ingest/sources.js');
      const { actorsFiles, kbWithActors } = await import('../actors.js');
      const kb = await kbWithActors(actorsFiles(opts.actors));
      const learning = opts.learnActors ? await openActorBook(opts.learnActors) : null;
      await withStore(opts.db, true, async (store) => {
        const view = opts.progress ? progressView(await countEntries(inputs)) : null;
        let summary;
        try {
          summary = await ingest(store, inputs, {
            date,
            batchSize,
            fetcher,
            reprocess: opts.reprocess,
            kb,
            actorBook: learning?.book,
            onBatch: (p) => {
              learning?.save();
              view?.update(p);
            },
          });
        } finally {
          view?.stop();
        }
        if (opts.json) {
          io.out(JSON.stringify({ store: store.location, ...summary, rate: Number(summary.rate.toFixed(1)), elapsedMs: Math.round(summary.elapsedMs) }) + '\n');
          return;
        }
        const lines = [
          `read ${summary.processed} in ${(summary.elapsedMs / 1000).toFixed(1)} s (${summary.rate.toFixed(1)}/s) into ${store.location}`,
          `  added            ${summary.added} (${summary.nearDuplicates} of them near-duplicates of earlier articles)`,
          `  already stored   ${summary.alreadyStored}`,
          `  duplicates       ${summary.duplicates} (same text as a stored article; not stored again)`,
          `  failed           ${summary.failed}`,
          `  events           ${summary.events} new canonical events from ${summary.eventMentions} event mentions`,
        ];
        if (summary.unchanged.length) lines.push(`  not modified     ${summary.unchanged.length} URL(s) answered 304`);
        const reasons = new Map<string, number>();
        for (const f of summary.failures) reasons.set(f.reason, (reasons.get(f.reason) ?? 0) + 1);
        for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 10)) lines.push(`    ${n} × ${reason}`);
        for (const f of summary.failures.slice(0, 5)) lines.push(`    e.g. ${f.origin}: ${f.reason}`);
        io.out(lines.join('\n') + '\n');
      });
    });
}
