import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { importPetrarchVerbs, type ImportReport } from '../components/events/import/petrarchVerbs.js';
import { loadKb } from '../kb/kb.js';
import { CliError } from './errors.js';
import type { Io } from './io.js';

export interface ImportVerbsOptions {
  out?: string;
  json?: boolean;
}

/** `tidings events …`: tools for the event coder's dictionaries. */
export function registerEvents(program: Command, io: Io): void {
  const events = program.commands.find((c) => c.name() === 'events') ?? program.command('events').description('tools for the CAMEO/PLOVER event coder');
  events
    .command('import-verbs')
    .description('convert a PETRARCH CAMEO verb dictionary (CAMEO.2.0.txt) into tidings verb patterns, reporting how much applies')
    .argument('<file>', 'PETRARCH verb dictionary')
    .option('--out <file>', 'write the patterns there (tidings verb-patterns.json format); default: stdout, with the report on stderr')
    .option('--json', 'also print the report as one JSON object on the last line')
    .action(async (file: string, opts: ImportVerbsOptions) => {
      await runImportVerbs(file, opts, io);
    });
}

export async function runImportVerbs(file: string, opts: ImportVerbsOptions, io: Io): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `verb dictionary not found: ${file}` : `cannot read ${file}: ${(err as Error).message}`);
  }
  const kb = loadKb();
  const { patterns, report } = importPetrarchVerbs(text, (code) => kb.cameo.has(code));
  if (report.blocks === 0) throw new CliError(`${file} holds no verb blocks ("--- NAME [code] ---"): is it a PETRARCH verb dictionary?`);
  const own = new Set(kb.verbPatterns.map((p) => p.lemma));
  const newLemmas = new Set(patterns.filter((p) => !own.has(p.lemma)).map((p) => p.lemma)).size;
  const json = '{"patterns": [\n' + patterns.map((p) => JSON.stringify(p)).join(',\n') + '\n]}\n';
  const summary = formatImportReport(file, report, newLemmas);
  if (opts.out) {
    await writeFile(opts.out, json);
    io.out(summary + `wrote ${patterns.length} patterns to ${opts.out}\n`);
    if (opts.json) io.out(JSON.stringify({ ...report, newLemmas }) + '\n');
  } else {
    io.out(json);
    for (const line of summary.trimEnd().split('\n')) io.warn(line);
  }
}

export function formatImportReport(file: string, r: ImportReport, newLemmas: number): string {
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
  const lines = [
    `${file}: ${r.blocks} verb blocks, ${r.verbs} verbs, ${r.synsets} synsets`,
    `pattern lines: ${r.patterns}, applicable to tidings' clause analysis: ${r.applied} (${pct(r.applied, r.patterns)})`,
    `isolated verb codes: ${r.isolated}, applicable: ${r.isolatedApplied}`,
    `tidings patterns produced: ${r.output} (verbs × pattern lines, duplicates removed), on ${newLemmas} verbs tidings has no pattern for`,
    'not applicable:',
    ...Object.entries(r.skipped)
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([why, n]) => `  ${why}: ${n}`),
  ];
  return lines.join('\n') + '\n';
}
