import pg from "pg";
import { migrate } from "../../lib/migrate";
import { onCleanup } from "./lifecycle";
import { MIGRATIONS_DIR } from "./paths";

const DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

export type BenchDatabase = { name: string; url: string; drop: () => Promise<void> };

async function admin<T>(server: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database `ldn_bench_<timestamp>` on the real Postgres server (DATABASE_URL's
 * server, else the local one), dropped again at cleanup. The configured database is never touched.
 */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const server = process.env.DATABASE_URL ?? DEFAULT_SERVER;
  const name = `ldn_bench_${Date.now()}_${process.pid}`;
  await admin(server, (client) => client.query(`CREATE DATABASE ${name}`));
  const drop = async () => {
    await admin(server, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    console.log(`• Dropped database ${name}`);
  };
  const forget = onCleanup(`drop database ${name}`, drop);
  const url = new URL(server);
  url.pathname = `/${name}`;
  await migrate(url.toString(), MIGRATIONS_DIR);
  console.log(`• Created and migrated database ${name} on ${url.host}`);
  return {
    name,
    url: url.toString(),
    drop: async () => {
      forget();
      await drop();
    },
  };
}

export async function countRows(url: string, sql: string): Promise<number> {
  return admin(url, async (client) =>
    Number((await client.query<{ n: string }>(sql)).rows[0]?.n ?? 0),
  );
}
