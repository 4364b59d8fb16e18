import Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import { chunks, type SqlDriver } from './driver.js';

const MAX_STATEMENTS = 200;

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
    this.db.pragma('cache_size = -32768'); // 32 MB: memory stays bounded on long ingests
    this.db.pragma('temp_store = MEMORY');
  }

  /** Prepared statements, least recently used dropped first: a long ingest must not grow it forever. */
  private prepare(sql: string): Statement {
    let st = this.statements.get(sql);
    if (st) {
      this.statements.delete(sql);
    } else {
      st = this.db.prepare(sql);
      if (this.statements.size >= MAX_STATEMENTS) this.statements.delete(this.statements.keys().next().value!);
    }
    this.statements.set(sql, st);
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
    // Multi-row statements of one fixed size, the rest row by row: two prepared statements per table.
    const per = Math.max(1, Math.floor(500 / columns.length));
    const one = `(${columns.map(() => '?').join(', ')})`;
    const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES`;
    for (const part of chunks(rows, per)) {
      if (part.length === per && per > 1) {
        const flat: unknown[] = [];
        for (const r of part) for (const v of r) flat.push(bindable(v));
        this.prepare(`${head} ${new Array(per).fill(one).join(', ')} ${suffix}`).run(...flat);
      } else {
        const st = this.prepare(`${head} ${one} ${suffix}`);
        for (const r of part) st.run(...r.map(bindable));
      }
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
