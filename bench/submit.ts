// npm run bench:submit [-- --requests 3000 --concurrency 16 --pool 10 --warmup 200 --no-build --skip-typecheck]
// Throughput and latency of POST /api/assessments on a production build against the real Postgres,
// next to the floor (plain pg INSERTs of the same rows), plus the first-load JS of the public pages.
import os from "node:os";
import { flags, positiveInt } from "./lib/args";
import { buildApp } from "./lib/build";
import { countRows, createBenchDatabase } from "./lib/database";
import { firstLoadJs, GZIP_LEVEL } from "./lib/first-load-js";
import { insertFloor } from "./lib/floor";
import { checkBudgets } from "./lib/js-budgets";
import { runBenchmark } from "./lib/lifecycle";
import { postSubmissions } from "./lib/load";
import { writeResults } from "./lib/results";
import { startServer } from "./lib/server";
import { round } from "./lib/stats";
import { measureTriage } from "./lib/triage-time";
import { printSubmitReport, type SubmitReport } from "./lib/submit-report";

const options = flags({
  requests: { type: "string", default: "3000" },
  concurrency: { type: "string", default: "16" },
  // DATABASE_POOL_MAX for the app and the floor's pg.Pool; see bench/README.md for the 10–20 sweep.
  pool: { type: "string", default: "10" },
  warmup: { type: "string", default: "200" },
  "no-build": { type: "boolean", default: false },
  "skip-typecheck": { type: "boolean", default: false },
});
const requests = positiveInt(options.requests, "requests");
const concurrency = positiveInt(options.concurrency, "concurrency");
const poolMax = positiveInt(options.pool, "pool");
const warmup = positiveInt(options.warmup, "warmup");
// Any URL without a route renders Next's not-found page: the JS every page pays for the framework.
const BARE_PATH = "/__bench-not-found__";

runBenchmark("bench:submit", 30 * 60_000, async () => {
  console.log(
    `bench:submit — ${requests} requests, concurrency ${concurrency}, DATABASE_POOL_MAX ${poolMax}`,
  );
  await buildApp({ reuse: options["no-build"], skipTypecheck: options["skip-typecheck"] });
  const database = await createBenchDatabase();
  const server = await startServer(database.url, poolMax);

  console.log(`• Warming up with ${warmup} submissions …`);
  const warm = await postSubmissions(server.origin, warmup, concurrency);
  if (warm.non2xx + warm.errors > 0)
    throw new Error(
      `${warm.non2xx + warm.errors} of ${warmup} warm-up requests failed ${JSON.stringify(warm.statusCodes)}; ` +
        `server log tail:\n${server.logTail()}`,
    );
  console.log(`• Posting ${requests} submissions …`);
  const cpuBefore = server.cpuMs();
  const load = await postSubmissions(server.origin, requests, concurrency);
  const serverCpuMsPerRequest = round((server.cpuMs() - cpuBefore) / requests, 2);
  const rowsStored = await countRows(
    database.url,
    `SELECT count(DISTINCT "idempotency_key") AS n FROM "submission"`,
  );
  const failures = load.non2xx + load.errors;
  if (failures > 0)
    console.error(`! ${failures} failed requests; server log tail:\n${server.logTail()}`);

  console.log("• Measuring first-load JS …");
  const bare = await firstLoadJs(server.origin, BARE_PATH);
  const learn = await firstLoadJs(server.origin, "/learn");
  const assessment = await firstLoadJs(server.origin, "/assessment");
  await server.stop();

  console.log(`• Measuring the floor: ${requests} plain pg INSERTs …`);
  const floor = await insertFloor(database.url, {
    amount: requests,
    warmup,
    concurrency,
    poolMax,
    firstIndex: 1e6,
  });
  await database.drop();

  const report: SubmitReport = {
    options: { requests, concurrency, poolMax, warmup },
    cpus: os.cpus().length,
    app: { ...load, serverCpuMsPerRequest, rowsStored },
    floor,
    appOverFloor: {
      throughput: round(load.perSecond / floor.perSecond, 2),
      p50: round(load.latencyMs.p50 / floor.latencyMs.p50, 2),
    },
    js: { bare, learn, assessment, budgets: checkBudgets(bare, learn, assessment) },
    triage: measureTriage(),
  };
  const file = await writeResults("submit", {
    measuredAt: new Date().toISOString(),
    node: process.version,
    gzipLevel: GZIP_LEVEL,
    ...report,
    warmup: warm,
  });
  printSubmitReport(report);
  console.log(`\n  results: ${file}`);

  if (failures > 0) throw new Error(`${failures} requests did not answer 2xx (must be 0)`);
  if (rowsStored !== warmup + requests)
    throw new Error(`stored ${rowsStored} submissions, expected ${warmup + requests}`);
});
