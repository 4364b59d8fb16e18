import pg from 'pg';
import { chunks, type SqlDriver } from './driver.js';

// COUNT(*) and BIGINT come back as strings by default; every count the store keeps fits a double.
pg.types.setTypeParser(20, (v: string) => Number(v));

/** PostgreSQL through one `pg` client (a transaction needs one connection). */
export class PostgresDriver implements SqlDriver {
  readonly dialect = 'postgres' as const;
  private depth = 0;

  private constructor(
    private readonly client: pg.Client,
    readonly location: string,
  ) {}

  static async connect(url: string): Promise<PostgresDriver> {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    // A dropped connection is reported by the next query; without a listener it would crash the process.
    client.on('error', () => {});
    await client.connect();
    await client.query("SET client_min_messages = 'warning'");
    return new PostgresDriver(client, redact(url));
  }

  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const res = await this.client.query(numbered(sql), params as unknown[]);
    return res.rows as T[];
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<void> {
    await this.client.query(numbered(sql), params as unknown[]);
  }

  async exec(sql: string): Promise<void> {
    await this.client.query(sql);
  }

  async insertMany(table: string, columns: readonly string[], rows: readonly (readonly unknown[])[], suffix = ''): Promise<void> {
    if (rows.length === 0) return;
    const per = Math.max(1, Math.floor(30000 / columns.length));
    for (const part of chunks(rows, per)) {
      const params: unknown[] = [];
      const values = part.map((r) => `(${r.map((v) => (params.push(v === undefined ? null : v), `$${params.length}`)).join(', ')})`);
      await this.client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')} ${suffix}`, params);
    }
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.depth > 0) return fn();
    await this.client.query('BEGIN');
    this.depth++;
    try {
      const result = await fn();
      await this.client.query('COMMIT');
      return result;
    } catch (err) {
      await this.client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      this.depth--;
    }
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => {});
  }
}

/** `?` → `$1, $2, …` outside string literals. */
export function numbered(sql: string): string {
  let n = 0;
  let out = '';
  let inString = false;
  for (const ch of sql) {
    if (ch === "'") inString = !inString;
    out += ch === '?' && !inString ? `$${++n}` : ch;
  }
  return out;
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres';
  }
}
