import pg from "pg";
import { assessmentSchema } from "../../lib/validations/assessment";
import { triage } from "../../lib/triage/rules";
import { createRandom } from "../../prisma/seed-data/random";
import { syntheticRow, type BenchRow } from "./dashboard-rows";

// Fills the submission table fast: rows are generated in Node (the seed's generator, so answers are
// realistic in shape and size) and sent 5,000 at a time as one JSON document that Postgres unpacks
// with jsonb_to_recordset — one round trip and one statement per batch.

const COLUMNS = `id uuid, reference text, status "SubmissionStatus", form_version int, first_name text,
  last_name text, email text, phone text, date_of_birth date, state text, primary_condition text,
  flags text[], priority int, triage jsonb, answers jsonb, consent_version text,
  consented_at timestamptz, signature text, search_text text, created_at timestamptz, updated_at timestamptz`;

const NAMES = COLUMNS.split(",")
  .map((c) => c.trim().split(/\s+/)[0]!)
  .join(", ");

const INSERT = `INSERT INTO submission (${NAMES})
  SELECT ${NAMES} FROM jsonb_to_recordset($1::jsonb) AS r(${COLUMNS})`;

/** The first rows go through the intake schema and triage again, proving the generator honest. */
const CHECKED = 200;

export async function fillSubmissions(
  url: string,
  options: { rows: number; batch: number; seed: number; now: Date },
): Promise<{ rows: number; ms: number }> {
  const random = createRandom(options.seed);
  const references = new Set<string>();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  try {
    let done = 0;
    while (done < options.rows) {
      const batch: BenchRow[] = [];
      for (let i = 0; i < options.batch && done + i < options.rows; i++) {
        const { row, assessment } = syntheticRow(random, options.now, references);
        if (done + i < CHECKED) check(row, assessment);
        batch.push(row);
      }
      await client.query(INSERT, [JSON.stringify(batch)]);
      done += batch.length;
      if (done % 25_000 === 0 || done === options.rows)
        console.log(`  … ${done.toLocaleString("en-US")} rows`);
    }
    return { rows: done, ms: performance.now() - started };
  } finally {
    await client.end();
  }
}

function check(row: BenchRow, assessment: unknown): void {
  const parsed = assessmentSchema.safeParse(assessment);
  if (!parsed.success)
    throw new Error(`generated assessment is invalid: ${parsed.error.issues[0]?.message}`);
  const flags = triage(parsed.data, new Date(String(row.created_at))).flags.map((f) => f.code);
  if (flags.join() !== row.flags.join()) throw new Error("generated flags differ from triage");
}
