import { existsSync } from 'node:fs';
import { CliError, firstLine } from '../errors.js';
import { wholeNumber } from '../numbers.js';
import { DEFAULT_DB, openStore, type Store } from '../../store/index.js';

export const DB_HELP = `the store: a SQLite file (default ${DEFAULT_DB}) or postgres://user@host:port/db`;

/** The store named by --db (or TIDINGS_DB), opened and migrated; without `create`, a SQLite file that does not exist is refused. */
export async function openNamedStore(db: string | undefined, create: boolean): Promise<Store> {
  const url = db ?? process.env['TIDINGS_DB'] ?? DEFAULT_DB;
  const isPg = /^postgres(ql)?:\/\//i.test(url);
  if (!create && !isPg && url !== ':memory:' && !existsSync(url.replace(/^sqlite:(\/\/)?/i, ''))) {
    throw new CliError(`no store at ${url}: run \`tidings ingest\` first, or give --db`);
  }
  try {
    return await openStore(url);
  } catch (err) {
    throw new CliError(`cannot open the store ${isPg ? url.replace(/:[^:@/]*@/, ':***@') : url}: ${firstLine(err)}`);
  }
}

/** Runs fn on the store named by --db, and closes it. */
export async function withStore<T>(db: string | undefined, create: boolean, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openNamedStore(db, create);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function positiveInt(value: string): number {
  return wholeNumber(value, 'the value', 1);
}
