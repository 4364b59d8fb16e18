import type { Command } from 'commander';
import type { Doc } from '../doc/schema.js';
import { GoldError } from '../eval/gold.js';
import { scoreTimex } from '../eval/timex.js';
import { readTimexGold } from '../eval/timex-gold.js';
import { formatTimexReport } from '../eval/timex-report.js';
import { isCalendarDate } from './date.js';
import { CliError, EXIT_INTERNAL, firstLine } from './errors.js';
import type { Io } from './io.js';
import { wholeNumber } from './numbers.js';

export function registerEvalTimex(evalCommand: Command, io: Io): void {
  evalCommand
    .command('timex')
    .description('score time expressions against TempEval-3 gold (strict, relaxed, value and type F1)')
    .requiredOption('--gold <path>', 'TempEval-3 gold in JSON Lines (e.g. ../shared/data/timex/te3_train.jsonl)')
    .option('--json', 'also print the scores as one JSON object on the last line')
    .option('--show <n>', 'how many error classes to list', '15')
    .action(async (opts: { gold: string; json?: boolean; show: string }) => {
      await runEvalTimex(opts, io);
    });
}

export async function runEvalTimex(opts: { gold: string; json?: boolean; show?: string }, io: Io): Promise<void> {
  const show = wholeNumber(opts.show ?? '15', '--show');
  let docs;
  try {
    docs = await readTimexGold(opts.gold);
  } catch (err) {
    if (err instanceof GoldError) throw new CliError(err.message);
    throw err;
  }
  const lib = await import('../index.js');
  let undated = 0;
  const results = docs.map((gold) => {
    // A creation time with a clock ("1998-02-13T14:26:00") anchors by its day.
    const day = gold.dct?.slice(0, 10) ?? null;
    const date = day !== null && isCalendarDate(day) && (gold.dct!.length === 10 || gold.dct![10] === 'T') ? day : null;
    if (date === null) undated++;
    let doc: Doc;
    try {
      doc = lib.extract(gold.text, { date, dateSource: date ? 'given' : 'unknown' });
    } catch (err) {
      // A text that is no article (empty, binary) is bad gold, not a bug.
      if (err instanceof lib.InputError) throw new CliError(`${opts.gold}: document ${gold.doc_id}: ${firstLine(err)}`);
      throw new CliError(`internal error while extracting ${gold.doc_id}: ${firstLine(err)}`, EXIT_INTERNAL);
    }
    return { doc: gold, system: doc.timexes };
  });
  if (undated) io.warn(`${undated} document(s) have no usable dct: their relative dates stay unresolved`);
  const result = scoreTimex(results);
  const timexes = docs.reduce((n, d) => n + d.timexes.length, 0);
  io.out(`timex: ${opts.gold} (${docs.length} documents, ${timexes} gold timexes)\n\n`);
  io.out(formatTimexReport(result, show));
  if (opts.json) io.out(JSON.stringify(result.scores) + '\n');
}
