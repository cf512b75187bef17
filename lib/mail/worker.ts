import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { practice } from "@/lib/config";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { backoffMs } from "@/lib/mail/backoff";
import { InvalidPayloadError, renderEmail } from "@/lib/mail/templates";
import {
  describeError,
  devMailboxTransport,
  smtpTransport,
  type MailTransport,
} from "@/lib/mail/transport";

// Delivers the outbox. Any number of workers (in-process with each `next start`, plus `npm run
// worker`) can run at once: a row is claimed by one UPDATE … FOR UPDATE SKIP LOCKED that moves it
// to SENDING, so two workers never claim the same row. While SENDING, next_attempt_at holds the
// end of the claim's lease. A worker that dies mid-send leaves the row SENDING; after the lease the
// row goes back to PENDING and is sent again — so in that crash case (the SMTP server accepted the
// message but the worker died before marking it SENT) one message can arrive twice, never more
// than once per crash; its Message-ID stays the same so mail clients can tell. Every other case
// delivers exactly once: the final UPDATE is fenced on (status, attempts), so a worker whose lease
// ran out cannot overwrite the outcome of the worker that took over.

export const LEASE_MS = 5 * 60_000;
const BATCH = 10;

export type WorkerOptions = {
  transport?: MailTransport;
  /** The clock; tests move it forward instead of sleeping. */
  now?: () => Date;
  random?: () => number;
  maxAttempts?: number;
  batchSize?: number;
  appUrl?: string;
  from?: string;
};

export type RunResult = {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  recovered: number;
};

type Claimed = { id: string; kind: string; to: string; payload: unknown; attempts: number };

let defaultTransport: MailTransport | null | undefined;

/** The transport MAIL_TRANSPORT names; null when delivery is disabled. */
function configuredTransport(): MailTransport | null {
  if (defaultTransport !== undefined) return defaultTransport;
  const { MAIL_TRANSPORT, SMTP_URL } = env();
  defaultTransport =
    MAIL_TRANSPORT === "smtp" && SMTP_URL
      ? smtpTransport(SMTP_URL)
      : MAIL_TRANSPORT === "dev"
        ? devMailboxTransport()
        : null;
  return defaultTransport;
}

function defaultFrom(appUrl: string): string {
  return `"${practice.name.replace(/["\\]/g, "")}" <no-reply@${new URL(appUrl).hostname}>`;
}

/** SENDING rows whose lease ran out belong to a worker that died: make them claimable again. */
async function recover(now: Date, maxAttempts: number): Promise<number> {
  return db().$executeRaw`
    UPDATE outbox_email SET
      status = (CASE WHEN attempts >= ${maxAttempts}::int THEN 'FAILED' ELSE 'PENDING' END)::"OutboxStatus",
      next_attempt_at = ${now}::timestamptz,
      last_error = 'delivery interrupted: the worker stopped before recording the outcome'
    WHERE status = 'SENDING' AND next_attempt_at <= ${now}::timestamptz`;
}

async function claim(now: Date, batch: number): Promise<Claimed[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  return db().$queryRaw<Claimed[]>`
    UPDATE outbox_email SET status = 'SENDING', attempts = attempts + 1,
      next_attempt_at = ${leaseUntil}::timestamptz
    WHERE id IN (
      SELECT id FROM outbox_email
      WHERE status = 'PENDING' AND next_attempt_at <= ${now}::timestamptz
      ORDER BY next_attempt_at
      LIMIT ${batch}::int
      FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, "to", payload, attempts`;
}

/** Sent: the raw token leaves the database with the message, so no stored row holds a usable link. */
async function markSent(row: Claimed, now: Date): Promise<void> {
  await db().$executeRaw`
    UPDATE outbox_email SET status = 'SENT', sent_at = ${now}::timestamptz,
      payload = payload - 'token', last_error = NULL
    WHERE id = ${row.id}::uuid AND status = 'SENDING' AND attempts = ${row.attempts}::int`;
}

async function markFailed(row: Claimed, error: string, retryAt: Date | null): Promise<void> {
  await db().$executeRaw`
    UPDATE outbox_email SET
      status = (CASE WHEN ${retryAt === null} THEN 'FAILED' ELSE 'PENDING' END)::"OutboxStatus",
      next_attempt_at = COALESCE(${retryAt}::timestamptz, next_attempt_at),
      last_error = ${error}
    WHERE id = ${row.id}::uuid AND status = 'SENDING' AND attempts = ${row.attempts}::int`;
}

/** One pass: recover abandoned claims, claim due rows, send each, record each outcome. */
export async function runOnce(options: WorkerOptions = {}): Promise<RunResult> {
  const now = options.now ?? (() => new Date());
  const maxAttempts = options.maxAttempts ?? env().MAIL_MAX_ATTEMPTS;
  const transport = options.transport ?? configuredTransport();
  const result: RunResult = { claimed: 0, sent: 0, retried: 0, failed: 0, recovered: 0 };
  if (!transport) return result;
  const appUrl = options.appUrl ?? env().APP_URL;
  const from = options.from ?? env().MAIL_FROM ?? defaultFrom(appUrl);
  const host = new URL(appUrl).hostname;

  result.recovered = await recover(now(), maxAttempts);
  const rows = await claim(now(), options.batchSize ?? BATCH);
  result.claimed = rows.length;
  for (const row of rows) {
    try {
      const message = renderEmail(row.kind, row.payload, appUrl);
      await transport.send({ ...message, from, to: row.to, messageId: `<${row.id}@${host}>` });
    } catch (error) {
      const permanent = error instanceof InvalidPayloadError || row.attempts >= maxAttempts;
      const retryAt = permanent
        ? null
        : new Date(now().getTime() + backoffMs(row.attempts, options.random));
      await markFailed(row, describeError(error), retryAt);
      if (permanent) result.failed++;
      else result.retried++;
      continue;
    }
    // If this update is lost (database gone), the row stays SENDING and is sent again after the
    // lease: the one documented duplicate. It must not fall into the failure path above.
    await markSent(row, now());
    result.sent++;
  }
  return result;
}

/**
 * Polls every MAIL_POLL_MS (at once again while there is a full batch) until `signal` aborts.
 * A database or SMTP outage is logged and waited out; nothing is lost, rows stay in the outbox.
 */
export async function startWorker(
  options: WorkerOptions & { signal?: AbortSignal; pollMs?: number } = {},
): Promise<void> {
  const { signal } = options;
  const pollMs = options.pollMs ?? env().MAIL_POLL_MS;
  const batch = options.batchSize ?? BATCH;
  while (!signal?.aborted) {
    let busy = false;
    try {
      const r = await runOnce(options);
      busy = r.claimed === batch;
      if (r.failed > 0) console.warn(`mail worker: ${r.failed} email(s) failed permanently`);
    } catch (error) {
      console.error(`mail worker: pass failed: ${describeError(error)}`);
    }
    if (busy) continue;
    try {
      await sleep(pollMs, undefined, { signal });
    } catch {
      break; // aborted
    }
  }
  defaultTransport?.close();
  defaultTransport = undefined;
}
