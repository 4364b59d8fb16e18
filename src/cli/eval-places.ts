import type { Command } from 'commander';
import { GoldError, readText } from '../eval/gold.js';
import { formatPlacesReport, readPlacesGold, scorePlaces } from '../eval/places.js';
import { CliError } from './errors.js';
import type { Io } from './io.js';

export function registerEvalPlaces(evalCommand: Command, io: Io): void {
  evalCommand
    .command('places')
    .description('score place resolution on short texts with ambiguous names (JSON Lines: text, name, country, region…)')
    .requiredOption('--gold <path>', 'gold file (e.g. data/eval/places-ambiguous.jsonl)')
    .option('--json', 'also print the scores as one JSON object on the last line')
    .action(async (opts: { gold: string; json?: boolean }) => {
      let gold;
      try {
        gold = readPlacesGold(await readText(opts.gold), opts.gold);
      } catch (err) {
        if (err instanceof GoldError) throw new CliError(err.message);
        throw err;
      }
      const lib = await import('../index.js');
      const kb = lib.loadKb();
      const loadStart = performance.now();
      lib.extract('Warm-up in Paris.', { dateSource: 'unknown', kb });
      const loadMs = performance.now() - loadStart;
      const { outcomes, score } = scorePlaces(gold, (text) => lib.extract(text, { dateSource: 'unknown', kb }));
      io.out(`places: ${opts.gold} (${gold.length} texts; first extraction with the gazetteer load ${Math.round(loadMs)} ms)\n`);
      io.out(formatPlacesReport(outcomes, score));
      if (opts.json) io.out(JSON.stringify(score) + '\n');
    });
}
