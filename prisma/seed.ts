// npm run db:seed [-- --force] — adds the embedded demo's accounts, templates and synthetic
// submissions (prisma/seed-data). `npm run dev` runs it for the embedded Postgres; it refuses any
// other database unless --force is given. Runs under the react-server condition because the data
// layer it reuses is marked "server-only".
import { demoSignInLine } from "./seed-data/demo-accounts";
import { seedRefusal } from "./seed-data/guard";

async function main(): Promise<void> {
  const refusal = seedRefusal(process.env, process.argv.slice(2));
  if (refusal) {
    console.error(refusal);
    process.exit(2);
  }
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set: nothing to seed");

  // Imported only after the guard, so a refused run never even loads the database client.
  const { seedDemo } = await import("./seed-data/seed-demo");
  const { db } = await import("@/lib/db");
  try {
    const summary = await seedDemo();
    console.log(
      summary.submissionsCreated > 0 || summary.usersCreated > 0
        ? `Seeded the demo: ${summary.usersCreated} staff accounts, ${summary.submissionsCreated} synthetic submissions.`
        : "Demo data already present; nothing to seed.",
    );
    // `npm run dev` (which sets LDN_EMBEDDED_DB) prints the sign-in itself, below Next's banner.
    if (process.env.LDN_EMBEDDED_DB !== "1")
      console.log(demoSignInLine(`http://localhost:${process.env.PORT ?? 3000}`));
  } finally {
    await db().$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
