// npm test — the whole suite: unit and integration tests (vitest), then end-to-end tests
// (Playwright + Chromium) against a production build on a fresh database.
import { spawn } from "node:child_process";
import { createTestDatabase } from "../tests/support/database";

// Asynchronous on purpose: an embedded test database is served from this process's event loop.
function run(
  label: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<boolean> {
  console.log(`\n▶ ${label}`);
  const child = spawn(command, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve(code === 0)));
}

const node = process.execPath;
const results: [string, boolean][] = [];

results.push([
  "prisma generate",
  await run("Generating the Prisma client", node, ["scripts/prisma-generate.mjs"]),
]);
results.push([
  "vitest",
  await run("Unit and integration tests", node, ["node_modules/vitest/vitest.mjs", "run"]),
]);

if (!process.argv.includes("--no-e2e")) {
  results.push([
    "next build",
    await run("Production build for end-to-end tests", node, [
      "node_modules/next/dist/bin/next",
      "build",
    ]),
  ]);
  const database = await createTestDatabase();
  try {
    results.push([
      "playwright",
      await run("End-to-end tests", node, ["node_modules/@playwright/test/cli.js", "test"], {
        E2E_DATABASE_URL: database.url,
      }),
    ]);
  } finally {
    await database.drop();
  }
}

const failed = results.filter(([, ok]) => !ok).map(([name]) => name);
console.log(
  `\n${failed.length === 0 ? "All test stages passed" : `Failed stages: ${failed.join(", ")}`}`,
);
process.exit(failed.length === 0 ? 0 : 1);
