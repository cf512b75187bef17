import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { migrate, MIGRATION_LOCK_ID, MigrationError, MIGRATIONS_DIR } from "@/lib/migrate";
import { defaultTemplates } from "@/lib/templates/defaults";
import {
  createScratchDatabase,
  isEmbedded,
  type ScratchDatabase,
} from "../support/scratch-database";

// Every test starts from an empty database of its own, never the shared test database.
const server = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL!;
// Embedded PGlite multiplexes all connections onto one session, so session advisory locks cannot
// exclude anyone there. CI sets TEST_DATABASE_URL to a real Postgres, where these tests must run
// (and fail loudly, not skip, should detection ever misjudge the server).
const realPostgres = Boolean(process.env.TEST_DATABASE_URL) || !(await isEmbedded(server));

type Row = {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
};

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function scratch(): Promise<ScratchDatabase> {
  const db = await createScratchDatabase(server);
  cleanups.push(db.drop);
  return db;
}

/** A temp copy of prisma/migrations, plus extra migrations given as { name: sql }. */
async function migrationsCopy(extra: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "ldn-migrations-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function sql<T extends pg.QueryResultRow>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

const rows = (url: string) =>
  sql<Row>(url, `SELECT * FROM "_prisma_migrations" ORDER BY migration_name, started_at`);
const tableExists = async (url: string, table: string) =>
  (
    await sql<{ oid: string | null }>(url, "SELECT to_regclass($1)::text AS oid", [
      `public.${table}`,
    ])
  )[0]?.oid != null;

async function migrationNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

describe("migrate() against a real database", () => {
  it("applies every migration to an empty database and records each as Prisma does", async () => {
    const db = await scratch();
    const names = await migrationNames(MIGRATIONS_DIR);
    expect(names.length).toBeGreaterThan(0);

    const result = await migrate(db.url, MIGRATIONS_DIR);

    expect(result).toEqual({ applied: names, alreadyApplied: [] });
    const recorded = await rows(db.url);
    expect(recorded.map((r) => r.migration_name)).toEqual(names);
    for (const row of recorded) {
      const file = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.id).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect(await tableExists(db.url, "submission")).toBe(true);
  });

  it("applies nothing when run again on an up-to-date database", async () => {
    const db = await scratch();
    await migrate(db.url, MIGRATIONS_DIR);
    const before = await rows(db.url);

    const result = await migrate(db.url, MIGRATIONS_DIR);

    expect(result).toEqual({ applied: [], alreadyApplied: before.map((r) => r.migration_name) });
    expect(await rows(db.url)).toEqual(before);
  });

  it("writes the default reply templates once and keeps a physician's edit", async () => {
    const db = await scratch();
    await migrate(db.url, MIGRATIONS_DIR);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const keys = await client.query<{ key: string }>(
        "SELECT key FROM reply_template ORDER BY key",
      );
      expect(keys.rows.map((r) => r.key)).toEqual(defaultTemplates.map((t) => t.key).sort());
      await client.query("UPDATE reply_template SET title = 'Edited' WHERE key = 'crps'");
      await client.query("DELETE FROM reply_template WHERE key = 'long_covid'");
      await migrate(db.url, MIGRATIONS_DIR);
      const after = await client.query<{ key: string; title: string }>(
        "SELECT key, title FROM reply_template WHERE key IN ('crps', 'long_covid') ORDER BY key",
      );
      expect(after.rows).toEqual([
        { key: "crps", title: "Edited" },
        { key: "long_covid", title: defaultTemplates.find((t) => t.key === "long_covid")!.title },
      ]);
    } finally {
      await client.end();
    }
  });

  it("applies only the new migration when one is added", async () => {
    const db = await scratch();
    await migrate(db.url, MIGRATIONS_DIR);
    const dir = await migrationsCopy({
      "29991231000000_add_probe": `CREATE TABLE "probe" ("id" INTEGER);`,
    });

    const result = await migrate(db.url, dir);

    expect(result.applied).toEqual(["29991231000000_add_probe"]);
    expect(result.alreadyApplied).toEqual(await migrationNames(MIGRATIONS_DIR));
    expect(await tableExists(db.url, "probe")).toBe(true);
  });

  it("refuses a migration file modified after it was applied, and changes nothing", async () => {
    const db = await scratch();
    const dir = await migrationsCopy();
    const [first] = await migrationNames(dir);
    await migrate(db.url, dir);
    const before = await rows(db.url);
    await writeFile(path.join(dir, first!, "migration.sql"), "\n-- edited after deploy\n", {
      flag: "a",
    });
    await mkdir(path.join(dir, "29991231000000_after_edit"));
    await writeFile(
      path.join(dir, "29991231000000_after_edit", "migration.sql"),
      `CREATE TABLE "after_edit" ("id" INTEGER);`,
    );

    const attempt = migrate(db.url, dir);

    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow(
      `Migration ${first} was modified after it was applied (checksum mismatch).`,
    );
    expect(await rows(db.url)).toEqual(before);
    expect(await tableExists(db.url, "after_edit")).toBe(false);
  });

  it("rolls a failing migration back entirely, names it in the error, and applies it once fixed", async () => {
    const db = await scratch();
    const broken = "29991231000000_broken";
    const dir = await migrationsCopy({
      [broken]: `
        CREATE TABLE "half_done" ("id" INTEGER);
        ALTER TABLE "submission" ADD COLUMN "half_done_col" INTEGER;
        INSERT INTO "no_such_table" VALUES (1);`,
    });

    const attempt = migrate(db.url, dir);

    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow(
      `Migration ${broken} failed and was rolled back: relation "no_such_table" does not exist`,
    );
    expect(await tableExists(db.url, "half_done")).toBe(false);
    const columns = await sql(
      db.url,
      "SELECT 1 FROM information_schema.columns WHERE table_name = 'submission' AND column_name = 'half_done_col'",
    );
    expect(columns).toEqual([]);
    // The migrations before it were applied in their own transactions and stay applied.
    const recorded = await rows(db.url);
    expect(recorded.map((r) => r.migration_name)).toEqual(await migrationNames(MIGRATIONS_DIR));
    expect(recorded.every((r) => r.finished_at !== null)).toBe(true);

    await writeFile(
      path.join(dir, broken, "migration.sql"),
      `CREATE TABLE "half_done" ("id" INTEGER);`,
    );
    expect((await migrate(db.url, dir)).applied).toEqual([broken]);
    expect(await tableExists(db.url, "half_done")).toBe(true);
  });

  it.runIf(realPostgres)(
    "applies each migration exactly once when 5 instances migrate at the same moment",
    async () => {
      const db = await scratch();
      // Plain CREATEs: a second application would fail, so a missing lock shows as an error too.
      const extra = {
        "29991231000001_one": `CREATE TABLE "one" ("id" INTEGER);`,
        "29991231000002_two": `CREATE TABLE "two" ("id" INTEGER);`,
      };
      const dir = await migrationsCopy(extra);
      const names = await migrationNames(dir);

      const results = await Promise.all(Array.from({ length: 5 }, () => migrate(db.url, dir)));

      const counts = await sql<{ migration_name: string; n: number }>(
        db.url,
        `SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY 1 ORDER BY 1`,
      );
      expect(counts).toEqual(names.map((name) => ({ migration_name: name, n: 1 })));
      // Whoever took the lock first applied everything; the other four found nothing left to do.
      expect(results.filter((r) => r.applied.length > 0)).toEqual([
        { applied: names, alreadyApplied: [] },
      ]);
      expect(results.filter((r) => r.applied.length === 0)).toHaveLength(4);
      for (const r of results.filter((r) => r.applied.length === 0))
        expect(r.alreadyApplied).toEqual(names);
    },
  );

  it.runIf(realPostgres)(
    "waits while another process (such as Prisma's engine) holds the migration lock",
    async () => {
      const db = await scratch();
      const holder = new pg.Client({ connectionString: db.url });
      await holder.connect();
      cleanups.push(() => holder.end());
      await holder.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);

      let settled = false;
      const running = migrate(db.url, MIGRATIONS_DIR).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(settled).toBe(false);
      expect(await tableExists(db.url, "_prisma_migrations")).toBe(false);

      await holder.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]);
      expect((await running).applied).toEqual(await migrationNames(MIGRATIONS_DIR));
    },
  );
});
