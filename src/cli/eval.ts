import type { Command } from 'commander';
import { GoldError, readSeedGold } from '../eval/gold.js';
import { registerEvalTimex } from './eval-timex.js';
import { scoreSeed } from '../eval/seed.js';
import { formatSeedReport } from '../eval/seed-report.js';
import { registerEvalEvents } from './eval-events.js';
import type { Doc } from '../doc/schema.js';
import { isCalendarDate } from './date.js';
import { CliError, EXIT_INTERNAL, firstLine } from './errors.js';
import type { Io } from './io.js';
import { registerEvalNer } from './eval-ner.js';
import { registerEvalQuotes } from './eval-quotes.js';
import { registerEvalPlaces } from './eval-places.js';

export function registerEval(program: Command, io: Io): void {
  const evalCommand = program
    .command('eval')
    .description('run the full pipeline on gold data and score it');

  evalCommand
    .command('seed')
    .description('score every layer against the hand-annotated seed article')
    .requiredOption('--gold <path>', 'seed gold file (e.g. ../shared/data/seed/gold.json)')
    .option('--json', 'also print the scores as one JSON object on the last line')
    .action(async (opts: { gold: string; json?: boolean }) => {
      await runEvalSeed(opts, io);
    });
  registerEvalNer(evalCommand, io);
  registerEvalTimex(evalCommand, io);
  registerEvalQuotes(evalCommand, io);
  registerEvalEvents(evalCommand, io);
  registerEvalPlaces(evalCommand, io);
}

export async function runEvalSeed(opts: { gold: string; json?: boolean }, io: Io): Promise<void> {
  let loaded;
  try {
    loaded = await readSeedGold(opts.gold);
  } catch (err) {
    if (err instanceof GoldError) throw new CliError(err.message);
    throw err;
  }
  const { gold, text, date } = loaded;
  if (date !== null && !isCalendarDate(date)) throw new CliError(`${opts.gold}: document.date "${date}" is not a YYYY-MM-DD date`);
  if (date === null) io.warn(`${opts.gold} gives no document.date: relative dates stay unresolved`);

  const lib = await import('../index.js');
  let doc: Doc;
  try {
    doc = lib.extract(text, { date, dateSource: date ? 'given' : 'unknown' });
  } catch (err) {
    throw new CliError(`internal error while extracting the gold article: ${firstLine(err)}`, EXIT_INTERNAL);
  }
  const result = scoreSeed(gold, doc);
  io.out(`seed: ${opts.gold} (date ${date ?? 'unknown'}, ${text.length} chars)\n\n`);
  io.out(formatSeedReport(result));
  if (opts.json) io.out(JSON.stringify(result.scores) + '\n');
}
