import pg from "pg";
import { explain, type PlanSummary } from "./dashboard-plans";
import type { CapturedQuery, LoggingClient } from "./dashboard-capture";
import { percentile, round } from "./stats";

// Timing: `warmup` untimed calls (plans cached, pages in shared buffers), then `reps` sequential
// timed calls. Each case is measured twice: the data-layer call as the app makes it (page + counts
// + audit insert, in parallel on the pool), and each SELECT it sent, alone, on a plain connection.

export type Latency = { p50: number; p95: number };

export async function timeCalls(
  work: () => Promise<unknown>,
  warmup: number,
  reps: number,
): Promise<Latency> {
  for (let i = 0; i < warmup; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: round(percentile(samples, 50), 2), p95: round(percentile(samples, 95), 2) };
}

export type StatementResult = {
  role: "page" | "counts" | "audit insert";
  sql: string;
  params: unknown[];
  latency: Latency;
  /** Not for the audit insert: EXPLAIN ANALYZE would execute it (timing it adds rows, harmlessly). */
  summary: PlanSummary | null;
  plan: unknown;
};

function roleOf(sql: string): StatementResult["role"] | null {
  if (/^\s*INSERT INTO "public"\."audit_event"/i.test(sql)) return "audit insert";
  if (!/^\s*SELECT/i.test(sql) || !/FROM submission/i.test(sql)) return null;
  // Counters (submission_status_count) or the capped count of a filtered view: both GROUP BY status.
  return /GROUP BY status/i.test(sql) ? "counts" : "page";
}

/** Captures the statements of one call, then explains and times each SELECT on the submission table. */
export async function measureStatements(
  logging: LoggingClient,
  url: string,
  call: () => Promise<unknown>,
  warmup: number,
  reps: number,
): Promise<StatementResult[]> {
  const { queries } = await logging.capture(call);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const results: StatementResult[] = [];
    for (const { sql, params } of queries as CapturedQuery[]) {
      const role = roleOf(sql);
      if (!role) continue;
      const latency = await timeCalls(() => client.query(sql, params), warmup, reps);
      const { plan, summary } =
        role === "audit insert"
          ? { plan: null, summary: null }
          : await explain(client, sql, params);
      results.push({ role, sql: sql.replace(/\s+/g, " ").trim(), params, latency, summary, plan });
    }
    return results;
  } finally {
    await client.end();
  }
}
