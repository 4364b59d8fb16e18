import type { Command } from 'commander';
import { DEFAULT_PORT, startServer } from '../server/serve.js';
import { CliError, firstLine } from './errors.js';
import type { Io } from './io.js';
import { DB_HELP, openNamedStore } from './corpus/store.js';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CliError(`a port is a whole number from 0 to 65535, got "${value}"`);
  return n;
}

export function registerServe(program: Command, io: Io): void {
  program
    .command('serve')
    .description('the HTTP API (/openapi.json) and the web app over the store')
    .option('--db <url>', DB_HELP)
    .option('--port <n>', `port (0: any free one)`, String(DEFAULT_PORT))
    .option('--host <h>', 'address to listen on', '127.0.0.1')
    .action(async (opts: { db?: string; port: string; host: string }) => {
      const p = port(opts.port);
      // A missing SQLite file is created: serving an empty store is how a new one starts.
      const store = await openNamedStore(opts.db, true);
      let server;
      try {
        server = await startServer({ store, host: opts.host, port: p, token: process.env['TIDINGS_TOKEN'] });
      } catch (err) {
        await store.close();
        throw new CliError(`cannot listen on ${opts.host}:${p}: ${firstLine(err)}`);
      }
      io.out(`tidings serve: ${server.url}  (store ${store.location}, API description at ${server.url}openapi.json)\n`);
      if (server.generatedToken) io.out(`write token (POST /api/ingest; set TIDINGS_TOKEN to choose one): ${server.token}\n`);
      const stop = async () => {
        await server.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
