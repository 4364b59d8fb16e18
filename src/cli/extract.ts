import type { Command } from 'commander';
import { Option } from 'commander';
import { inferDocumentDate } from '../components/time/infer-date.js';
import type { Doc } from '../doc/schema.js';
import { isCalendarDate, parseDateOption } from './date.js';
import { CliError, EXIT_INTERNAL, firstLine } from './errors.js';
import { readArticle } from './input.js';
import { ACTORS_ENV, actorsFiles, kbWithActors } from './actors.js';
import { formatTextReport } from './report.js';
import type { Io } from './io.js';

export interface ExtractCommandOptions {
  date?: string;
  title?: string;
  actors?: string[];
  format: 'json' | 'text';
}

export function registerExtract(program: Command, io: Io): void {
  program
    .command('extract')
    .description('extract actors, quotes, dates, events and places from one article')
    .argument('<file>', 'article text file (UTF-8), or - to read stdin')
    .option('--date <YYYY-MM-DD>', 'publication date, anchors relative dates ("last Monday"); inferred from the text when missing')
    .option('--title <text>', 'the article\'s headline; a signed one ("Statement from …") names who "I" is')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('json'))
    .option('--actors <file...>', `actors files to add to the knowledge base (from \`tidings actors import\`; also ${ACTORS_ENV})`)
    .action(async (file: string, opts: ExtractCommandOptions) => {
      await runExtract(file, opts, io);
    });
}

export async function runExtract(file: string, opts: ExtractCommandOptions, io: Io): Promise<void> {
  const given = opts.date === undefined ? undefined : parseDateOption(opts.date);
  const input = await readArticle(file, { stdin: io.stdin });

  let date: string | null = given ?? null;
  let dateSource: Doc['meta']['dateSource'] = given ? 'given' : 'unknown';
  if (!given) {
    const inferred = inferDocumentDate(input.text);
    if (inferred && isCalendarDate(inferred)) {
      date = inferred;
      dateSource = 'text';
      io.warn(`no --date given; using ${inferred}, found in the text`);
    } else {
      io.warn('no --date given and none found in the text: the document date is unknown, relative dates stay unresolved');
    }
  }

  // The pipeline (NLP model, knowledge base) is loaded only once the input is known to be good.
  const lib = await import('../index.js');
  const kb = await kbWithActors(actorsFiles(opts.actors));
  let doc: Doc;
  try {
    doc = lib.extract(input.text, { date, dateSource, kb, title: opts.title ?? null });
  } catch (err) {
    throw new CliError(`internal error while extracting ${input.name}: ${firstLine(err)}`, EXIT_INTERNAL);
  }

  const checked = lib.DocSchema.safeParse(doc);
  const problem = checked.success ? null : describeIssue(checked.error.issues[0]);
  if (opts.format === 'text') {
    if (problem) io.warn(`warning: the document fails the schema (${problem})`);
    io.out(formatTextReport(doc, { name: input.name, cameoName: (code) => kb.cameo.get(code)?.name }));
    return;
  }
  if (!checked.success) {
    throw new CliError(`internal error: the pipeline produced a document that fails the schema (${problem})`, EXIT_INTERNAL);
  }
  io.out(JSON.stringify(checked.data, null, 2) + '\n');
}

function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'unknown issue';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
