// npm run db:migrate — applies prisma/migrations to DATABASE_URL.
import { migrate, MIGRATIONS_DIR, MigrationError } from "../lib/migrate";

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set: point it at the Postgres database to migrate.");
    process.exit(1);
  }
  const { applied, alreadyApplied } = await migrate(url, MIGRATIONS_DIR);
  console.log(
    applied.length > 0
      ? `Applied ${applied.length} migration(s): ${applied.join(", ")}`
      : `Database is up to date (${alreadyApplied.length} migration(s) applied).`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof MigrationError ? error.message : error);
  process.exit(1);
});
