import pg from 'pg';

/**
 * The PostgreSQL server store tests run against: TIDINGS_TEST_PG (`.ci/run` sets it to the local
 * server). Each test gets its own schema, dropped afterwards, so runs never see each other's rows.
 */
export function testPgUrl(): string | null {
  return process.env['TIDINGS_TEST_PG'] || null;
}

export const PG_SKIP_MESSAGE = 'PostgreSQL store tests skipped: set TIDINGS_TEST_PG=postgres://postgres@127.0.0.1:5432/test to run them';

export async function createTestSchema(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `tidings_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}
