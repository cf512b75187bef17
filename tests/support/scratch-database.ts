import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/embedded-postgres";

// Empty throwaway databases for tests that must start from nothing (the migration runner).
//
// On a real Postgres server each one is a new database, dropped afterwards. The embedded PGlite
// server accepts CREATE DATABASE but serves every connection from its single database whatever
// the URL names (tried: current_database() stays "postgres"), so there each scratch database is
// a fresh embedded server of its own instead; the shared test database is never touched.

export type ScratchDatabase = { url: string; drop: () => Promise<void> };

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Whether the server at `url` is the embedded PGlite rather than a real Postgres. */
export async function isEmbedded(url: string): Promise<boolean> {
  const [row] = await withClient(
    url,
    async (c) => (await c.query<{ version: string }>("SELECT version()")).rows,
  );
  return /PGlite/i.test(row?.version ?? "");
}

export async function createScratchDatabase(server: string): Promise<ScratchDatabase> {
  if (await isEmbedded(server)) {
    const embedded = await startEmbeddedPostgres();
    return { url: embedded.url, drop: embedded.stop };
  }
  const name = `ldn_mig_${randomBytes(6).toString("hex")}`;
  await withClient(server, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(server);
  url.pathname = `/${name}`;
  const drop = async () => {
    await withClient(server, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  };
  const [row] = await withClient(
    url.toString(),
    async (c) => (await c.query<{ db: string }>("SELECT current_database() AS db")).rows,
  );
  if (row?.db !== name) {
    await drop();
    throw new Error(
      `Connected to ${row?.db} instead of the new database ${name}: the server ignores database names`,
    );
  }
  return { url: url.toString(), drop };
}
