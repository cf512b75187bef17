// npm run triage:recompute — re-runs the current screening rules over every stored submission and
// prints how many changed. Safe to run at any time and more than once.
import { recomputeTriage } from "@/lib/dal/triage-recompute";

async function main(): Promise<void> {
  if (!process.env.DATABASE_URL) {
    console.error("DATABASE_URL is not set: point it at the Postgres database to update.");
    process.exit(1);
  }
  const { checked, changed } = await recomputeTriage();
  console.log(`Checked ${checked} submission(s); flags changed on ${changed}.`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
