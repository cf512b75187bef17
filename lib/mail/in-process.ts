import "server-only";
import { env } from "@/lib/env";
import { onShutdown } from "@/lib/lifecycle";
import { describeError } from "@/lib/mail/transport";
import { startWorker } from "@/lib/mail/worker";

// The worker inside a Next.js server (see instrumentation.ts). One per process: the development
// server can evaluate instrumentation again, so the running worker is remembered on globalThis.

const state = globalThis as unknown as { ldnMailWorker?: AbortController };

export function startMailWorkerOnce(): void {
  if (state.ldnMailWorker) return;
  // `npm start` has already refused invalid settings (scripts/start.ts). Under a bare `next start`
  // the error is logged here, at start-up, and the server keeps serving what needs no settings:
  // a throw from instrumentation would turn every request, even static pages, into a 500.
  let settings: ReturnType<typeof env>;
  try {
    settings = env();
  } catch (error) {
    console.error(`mail worker not started: ${(error as Error).message}`);
    return;
  }
  const { MAIL_WORKER, MAIL_TRANSPORT } = settings;
  if (MAIL_WORKER === "off" || MAIL_TRANSPORT === "disabled") return;
  const controller = new AbortController();
  state.ldnMailWorker = controller;
  const done = startWorker({ signal: controller.signal }).catch((error: unknown) => {
    console.error(`mail worker stopped: ${describeError(error)}`);
    state.ldnMailWorker = undefined;
  });
  // On SIGTERM scripts/start.ts runs this: stop claiming, finish what is on the wire, hand back
  // the rest, so another instance sends it at once instead of after this one is found dead.
  onShutdown(async () => {
    controller.abort();
    await done;
  });
}
