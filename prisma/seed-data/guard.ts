// The seed publishes a password and fills the queue with fake patients, so it must never touch a
// database someone configured. `npm run dev` sets LDN_EMBEDDED_DB=1 only for the embedded Postgres
// it started itself; anyone else has to say --force.

export const EMBEDDED_DB_ENV = "LDN_EMBEDDED_DB";

export const SEED_REFUSAL =
  "Refusing to seed: the demo data (a demo physician with a published password and ~30 fake\n" +
  "patients) is only for the embedded database that `npm run dev` starts when DATABASE_URL is unset.\n" +
  "To add it to the database in DATABASE_URL anyway, run: npm run db:seed -- --force";

/** null when seeding may go ahead, else the message to print. */
export function seedRefusal(
  environment: Record<string, string | undefined>,
  args: readonly string[],
): string | null {
  if (environment[EMBEDDED_DB_ENV] === "1" || args.includes("--force")) return null;
  return SEED_REFUSAL;
}
