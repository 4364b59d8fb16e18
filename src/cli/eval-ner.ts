import type { Command } from 'commander';
import { readConll } from '../ner/conll.js';
import { GoldError } from '../eval/gold.js';
import { NerModel } from '../ner/model.js';
import { DEFAULT_NER_MODEL_PATH } from '../ner/default-model.js';
import { formatNerReport, scoreNerModel, scoreNerPipeline, topErrors } from '../eval/ner.js';
import { CliError } from './errors.js';
import type { Io } from './io.js';

export function registerEvalNer(evalCommand: Command, io: Io): void {
  evalCommand
    .command('ner')
    .description('score named entities on CoNLL-2003 JSONL gold (conlleval: exact span and type, micro F1)')
    .requiredOption('--gold <path>', 'gold file (e.g. ../shared/data/ner/conll2003_dev.jsonl)')
    .option('--recognizer', 'score the trained recognizer alone on the gold tokens, not the full pipeline')
    .option('--model <path>', 'with --recognizer: the model file to score', DEFAULT_NER_MODEL_PATH)
    .option('--json', 'also print the scores as one JSON object on the last line')
    .action(async (opts: { gold: string; recognizer?: boolean; model: string; json?: boolean }) => {
      let docs;
      try {
        docs = readConll(opts.gold);
      } catch (err) {
        if (err instanceof GoldError) throw new CliError(err.message);
        throw err;
      }
      const lib = await import('../index.js');
      const started = performance.now();
      let result;
      if (opts.recognizer) {
        let model;
        try {
          model = NerModel.load(opts.model);
        } catch (err) {
          throw new CliError(`cannot load the model ${opts.model}: ${(err as Error).message}`);
        }
        result = scoreNerModel(docs, model, lib.loadKb());
      } else {
        result = scoreNerPipeline(docs, (text) => lib.extract(text, { dateSource: 'unknown' }));
      }
      const seconds = (performance.now() - started) / 1000;
      io.out(`ner: ${opts.gold} (${opts.recognizer ? `recognizer ${opts.model}` : 'full pipeline'}, ${seconds.toFixed(1)} s)\n`);
      io.out(formatNerReport(result));
      if (opts.json) io.out(JSON.stringify({ ...result.scores, topErrors: topErrors(result.errors, 10) }) + '\n');
    });
}
