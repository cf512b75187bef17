// npm run dev — the development server. With DATABASE_URL it uses that Postgres; without it, it
// starts an embedded Postgres (PGlite, data in .data/pglite) so a new machine needs only Node.
import { spawn } from "node:child_process";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { migrate, MIGRATIONS_DIR } from "../lib/migrate";
import { demoSignInLine } from "../prisma/seed-data/demo-accounts";

const port = Number(process.env.PORT ?? 3000);
const EMBEDDED_PORT = Number(process.env.EMBEDDED_DB_PORT ?? 54329);

/**
 * Runs prisma/seed.ts in a child process: the data layer it reuses is "server-only", which loads
 * only under the react-server condition. A failed seed is reported but does not stop the server.
 */
function seedEmbedded(databaseUrl: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"],
      {
        stdio: "inherit",
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          LDN_EMBEDDED_DB: "1",
          DATABASE_POOL_MAX: "4",
        },
      },
    );
    child.on("error", (error) => {
      console.error(`Could not run the demo seed: ${error.message}`);
      resolve(false);
    });
    child.on("exit", (code) => {
      if (code !== 0) console.error("The demo seed failed; the app starts without demo data.");
      resolve(code === 0);
    });
  });
}

async function main(): Promise<void> {
  let databaseUrl = process.env.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!databaseUrl) {
    const dataDir = path.join(process.cwd(), ".data", "pglite");
    const embedded = await startEmbeddedPostgres({ dataDir, port: EMBEDDED_PORT });
    databaseUrl = embedded.url;
    stopEmbedded = embedded.stop;
    console.log(
      `Embedded Postgres (PGlite) running at ${databaseUrl}, data in ${path.relative(process.cwd(), dataDir)}/`,
    );
  } else {
    console.log("Using the Postgres in DATABASE_URL.");
  }

  const { applied } = await migrate(databaseUrl, MIGRATIONS_DIR);
  console.log(
    applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.",
  );
  // Demo data only ever goes into the embedded database started above, never into DATABASE_URL's.
  const seeded = stopEmbedded ? await seedEmbedded(databaseUrl) : false;

  const next = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "dev", "-p", String(port)],
    {
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        // PGlite executes one statement at a time; a small pool avoids queueing behind idle connections.
        DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? (stopEmbedded ? "4" : "10"),
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
  console.log(`\n  LDN Intake is starting at http://localhost:${port}\n`);
  if (seeded) console.log(`  ${demoSignInLine(`http://localhost:${port}`)}\n`);

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
