import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { seedTemplatesStatement } from "./templates/seed";

// Applies prisma/migrations/<name>/migration.sql the way `prisma migrate deploy` does, without
// Prisma's native schema engine (which cannot be downloaded on every machine). It keeps Prisma's
// bookkeeping table, so `prisma migrate status` agrees wherever the engine is available.

/** The lock id Prisma's schema engine takes, so this runner and Prisma also exclude each other. */
export const MIGRATION_LOCK_ID = 72707369;

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Where the migrations live: prisma/migrations of the project the process runs from. */
export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export type Migration = { name: string; sql: string; checksum: string };
export type MigrateResult = { applied: string[]; alreadyApplied: string[] };

export class MigrationError extends Error {}

export function checksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

export async function readMigrations(dir: string): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksum(sql) };
    }),
  );
}

type Applied = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

/** Checks applied rows against the files: a changed file, a failed or an unknown migration stops everything. */
export function plan(
  migrations: Migration[],
  applied: Applied[],
): { pending: Migration[]; done: string[] } {
  const live = applied.filter((row) => row.rolled_back_at === null);
  const byName = new Map(live.map((row) => [row.migration_name, row]));
  for (const row of live) {
    if (row.finished_at === null)
      throw new MigrationError(
        `Migration ${row.migration_name} failed earlier and was not resolved; fix the database, then mark it rolled back.`,
      );
    if (!migrations.some((m) => m.name === row.migration_name))
      throw new MigrationError(
        `Migration ${row.migration_name} is applied but missing from prisma/migrations.`,
      );
  }
  const pending: Migration[] = [];
  const done: string[] = [];
  for (const m of migrations) {
    const row = byName.get(m.name);
    if (!row) pending.push(m);
    else if (row.checksum !== m.checksum)
      throw new MigrationError(
        `Migration ${m.name} was modified after it was applied (checksum mismatch).`,
      );
    else done.push(m.name);
  }
  return { pending, done };
}

/**
 * Applies pending migrations, each in its own transaction, under a session advisory lock so that
 * several instances starting at once apply each migration exactly once.
 */
export async function migrate(connectionString: string, dir: string): Promise<MigrateResult> {
  const migrations = await readMigrations(dir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
    try {
      await client.query(CREATE_TABLE);
      const { rows } = await client.query<Applied>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
      );
      const { pending, done } = plan(migrations, rows);
      for (const m of pending) await applyOne(client, m);
      await seedReferenceData(client);
      return { applied: pending.map((m) => m.name), alreadyApplied: done };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]);
    }
  } finally {
    await client.end();
  }
}

/** Rows the app needs before its first request (skipped for a directory without those tables). */
async function seedReferenceData(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ present: boolean }>(
    "SELECT to_regclass('reply_template') IS NOT NULL AS present",
  );
  if (rows[0]?.present) await client.query(seedTemplatesStatement());
}

async function applyOne(client: pg.Client, m: Migration): Promise<void> {
  const id = randomUUID();
  try {
    await client.query("BEGIN");
    await client.query(m.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [id, m.checksum, m.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const message = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${m.name} failed and was rolled back: ${message}`);
  }
}
