// Runs once when a Next.js server starts: every app instance also delivers the email outbox, so
// `npm start` alone sends mail. Claims use FOR UPDATE SKIP LOCKED (lib/mail/worker.ts), so any
// number of instances and `npm run worker` processes can run side by side without double sends.
// MAIL_WORKER=off leaves delivery to stand-alone workers; MAIL_TRANSPORT=disabled sends nothing.

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` loads this file too; there is no database to poll there.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.MAIL_WORKER === "off" || process.env.MAIL_TRANSPORT === "disabled") return;
  const { startMailWorkerOnce } = await import("./lib/mail/in-process");
  startMailWorkerOnce();
}

// A page or route that failed because Postgres is away: scripts/start.ts answers it 503 with
// Retry-After instead of 500 while the database is known to be unreachable.
export async function onRequestError(error: unknown): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable, noteDatabaseUnavailable } = await import("./lib/db-availability");
  if (isDatabaseUnavailable(error)) noteDatabaseUnavailable();
}
