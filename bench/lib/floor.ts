import { createHash, randomUUID } from "node:crypto";
import pg from "pg";
import { generateReference } from "../../lib/reference";
import { triage } from "../../lib/triage/rules";
import { CONSENT_VERSION, type Assessment } from "../../lib/validations/assessment";
import { parsedAssessment } from "./payload";
import { summarize, type LatencySummary } from "./stats";

// The floor: what Postgres itself costs for the same work, without HTTP, Next, validation or
// Prisma. The row is built the way lib/dal/submissions.ts builds it (same columns, triage, hash,
// reference; Prisma generates the uuid and updated_at client-side, so we do too) and stored with
// one single-row INSERT … ON CONFLICT DO NOTHING RETURNING, as createManyAndReturn does.
// lib/dal is server-only and cannot be imported here, so the row is mirrored by hand; the check
// against the migrated table below fails loudly when the two drift apart.

function row(assessment: Assessment, now: Date): Record<string, unknown> {
  const { flags, priority } = triage(assessment, now);
  const requestHash = createHash("sha256").update(JSON.stringify(assessment)).digest("hex");
  const { about, condition, consent } = assessment;
  const reference = generateReference();
  return {
    id: randomUUID(),
    reference,
    idempotency_key: randomUUID(),
    request_hash: requestHash,
    form_version: assessment.formVersion,
    first_name: about.firstName,
    last_name: about.lastName,
    email: about.email,
    phone: about.phone || null,
    date_of_birth: new Date(`${about.dateOfBirth}T00:00:00Z`),
    state: about.state,
    primary_condition: condition.primaryCondition,
    flags: flags.map((f) => f.code),
    priority,
    triage: JSON.stringify({ flags }),
    answers: JSON.stringify(assessment),
    consent_version: CONSENT_VERSION,
    consented_at: now,
    signature: consent.signature,
    // searchText() in lib/dal/submissions.ts
    search_text: `${about.firstName} ${about.lastName} ${about.email} ${reference}`.toLowerCase(),
    updated_at: now,
  };
}

type Column = { column_name: string; is_nullable: "YES" | "NO"; column_default: string | null };

/** The INSERT for the columns the table has; an unknown required column means the mirror is stale. */
async function insertStatement(
  pool: pg.Pool,
  sample: Record<string, unknown>,
): Promise<{ sql: string; columns: string[] }> {
  const { rows } = await pool.query<Column>(
    `SELECT column_name, is_nullable, column_default FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = 'submission'`,
  );
  const missing = rows.filter(
    (c) => c.is_nullable === "NO" && c.column_default === null && !(c.column_name in sample),
  );
  if (missing.length > 0)
    throw new Error(
      `the floor does not fill required column(s) ${missing.map((c) => c.column_name).join(", ")}: ` +
        "mirror lib/dal/submissions.ts in bench/lib/floor.ts",
    );
  const existing = new Set(rows.map((c) => c.column_name));
  const columns = Object.keys(sample).filter((name) => existing.has(name));
  const sql =
    `INSERT INTO "submission" (${columns.map((c) => `"${c}"`).join(", ")}) ` +
    `VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")}) ON CONFLICT DO NOTHING RETURNING "reference", "created_at"`;
  return { sql, columns };
}

export type FloorResult = {
  inserts: number;
  seconds: number;
  perSecond: number;
  latencyMs: LatencySummary;
};
type FloorOptions = {
  amount: number;
  warmup: number;
  concurrency: number;
  poolMax: number;
  firstIndex: number;
};
type Insert = (i: number) => Promise<void>;

async function insertConcurrently(
  insert: Insert,
  amount: number,
  concurrency: number,
  firstIndex: number,
): Promise<FloorResult> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < amount) {
      const i = firstIndex + next++;
      const started = process.hrtime.bigint();
      await insert(i);
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: Math.min(concurrency, amount) }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    inserts: latencies.length,
    seconds,
    perSecond: latencies.length / seconds,
    latencyMs: summarize(latencies),
  };
}

/** Warms a pg.Pool of `poolMax` connections up, then times `amount` inserts from `concurrency` workers. */
export async function insertFloor(
  databaseUrl: string,
  options: FloorOptions,
): Promise<FloorResult> {
  const { amount, warmup, concurrency, poolMax, firstIndex } = options;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolMax });
  // pool.end() does not wait for the server to close its connections; an idle one terminated
  // meanwhile (the database is dropped right after) reports an error that must not crash the run.
  let ending = false;
  pool.on("error", (error) => {
    if (!ending) console.warn(`! idle floor connection failed: ${error.message}`);
  });
  try {
    const { sql, columns } = await insertStatement(pool, row(parsedAssessment(0), new Date()));
    // Each insert's time includes building its row (triage, hash), as the app's request time does.
    const insert: Insert = async (i) => {
      const values = row(parsedAssessment(i), new Date());
      const { rowCount } = await pool.query(
        sql,
        columns.map((c) => values[c]),
      );
      if (rowCount !== 1) throw new Error(`floor insert ${i} stored ${rowCount} rows`);
    };
    if (warmup > 0) await insertConcurrently(insert, warmup, concurrency, firstIndex);
    return await insertConcurrently(insert, amount, concurrency, firstIndex + warmup);
  } finally {
    ending = true;
    await pool.end();
  }
}
