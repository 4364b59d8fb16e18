import type { Command } from 'commander';
import { assertArticleText } from '../doc/input.js';
import type { Event } from '../doc/schema.js';
import { readEventGold } from '../eval/event-gold.js';
import { scoreEvents, toPredicted } from '../eval/events.js';
import { formatEventReport } from '../eval/events-report.js';
import { GoldError } from '../eval/gold.js';
import { isCalendarDate } from './date.js';
import { readFile } from 'node:fs/promises';
import type { Kb, VerbPattern } from '../kb/kb.js';
import { ACTORS_ENV, actorsFiles, kbWithActors } from './actors.js';
import { CliError, firstLine } from './errors.js';
import type { Io } from './io.js';
import { wholeNumber } from './numbers.js';

export interface EvalEventsOptions {
  gold: string;
  dataset?: string;
  json?: boolean;
  /** Extra verb patterns (e.g. from `tidings events import-verbs`) added after the kb's own. */
  verbs?: string;
  /** Actors files (from `tidings actors import`) added to the kb, e.g. the fictional actors of the PETRARCH unit tests. */
  actors?: string[];
  /** How many sentences with a miss or an extra event to list (default 25). */
  show?: string;
}

/** `tidings eval events`: one sentence per gold record through the full pipeline, scored by `scoreEvents`. */
export function registerEvalEvents(evalCommand: Command, io: Io): void {
  evalCommand
    .command('events')
    .description('score CAMEO/PLOVER event coding against sentence gold (event-coding/validation.jsonl)')
    .requiredOption('--gold <path>', 'JSONL gold file (e.g. ../shared/data/event-coding/validation.jsonl)')
    .option('--dataset <name>', 'score only the records of this dataset (e.g. plover-gsr, petr2-gsr)')
    .option('--json', 'also print the scores as one JSON object on the last line')
    .option('--show <n>', 'how many sentences with a miss or an extra event to list', '25')
    .option('--verbs <file>', 'add these verb patterns (verb-patterns.json format, e.g. from `tidings events import-verbs`) to the kb')
    .option('--actors <file...>', `actors files to add to the knowledge base (from \`tidings actors import\`; also ${ACTORS_ENV})`)
    .action(async (opts: EvalEventsOptions) => {
      await runEvalEvents(opts, io);
    });
}

export async function runEvalEvents(opts: EvalEventsOptions, io: Io): Promise<void> {
  const show = wholeNumber(opts.show ?? '25', '--show');
  let loaded;
  try {
    loaded = await readEventGold(opts.gold, opts.dataset);
  } catch (err) {
    if (err instanceof GoldError) throw new CliError(err.message);
    throw err;
  }
  const { records, skipped, datasets } = loaded;
  if (opts.dataset !== undefined && !datasets.has(opts.dataset)) {
    throw new CliError(`${opts.gold} has no dataset "${opts.dataset}" (it has: ${[...datasets.keys()].join(', ') || 'none'})`);
  }
  const lib = await import('../index.js');
  const base = await kbWithActors(actorsFiles(opts.actors));
  const kb = opts.verbs ? await withVerbs(base, opts.verbs) : base;
  const pipeline = lib.getPipeline(kb);
  const crosswalk = (code: string) => kb.cameo.get(code)?.plover ?? kb.cameo.get(code.slice(0, 2))?.plover ?? null;
  let failed = 0;
  const predictions = records.map((r) => {
    let events: Event[] = [];
    try {
      const date = isoDate(r.date);
      assertArticleText(r.text);
      events = pipeline.run(lib.createDoc(r.text, { date, dateSource: date ? 'given' : 'unknown' })).events;
    } catch (err) {
      // A record the pipeline refuses (empty text) is scored as coding nothing.
      if (!(err instanceof lib.InputError)) throw err;
      failed++;
    }
    return events.map(toPredicted);
  });
  if (failed) io.warn(`${failed} record(s) were refused as input and score as no events`);
  const result = scoreEvents(records, predictions, crosswalk);
  io.out(`events: ${opts.gold}${opts.dataset ? ` (dataset ${opts.dataset})` : ''}: ${records.length} records scored, ${skipped} marked evaluate:false skipped\n\n`);
  io.out(formatEventReport(result, show));
  if (opts.json) io.out(JSON.stringify(result.scores) + '\n');
}

/** The kb with more verb patterns after its own (its own win ties between equally specific patterns). */
async function withVerbs(kb: Kb, path: string): Promise<Kb> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new CliError(`cannot read verb patterns ${path}: ${firstLine(err)}`);
  }
  const list = (parsed as { patterns?: unknown }).patterns;
  if (!Array.isArray(list) || !list.every((p) => p && typeof p.lemma === 'string' && typeof p.code === 'string')) {
    throw new CliError(`${path} is not a verb-patterns file ({"patterns": [{"lemma", "code", …}]})`);
  }
  const extra = (list as VerbPattern[]).filter((p) => kb.cameo.has(p.code));
  return Object.freeze({ ...kb, verbPatterns: Object.freeze([...kb.verbPatterns, ...extra]) });
}

/** A record date as YYYY-MM-DD: ISO already, or the compact YYYYMMDD / YYMMDD of the PETRARCH files; else null. */
export function isoDate(raw: string | null): string | null {
  if (!raw) return null;
  const s = raw.trim();
  let iso = s;
  if (/^\d{8}$/.test(s)) iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  else if (/^\d{6}$/.test(s)) iso = `${Number(s.slice(0, 2)) < 50 ? '20' : '19'}${s.slice(0, 2)}-${s.slice(2, 4)}-${s.slice(4, 6)}`;
  return isCalendarDate(iso) ? iso : null;
}
