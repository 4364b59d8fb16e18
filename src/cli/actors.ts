import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CliError } from './errors.js';
import type { Io } from './io.js';

/** Environment variable naming actors files (separated by the platform's path delimiter) every command loads. */
export const ACTORS_ENV = 'TIDINGS_ACTORS';

export function registerActors(program: Command, io: Io): void {
  // The store's `actors [NAME]` query, when registered, gets `import` as a subcommand.
  const actors = program.commands.find((c) => c.name() === 'actors') ?? program.command('actors').description('the actor knowledge base: import dictionaries');
  actors
    .command('import')
    .description('convert PETRARCH/Phoenix actor dictionaries (TABARI .actors format) into a tidings actors file')
    .argument('<files...>', 'dictionary files, e.g. Phoenix.Countries.actors.txt')
    .requiredOption('--out <path>', 'actors file to write (JSON); use it with --actors or TIDINGS_ACTORS')
    .action(async (files: string[], opts: { out: string }) => {
      const { loadKb, parsePhoenixActors } = await import('../index.js');
      const kb = loadKb();
      const isTitle = (w: string) => kb.personTitles.has(w) || kb.demonyms.has(w.toLowerCase());
      const all = { actors: [] as unknown[], organizations: [] as unknown[] };
      for (const file of files) {
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch (err) {
          throw new CliError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
        }
        const r = parsePhoenixActors(text, (c) => kb.countries.has(c), isTitle);
        if (!r.actors.length && !r.organizations.length) throw new CliError(`${file}: no actor entries found (is it a TABARI/PETRARCH .actors dictionary?)`);
        all.actors.push(...r.actors);
        all.organizations.push(...r.organizations);
        io.warn(`${file}: ${r.actors.length} people with dated roles, ${r.organizations.length} organizations; left out ${r.places} names of places (the gazetteer's job), ${r.skipped} entries without a code, ${r.unreadable} unreadable lines`);
      }
      const about = `Imported by tidings actors import from ${files.map((f) => f.split(/[\\/]/).pop()).join(', ')} on ${new Date().toISOString().slice(0, 10)}.`;
      writeFileSync(opts.out, JSON.stringify({ about, ...all }) + '\n');
      io.out(`${all.actors.length} actors and ${all.organizations.length} organizations → ${opts.out}\n`);
    });
}

/** Actors files named by --actors options and the TIDINGS_ACTORS variable. */
export function actorsFiles(option: string[] | undefined): string[] {
  const fromEnv = (process.env[ACTORS_ENV] ?? '').split(process.platform === 'win32' ? ';' : ':').filter(Boolean);
  return [...fromEnv, ...(option ?? [])];
}

/** The knowledge base extended with the given actors files (the built-in one when there are none). */
export async function kbWithActors(files: string[]) {
  const { loadKb, extendKb, readActorsFile } = await import('../index.js');
  let kb = loadKb();
  for (const f of files) {
    try {
      kb = extendKb(kb, readActorsFile(f));
    } catch (err) {
      throw new CliError((err as Error).message);
    }
  }
  return kb;
}
