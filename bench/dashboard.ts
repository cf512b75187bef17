// npm run bench:dashboard [-- --rows 100000 --reps 200 --warmup 20 --pool 10]
// The physician queue at scale: a fresh database with 100,000 synthetic submissions, then p50/p95
// of listSubmissions (lib/dal/queue.ts, the function the page and the API call) for the first page,
// a deep page, search by name / email / reference, a flag filter, a condition filter and both
// together, each with the plan of every statement it sent and whether that plan uses an index. Target: p95 < 50 ms per case.
// Runs under the react-server condition because the data layer is marked "server-only".
import os from "node:os";
import pg from "pg";
import { flags, positiveInt } from "./lib/args";
import { installLoggingClient } from "./lib/dashboard-capture";
import { fillSubmissions } from "./lib/dashboard-fill";
import { measureStatements, timeCalls } from "./lib/dashboard-measure";
import { meetsTarget, printReport, TARGET_P95_MS, type CaseResult } from "./lib/dashboard-report";
import { createBenchDatabase } from "./lib/database";
import { runBenchmark } from "./lib/lifecycle";
import { writeResults } from "./lib/results";

const options = flags({
  rows: { type: "string", default: "100000" },
  reps: { type: "string", default: "200" },
  warmup: { type: "string", default: "20" },
  pool: { type: "string", default: "10" },
});
const rows = positiveInt(options.rows, "rows");
const reps = positiveInt(options.reps, "reps");
const warmup = positiveInt(options.warmup, "warmup");
const poolMax = positiveInt(options.pool, "pool");

const DEEP_PAGES = 40;

/** Search fragments that exist in the data: one NEW row's email and reference, and a pool surname. */
async function fragments(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const {
      rows: [row],
    } = await client.query<{ email: string; reference: string }>(
      `SELECT email, reference FROM submission WHERE status = 'NEW' ORDER BY created_at DESC LIMIT 1`,
    );
    if (!row) throw new Error("no NEW submissions to search for");
    const at = row.email.indexOf("@");
    return {
      name: "Nakam",
      email: row.email.slice(Math.max(0, at - 6), at + 5),
      reference: row.reference.slice(5, 12).toLowerCase(),
    };
  } finally {
    await client.end();
  }
}

async function setUp(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    console.log("• VACUUM ANALYZE …");
    await client.query("VACUUM ANALYZE submission");
    // Autovacuum keeps the counters compact in service (see their migration); after a bulk fill
    // of a million rows it has not caught up yet.
    await client.query("VACUUM ANALYZE submission_status_count");
    await client.query("VACUUM ANALYZE submission_facet_count");
    const {
      rows: [user],
    } = await client.query<{ id: string }>(
      `INSERT INTO "user" (id, email, name, role, password_hash, updated_at)
       VALUES (gen_random_uuid(), 'bench.physician@bench.test', 'Bench Physician', 'PHYSICIAN', 'not-a-hash', now()) RETURNING id::text`,
    );
    return user!.id;
  } finally {
    await client.end();
  }
}

// Filling takes ~1 min per 100,000 rows on a busy 2-core machine: the limit grows with --rows.
runBenchmark("bench:dashboard", Math.max(20, (rows / 1_000_000) * 90) * 60_000, async () => {
  const loadAtStart = os.loadavg();
  console.log(
    `bench:dashboard — ${rows.toLocaleString("en-US")} submissions, ${reps} timed calls per case after ${warmup} warm-up calls, ${os.cpus().length} CPUs`,
  );
  const database = await createBenchDatabase();
  console.log(`• Filling ${rows.toLocaleString("en-US")} synthetic submissions …`);
  const fill = await fillSubmissions(database.url, {
    rows,
    batch: 5000,
    seed: 20261125,
    now: new Date(),
  });
  console.log(`  filled in ${(fill.ms / 1000).toFixed(1)} s`);
  const userId = await setUp(database.url);

  // Point the app's data layer at the benchmark database, through a client that logs its SQL.
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = String(poolMax);
  const logging = installLoggingClient(database.url, poolMax);
  const { listSubmissions } = await import("../lib/dal/queue");
  const actor = {
    id: userId,
    email: "bench.physician@bench.test",
    name: "Bench Physician",
    role: "PHYSICIAN" as const,
  };

  let cursor: string | null = null;
  for (let i = 0; i < DEEP_PAGES; i++) {
    cursor = (await listSubmissions(actor, { status: "NEW", ...(cursor ? { cursor } : {}) }))
      .nextCursor;
    if (!cursor) throw new Error(`the NEW tab has fewer than ${DEEP_PAGES + 1} pages`);
  }
  const found = await fragments(database.url);
  const cases: { key: string; label: string; input: Record<string, string> }[] = [
    { key: "first_page", label: "queue first page (New)", input: { status: "NEW" } },
    {
      key: "deep_page",
      label: `deep page (New, page ${DEEP_PAGES + 1})`,
      input: { status: "NEW", cursor: cursor! },
    },
    {
      key: "search_name",
      label: `search name "${found.name}"`,
      input: { status: "NEW", q: found.name },
    },
    {
      key: "search_email",
      label: `search email "${found.email}"`,
      input: { status: "NEW", q: found.email },
    },
    {
      key: "search_reference",
      label: `search reference "${found.reference}"`,
      input: { status: "NEW", q: found.reference },
    },
    {
      key: "flag_filter",
      label: "flag filter opioid_use (New)",
      input: { status: "NEW", flag: "opioid_use" },
    },
    {
      key: "condition_filter",
      label: "condition filter crps (New)",
      input: { status: "NEW", condition: "crps" },
    },
    {
      key: "flag_and_condition",
      label: "flag crisis and condition crps (New)",
      input: { status: "NEW", flag: "crisis", condition: "crps" },
    },
    {
      key: "search_name_replied",
      label: `search name "${found.name}" (Replied)`,
      input: { status: "REPLIED", q: found.name },
    },
  ];

  const results: CaseResult[] = [];
  for (const c of cases) {
    console.log(`• ${c.label} …`);
    const call = () => listSubmissions(actor, c.input);
    const items = (await call()).items.length;
    const latency = await timeCalls(call, warmup, reps);
    const statements = await measureStatements(logging, database.url, call, warmup, reps);
    results.push({ ...c, items, latency, statements });
  }
  await logging.disconnect();

  printReport(results, reps);
  // Latency on a shared 2-core machine depends on what else runs; the load puts figures in context.
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(" / ");
  console.log(
    `Load average (1/5/15 min) at start: ${load(loadAtStart)}, at end: ${load(os.loadavg())}`,
  );
  const file = await writeResults("dashboard", {
    at: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model ?? null,
      loadAverage: { start: loadAtStart, end: os.loadavg() },
    },
    rows,
    fillSeconds: Number((fill.ms / 1000).toFixed(1)),
    reps,
    warmup,
    targetP95Ms: TARGET_P95_MS,
    cases: results.map((r) => ({ ...r, meetsTarget: meetsTarget(r.latency) })),
  });
  console.log(`• Results written to ${file}`);
  await database.drop();
});
