import { Option, type Command } from 'commander';
import { timeline, type Period } from '../../corpus/timeline.js';
import { parseDateOption } from '../date.js';
import { CliError } from '../errors.js';
import type { Io } from '../io.js';
import { DB_HELP, positiveInt, withStore } from './store.js';

function json(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2) + '\n');
}

function dyadOf(value: string): { source: string; target: string } {
  const m = /^([^:]+):([^:]+)$/.exec(value.trim());
  if (!m) throw new CliError(`a dyad is SOURCE:TARGET (e.g. USA:IRN), got "${value}"`);
  return { source: m[1]!.trim(), target: m[2]!.trim() };
}

const cut = (s: string | null, n: number) => (!s ? '' : s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function registerQueries(program: Command, io: Io): void {
  program
    .command('search')
    .description('full-text search over the stored articles')
    .argument('<text...>', 'words to find (all of them)')
    .option('--db <url>', DB_HELP)
    .option('--limit <n>', 'most hits shown', '20')
    .option('--json', 'JSON output')
    .action(async (words: string[], opts: { db?: string; limit: string; json?: boolean }) => {
      const limit = positiveInt(opts.limit);
      await withStore(opts.db, false, async (store) => {
        const hits = await store.search(words.join(' '), limit);
        if (opts.json) return json(io, hits);
        io.out(hits.map((h) => `${h.date ?? '????-??-??'}  ${h.id}  ${cut(h.title, 80)}\n    ${h.snippet}`).join('\n') + (hits.length ? '\n' : 'no matches\n'));
      });
    });

  program
    .command('events')
    .description('canonical events (one per real-world event), with mention, article and independent-source counts')
    .option('--db <url>', DB_HELP)
    .option('--actor <a>', 'source or target: actor code prefix (RUS, USAGOV) or part of a name')
    .option('--dyad <A:B>', 'source A and target B')
    .option('--code <c>', 'CAMEO code prefix (04, 042)')
    .option('--since <YYYY-MM-DD>', 'from this day on')
    .option('--until <YYYY-MM-DD>', 'up to this day')
    .option('--limit <n>', 'most events shown')
    .option('--json', 'JSON output')
    .action(async (opts: { db?: string; actor?: string; dyad?: string; code?: string; since?: string; until?: string; limit?: string; json?: boolean }) => {
      const filter = {
        actor: opts.actor,
        dyad: opts.dyad ? dyadOf(opts.dyad) : undefined,
        code: opts.code,
        since: opts.since ? parseDateOption(opts.since) : undefined,
        until: opts.until ? parseDateOption(opts.until) : undefined,
        limit: opts.limit ? positiveInt(opts.limit) : undefined,
      };
      await withStore(opts.db, false, async (store) => {
        const rows = await store.events(filter);
        if (opts.json) return json(io, rows);
        io.out(
          rows
            .map((e) => `${e.date ?? '????-??-??'}  ${e.sourceCode ?? e.sourceName ?? '-'} → ${e.cameo} → ${e.targetCode ?? e.targetName ?? '-'}${e.place ? ` @ ${e.place}` : ''}  mentions ${e.numMentions}, articles ${e.numArticles}, independent ${e.numIndependentSources}  ${e.id}`)
            .join('\n') + (rows.length ? '\n' : 'no events\n'),
        );
      });
    });

  program
    .command('quotes')
    .description('stored quotations with their speakers')
    .option('--db <url>', DB_HELP)
    .option('--speaker <s>', 'part of the speaker name, or an actor id')
    .option('--text <t>', 'words the quotation contains')
    .option('--limit <n>', 'most quotations shown')
    .option('--json', 'JSON output')
    .action(async (opts: { db?: string; speaker?: string; text?: string; limit?: string; json?: boolean }) => {
      const limit = opts.limit ? positiveInt(opts.limit) : undefined;
      await withStore(opts.db, false, async (store) => {
        const rows = await store.quotes({ speaker: opts.speaker, text: opts.text, limit });
        if (opts.json) return json(io, rows);
        io.out(rows.map((q) => `${q.date ?? '????-??-??'}  ${q.speakerName ?? 'unknown'} (${q.kind}): ${cut(q.text, 160)}\n    ${q.articleId}`).join('\n') + (rows.length ? '\n' : 'no quotations\n'));
      });
    });

  program
    .command('actors')
    .description('actors known to the store, most reported first')
    .argument('[name]', 'part of a name, an actor code or an actor id')
    .option('--db <url>', DB_HELP)
    .option('--limit <n>', 'most actors shown', '50')
    .option('--json', 'JSON output')
    .action(async (name: string | undefined, opts: { db?: string; limit: string; json?: boolean }) => {
      const limit = positiveInt(opts.limit);
      await withStore(opts.db, false, async (store) => {
        const rows = await store.actors(name, limit);
        if (opts.json) return json(io, rows);
        io.out(
          rows.map((a) => `${a.name.padEnd(32)} ${a.type.padEnd(12)} ${(a.code ?? '').padEnd(10)} articles ${a.numArticles}, mentions ${a.numMentions}, ${a.firstSeen ?? '?'} – ${a.lastSeen ?? '?'}`).join('\n') +
            (rows.length ? '\n' : 'no actors\n'),
        );
      });
    });

  program
    .command('timeline')
    .description('events from A to B per day, week or month: counts per quad class, Goldstein sum and mean')
    .argument('<dyad>', 'SOURCE:TARGET, each an actor code prefix or part of a name (USA:IRN)')
    .option('--db <url>', DB_HELP)
    .addOption(new Option('--by <period>', 'period').choices(['day', 'week', 'month']).default('month'))
    .option('--since <YYYY-MM-DD>', 'from this day on')
    .option('--until <YYYY-MM-DD>', 'up to this day')
    .option('--json', 'JSON output')
    .action(async (dyad: string, opts: { db?: string; by: Period; since?: string; until?: string; json?: boolean }) => {
      const d = dyadOf(dyad);
      const filter = { dyad: d, since: opts.since ? parseDateOption(opts.since) : undefined, until: opts.until ? parseDateOption(opts.until) : undefined };
      await withStore(opts.db, false, async (store) => {
        const rows = timeline(await store.events(filter), opts.by);
        if (opts.json) return json(io, { dyad: `${d.source}:${d.target}`, by: opts.by, periods: rows });
        const head = `${'period'.padEnd(10)} ${'events'.padStart(6)}  q1 verbal coop  q2 material coop  q3 verbal conflict  q4 material conflict  goldstein sum / mean`;
        io.out(
          [head, ...rows.map((r) => `${r.period.padEnd(10)} ${String(r.events).padStart(6)}  ${String(r.quad[1]).padStart(14)}  ${String(r.quad[2]).padStart(16)}  ${String(r.quad[3]).padStart(18)}  ${String(r.quad[4]).padStart(20)}  ${r.goldsteinSum} / ${r.goldsteinMean}`)].join('\n') +
            (rows.length ? '\n' : '\nno events for this dyad\n'),
        );
      });
    });
}
