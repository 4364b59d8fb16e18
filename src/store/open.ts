import { resolve } from 'node:path';
import { PostgresDriver } from './postgres.js';
import { SqliteDriver } from './sqlite.js';
import { SqlStore, type Store } from './store.js';

export const DEFAULT_DB = './tidings.db';

/**
 * Opens the store named by `url` and brings its schema up to date: `postgres://…` (or
 * `postgresql://…`) for PostgreSQL, `sqlite:PATH` or a plain path for a SQLite file.
 */
export async function openStore(url: string = DEFAULT_DB): Promise<Store> {
  const store = /^postgres(ql)?:\/\//i.test(url)
    ? new SqlStore(await PostgresDriver.connect(url))
    : new SqlStore(new SqliteDriver(url === ':memory:' ? url : resolve(url.replace(/^sqlite:(\/\/)?/i, ''))));
  try {
    await store.migrate();
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
