// npm run dev — the development server. With DATABASE_URL it uses that Postgres; without it, it
// starts an embedded Postgres (PGlite, data in .data/pglite) so a new machine needs only Node.
import { spawn } from "node:child_process";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { migrate, MIGRATIONS_DIR } from "../lib/migrate";

const port = Number(process.env.PORT ?? 3000);
const EMBEDDED_PORT = Number(process.env.EMBEDDED_DB_PORT ?? 54329);

async function main(): Promise<void> {
  let databaseUrl = process.env.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!databaseUrl) {
    const dataDir = path.join(process.cwd(), ".data", "pglite");
    const embedded = await startEmbeddedPostgres({ dataDir, port: EMBEDDED_PORT });
    databaseUrl = embedded.url;
    stopEmbedded = embedded.stop;
    console.log(`Embedded Postgres (PGlite) running at ${databaseUrl}, data in ${path.relative(process.cwd(), dataDir)}/`);
  } else {
    console.log("Using the Postgres in DATABASE_URL.");
  }

  const { applied } = await migrate(databaseUrl, MIGRATIONS_DIR);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");

  const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", "-p", String(port)], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      // PGlite executes one statement at a time; a small pool avoids queueing behind idle connections.
      DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? (stopEmbedded ? "4" : "10"),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  console.log(`\n  LDN Intake is starting at http://localhost:${port}\n`);

  const shutdown = async (signal: NodeJS.Signals) => {
    next.kill(signal);
    await stopEmbedded?.();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  next.on("exit", async (code) => {
    await stopEmbedded?.();
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
