import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/embedded-postgres";
import { migrate, MIGRATIONS_DIR } from "../../lib/migrate";

export type TestDatabase = { url: string; drop: () => Promise<void> };

/**
 * A fresh, migrated database for one test run. With TEST_DATABASE_URL or DATABASE_URL, a new
 * database named ldn_test_<random> is created on that server (the configured database itself is
 * never touched) and dropped afterwards; with neither, an embedded Postgres is started.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!server) {
    const embedded = await startEmbeddedPostgres();
    await migrate(embedded.url, MIGRATIONS_DIR);
    return { url: embedded.url, drop: embedded.stop };
  }
  const name = `ldn_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  await migrate(url.toString(), MIGRATIONS_DIR);
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
