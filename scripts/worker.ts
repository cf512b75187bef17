// npm run worker — a stand-alone email worker, for deployments that want delivery apart from the
// web servers (set MAIL_WORKER=off on those) or more of it. Any number can run at once: rows are
// claimed with FOR UPDATE SKIP LOCKED. SIGTERM/SIGINT finish the current pass, then exit.
import { env } from "@/lib/env";
import { startWorker } from "@/lib/mail/worker";

async function main(): Promise<void> {
  const { MAIL_TRANSPORT, MAIL_POLL_MS } = env();
  if (MAIL_TRANSPORT === "disabled") {
    console.error("MAIL_TRANSPORT=disabled: this worker would send nothing.");
    process.exit(1);
  }
  const controller = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => {
      console.log(`${signal}: finishing the current pass…`);
      controller.abort();
    });
  console.log(`Mail worker started (${MAIL_TRANSPORT}, polling every ${MAIL_POLL_MS} ms).`);
  await startWorker({ signal: controller.signal });
  console.log("Mail worker stopped.");
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
