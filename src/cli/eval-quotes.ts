import type { Command } from 'commander';
import type { Doc } from '../doc/schema.js';
import { GoldError } from '../eval/gold.js';
import { aggregate, annotatorAgreement, goldAttributions, predictedAttributions, scoreDocument, type DocResult } from '../eval/quotes.js';
import { readQuotesGold } from '../eval/quotes-gold.js';
import { formatQuotesReport } from '../eval/quotes-report.js';
import { isCalendarDate } from './date.js';
import { CliError, EXIT_INTERNAL, firstLine } from './errors.js';
import type { Io } from './io.js';
import { wholeNumber } from './numbers.js';

export interface EvalQuotesOptions {
  gold: string;
  json?: boolean;
  examples?: string;
  limit?: string;
  agreement?: boolean;
}

/** `tidings eval quotes`: attribution relations against PolNeAR-style gold (JSON Lines). */
export function registerEvalQuotes(evalCommand: Command, io: Io): void {
  evalCommand
    .command('quotes')
    .description('score quotations and attributions (source, cue, content) against PolNeAR-style JSON Lines gold')
    .requiredOption('--gold <path>', 'gold file (e.g. ../shared/data/quotes/polnear_dev.jsonl)')
    .option('--json', 'also print the scores as one JSON object on the last line')
    .option('--examples <n>', 'examples shown per error class', '3')
    .option('--limit <n>', 'score only the first N articles')
    .option('--agreement', "score the annotators instead: each other annotation of an article against its primary one")
    .action(async (opts: EvalQuotesOptions) => {
      await runEvalQuotes(opts, io);
    });
}

export async function runEvalQuotes(opts: EvalQuotesOptions, io: Io): Promise<void> {
  const examples = wholeNumber(opts.examples ?? '3', '--examples');
  const limit = opts.limit === undefined ? Infinity : wholeNumber(opts.limit, '--limit');
  let records;
  try {
    records = await readQuotesGold(opts.gold, { all: opts.agreement === true });
  } catch (err) {
    if (err instanceof GoldError) throw new CliError(err.message);
    throw err;
  }
  if (opts.agreement) {
    const kept = new Set(records.filter((r) => r.primary).slice(0, limit).map((r) => r.doc_id));
    const results = annotatorAgreement(records.filter((r) => kept.has(r.doc_id)));
    if (results.length === 0) throw new CliError(`${opts.gold} has no article annotated more than once (records with "primary": false)`);
    const scores = aggregate(results);
    io.out(`quotes: ${opts.gold} (annotator agreement: ${results.length} other annotations of ${new Set(results.map((r) => r.docId)).size} articles, scored against the primary ones)\n`);
    io.out(formatQuotesReport(results, scores, examples));
    if (opts.json) io.out(JSON.stringify(scores) + '\n');
    return;
  }
  records = records.slice(0, limit);
  const lib = await import('../index.js');
  const results: DocResult[] = [];
  for (const r of records) {
    const date = r.publication_date && isCalendarDate(r.publication_date) ? r.publication_date : null;
    let doc: Doc;
    try {
      doc = lib.extract(r.text, { date, dateSource: date ? 'given' : 'unknown', id: r.doc_id });
    } catch (err) {
      throw new CliError(`internal error while extracting ${r.doc_id}: ${firstLine(err)}`, EXIT_INTERNAL);
    }
    results.push(scoreDocument(r.doc_id, r.publisher ?? 'unknown', r.text, goldAttributions(r), predictedAttributions(doc)));
  }
  const scores = aggregate(results);
  io.out(`quotes: ${opts.gold} (primary annotations)\n`);
  io.out(formatQuotesReport(results, scores, examples));
  if (opts.json) io.out(JSON.stringify(scores) + '\n');
}

