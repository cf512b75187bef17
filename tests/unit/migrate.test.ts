import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checksum, type Migration, MigrationError, plan, readMigrations } from "@/lib/migrate";

const migration = (name: string, sql = `-- ${name}`): Migration => ({
  name,
  sql,
  checksum: checksum(sql),
});
const applied = (
  m: Migration,
  over: Partial<{ checksum: string; finished_at: Date | null; rolled_back_at: Date | null }> = {},
) => ({
  migration_name: m.name,
  checksum: m.checksum,
  finished_at: new Date("2026-11-25T10:00:00Z"),
  rolled_back_at: null,
  ...over,
});

const first = migration("20260101000000_init", "CREATE TABLE a (id int);");
const second = migration("20260201000000_add_b", "CREATE TABLE b (id int);");
const third = migration("20260301000000_add_c", "CREATE TABLE c (id int);");

describe("plan", () => {
  it("puts every migration in pending on an empty database", () => {
    expect(plan([first, second], [])).toEqual({ pending: [first, second], done: [] });
  });

  it("splits applied migrations from pending ones, keeping file order", () => {
    expect(plan([first, second, third], [applied(first)])).toEqual({
      pending: [second, third],
      done: [first.name],
    });
  });

  it("has nothing pending when every migration is applied", () => {
    expect(plan([first, second], [applied(first), applied(second)])).toEqual({
      pending: [],
      done: [first.name, second.name],
    });
  });

  it("refuses a migration whose file changed after it was applied", () => {
    const rows = [applied(first, { checksum: checksum("CREATE TABLE a (id bigint);") })];
    expect(() => plan([first, second], rows)).toThrow(MigrationError);
    expect(() => plan([first, second], rows)).toThrow(
      `Migration ${first.name} was modified after it was applied (checksum mismatch).`,
    );
  });

  it("refuses to go on after a migration that failed and was never resolved", () => {
    const rows = [applied(first), applied(second, { finished_at: null })];
    expect(() => plan([first, second, third], rows)).toThrow(MigrationError);
    expect(() => plan([first, second, third], rows)).toThrow(
      `Migration ${second.name} failed earlier and was not resolved`,
    );
  });

  it("refuses a database with a migration the files no longer have", () => {
    const gone = migration("20251231000000_deleted");
    expect(() => plan([first], [applied(gone), applied(first)])).toThrow(MigrationError);
    expect(() => plan([first], [applied(gone), applied(first)])).toThrow(
      `Migration ${gone.name} is applied but missing from prisma/migrations.`,
    );
  });

  it("ignores rows marked rolled back: failed, changed or since deleted", () => {
    const rolledBack = new Date("2026-11-25T11:00:00Z");
    const rows = [
      applied(first),
      applied(second, { finished_at: null, checksum: "0".repeat(64), rolled_back_at: rolledBack }),
      applied(migration("20251231000000_deleted"), { rolled_back_at: rolledBack }),
    ];
    expect(plan([first, second], rows)).toEqual({ pending: [second], done: [first.name] });
  });

  it("accepts a migration re-applied after an earlier attempt was rolled back", () => {
    const rows = [
      applied(first, { finished_at: null, rolled_back_at: new Date() }),
      applied(first),
    ];
    expect(plan([first], rows)).toEqual({ pending: [], done: [first.name] });
  });
});

describe("checksum", () => {
  it("is the hex SHA-256 of the text, as Prisma records it", () => {
    expect(checksum("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(checksum("SELECT 1;")).toBe(createHash("sha256").update("SELECT 1;").digest("hex"));
  });

  it("changes with any edit, even whitespace", () => {
    expect(checksum("SELECT 1;")).not.toBe(checksum("SELECT 1; "));
  });
});

describe("readMigrations", () => {
  let dir: string;
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function write(name: string, sql: string) {
    await mkdir(path.join(dir, name), { recursive: true });
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }

  it("reads each folder's migration.sql in name order with its SHA-256, ignoring loose files", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ldn-read-migrations-"));
    const sqlB = "ALTER TABLE a ADD COLUMN é TEXT; -- ünïcode\n";
    await write("20260201000000_b", sqlB);
    await write("20260101000000_a", "CREATE TABLE a (id int);\n");
    await write("20260115000000_between", "SELECT 1;\n");
    await writeFile(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');

    const migrations = await readMigrations(dir);

    expect(migrations.map((m) => m.name)).toEqual([
      "20260101000000_a",
      "20260115000000_between",
      "20260201000000_b",
    ]);
    expect(migrations[2]).toEqual({
      name: "20260201000000_b",
      sql: sqlB,
      checksum: createHash("sha256").update(Buffer.from(sqlB, "utf8")).digest("hex"),
    });
    for (const m of migrations) expect(m.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it("returns nothing for a folder without migrations", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ldn-read-migrations-"));
    expect(await readMigrations(dir)).toEqual([]);
  });
});
