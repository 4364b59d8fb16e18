import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { CliError, EXIT_INTERNAL, firstLine } from './errors.js';
import { registerCorpus } from './corpus/index.js';
import { registerEval } from './eval.js';
import { registerEvents } from './events.js';
import { registerExtract } from './extract.js';
import { processIo, type Io } from './io.js';
import { registerSchema } from './schema.js';
import { registerTrain } from './train.js';
import { registerActors } from './actors.js';
import { registerServe } from './serve.js';

/** The `tidings` command line: one small module per command. */
export function buildProgram(io: Io = processIo): Command {
  const program = new Command('tidings')
    .description('Reads news and turns it into sourced, structured data: actors, quotations, events, dates and places.')
    .version(packageVersion())
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => process.stderr.write(s),
    });
  registerExtract(program, io);
  registerSchema(program, io);
  registerEval(program, io);
  registerCorpus(program, io);
  registerTrain(program, io);
  registerServe(program, io);
  // `actors` and `events` query the store and also hold tools (import, import-verbs): registered after the corpus commands.
  registerActors(program, io);
  registerEvents(program, io);
  for (const c of program.commands) c.exitOverride();
  for (const c of program.commands.flatMap((c) => c.commands)) c.exitOverride();
  return program;
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Runs the CLI and returns the exit code: 0 fine, 1 bad input or usage, 2 internal failure.
 * Errors are one line on stderr; set TIDINGS_DEBUG=1 to see the stack of an internal failure.
 */
export async function main(argv: string[] = process.argv): Promise<number> {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // A closed pipe (`tidings … | head`) is not an error.
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode; // commander has already printed its message
    if (err instanceof CliError) {
      process.stderr.write(`tidings: ${firstLine(err)}\n`);
      return err.exitCode;
    }
    process.stderr.write(`tidings: internal error: ${firstLine(err)}\n`);
    if (process.env['TIDINGS_DEBUG'] && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
    return EXIT_INTERNAL;
  }
}
