import Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import { chunks, type SqlDriver } from './driver.js';

/** SQLite through better-sqlite3: one file, WAL journal, statements prepared once and reused. */
export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Statement>();
  private depth = 0;

  constructor(readonly location: string) {
    this.db = new Database(location);
    // WAL with synchronous=NORMAL: a killed process never loses a committed batch (only an OS
    // crash could lose the last ones), and commits do not wait for fsync.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 10000');
    this.db.pragma('cache_size = -65536');
    this.db.pragma('temp_store = MEMORY');
  }

  private prepare(sql: string): Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.prepare(sql).all(...params.map(bindable)) as T[];
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<void> {
    this.prepare(sql).run(...params.map(bindable));
  }

  async exec(sql: string): Promise<void> {
    this.db.exec(sql);
  }

  async insertMany(table: string, columns: readonly string[], rows: readonly (readonly unknown[])[], suffix = ''): Promise<void> {
    if (rows.length === 0) return;
    // Multi-row statements of a fixed size, so a few prepared statements serve every batch.
    const per = Math.max(1, Math.floor(500 / columns.length));
    const one = `(${columns.map(() => '?').join(', ')})`;
    for (const part of chunks(rows, per)) {
      const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${new Array(part.length).fill(one).join(', ')} ${suffix}`;
      const flat: unknown[] = [];
      for (const r of part) for (const v of r) flat.push(bindable(v));
      this.prepare(sql).run(...flat);
    }
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.depth > 0) return fn();
    this.db.exec('BEGIN IMMEDIATE');
    this.depth++;
    try {
      const result = await fn();
      this.db.exec('COMMIT');
      return result;
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    } finally {
      this.depth--;
    }
  }

  async close(): Promise<void> {
    this.statements.clear();
    if (this.db.open) this.db.close();
  }
}

/** better-sqlite3 binds numbers, strings, bigints, buffers and null; booleans become 0/1. */
function bindable(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}
