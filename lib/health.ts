import "server-only";
import { db } from "@/lib/db";
import { noteDatabaseAvailable, noteDatabaseUnavailable } from "@/lib/db-availability";
import { isShuttingDown } from "@/lib/lifecycle";
import { MIGRATIONS_DIR, readMigrations } from "@/lib/migrate";

// What a load balancer asks before sending an instance traffic. Answers are booleans only: no
// data, no error text (a driver message can name hosts and users).

export type Readiness = {
  ready: boolean;
  checks: { database: boolean; migrations: boolean; accepting: boolean };
};

let expected: Promise<string[]> | undefined;

/** The migrations this build ships with, read once from prisma/migrations. */
function shippedMigrations(): Promise<string[]> {
  expected ??= readMigrations(MIGRATIONS_DIR).then((m) => m.map((x) => x.name));
  return expected;
}

export async function readiness(): Promise<Readiness> {
  const accepting = !isShuttingDown();
  let database = false;
  let migrations = false;
  try {
    const rows = await db().$queryRaw<{ name: string }[]>`
      SELECT migration_name AS name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    database = true;
    noteDatabaseAvailable();
    const applied = new Set(rows.map((r) => r.name));
    migrations = (await shippedMigrations()).every((name) => applied.has(name));
  } catch {
    // A database without the migrations table answers with an error too: not ready either way.
    if (!database) noteDatabaseUnavailable();
  }
  return {
    ready: accepting && database && migrations,
    checks: { database, migrations, accepting },
  };
}
