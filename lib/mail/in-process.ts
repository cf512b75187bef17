import "server-only";
import { env } from "@/lib/env";
import { describeError } from "@/lib/mail/transport";
import { startWorker } from "@/lib/mail/worker";

// The worker inside a Next.js server (see instrumentation.ts). One per process: the development
// server can evaluate instrumentation again, so the running worker is remembered on globalThis.

const state = globalThis as unknown as { ldnMailWorker?: AbortController };

export function startMailWorkerOnce(): void {
  if (state.ldnMailWorker) return;
  // Invalid mail settings stop the server here, at start-up, rather than on the first email.
  const { MAIL_WORKER, MAIL_TRANSPORT } = env();
  if (MAIL_WORKER === "off" || MAIL_TRANSPORT === "disabled") return;
  const controller = new AbortController();
  state.ldnMailWorker = controller;
  // No signal handler of our own (it would replace Node's default exit on SIGTERM): when the
  // server stops mid-send, the row stays SENDING and any worker recovers it after the lease.
  startWorker({ signal: controller.signal }).catch((error: unknown) => {
    console.error(`mail worker stopped: ${describeError(error)}`);
    state.ldnMailWorker = undefined;
  });
}
