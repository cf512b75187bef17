// npm run outbox                                    — what is waiting in the outbox
// npm run outbox -- --expire-before <ISO time> [--dry-run]
//   Expires every email queued before that time and not sent (see lib/mail/expire.ts): run it on a
//   database restored from a backup, with the time the dump was taken, before starting the app.
import { parseArgs } from "node:util";
import pg from "pg";
import { expireUnsent, previewExpiry } from "../lib/mail/expire";

const USAGE = "Usage: npm run outbox [-- --expire-before <ISO time> [--dry-run]]";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      "expire-before": { type: "string" },
      "dry-run": { type: "boolean", default: false },
    },
    strict: true,
  });
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is required: the database to work on");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (!values["expire-before"]) {
      const { rows } = await client.query<{ status: string; n: number; oldest: Date | null }>(
        `SELECT status::text, count(*)::int AS n, min(created_at) AS oldest
         FROM outbox_email GROUP BY status ORDER BY status`,
      );
      for (const r of rows)
        console.log(
          `${r.status.padEnd(8)} ${String(r.n).padStart(8)}  oldest ${r.oldest?.toISOString()}`,
        );
      if (rows.length === 0) console.log("The outbox is empty.");
      return;
    }
    const before = new Date(values["expire-before"]);
    if (Number.isNaN(before.getTime()))
      throw new Error(
        `--expire-before must be a date and time, e.g. 2026-12-01T06:00:00Z\n${USAGE}`,
      );
    const result = values["dry-run"]
      ? await previewExpiry(client, before)
      : await expireUnsent(client, before);
    const total = Object.values(result.emails).reduce((a, b) => a + b, 0);
    const verb = values["dry-run"] ? "Would expire" : "Expired";
    console.log(`${verb} ${total} unsent email(s) queued before ${before.toISOString()}:`);
    for (const [kind, n] of Object.entries(result.emails)) console.log(`  ${kind}: ${n}`);
    console.log(
      `${values["dry-run"] ? "Would revoke" : "Revoked"} ${result.linksRevoked} reply link(s) they carried.`,
    );
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
