import { createMailWorker, type RunResult, type WorkerOptions } from "@/lib/mail/worker";
import { smtpTransport, type MailTransport } from "@/lib/mail/transport";
import { query } from "./db";

// Drives lib/mail/worker.ts in tests: a clock the test moves instead of sleeping, and workers that
// each own their own SMTP connection, as separate app instances would.

export const APP_URL = "https://intake.example.test";

export type TestClock = { now: () => Date; advance: (ms: number) => void };

/** Starts a minute ahead of the database's now(), so rows the test queues are due. */
export function testClock(): TestClock {
  let t = Date.now() + 60_000;
  return { now: () => new Date(t), advance: (ms) => (t += ms) };
}

export type TestWorker = {
  id: string;
  run: () => Promise<RunResult>;
  heartbeat: () => Promise<void>;
  stop: (deadlineMs?: number) => Promise<void>;
  close: () => void;
};

export function testWorker(
  smtpUrl: string,
  clock: TestClock,
  options: Partial<WorkerOptions> = {},
): TestWorker {
  const transport: MailTransport = smtpTransport(smtpUrl);
  const settings: WorkerOptions = {
    transport,
    now: clock.now,
    appUrl: APP_URL,
    from: '"Test Clinic" <no-reply@intake.example.test>',
    maxAttempts: 8,
    random: () => 0.5, // no jitter: backoff is exactly 30 s × 2^(attempts−1)
    log: () => {},
    ...options,
  };
  const worker = createMailWorker(settings);
  return {
    id: worker.id,
    run: () => worker.runOnce(),
    heartbeat: () => worker.heartbeat(),
    stop: (deadlineMs) => worker.stop(deadlineMs),
    close: () => transport.close(),
  };
}

export type OutboxRow = {
  id: string;
  kind: string;
  to: string;
  status: string;
  attempts: number;
  payload: Record<string, unknown>;
  last_error: string | null;
  next_attempt_at: Date;
  sent_at: Date | null;
};

export const outboxRows = () =>
  query<OutboxRow>(
    `SELECT id, kind, "to", status::text, attempts, payload, last_error, next_attempt_at, sent_at
     FROM outbox_email ORDER BY created_at, id`,
  );

/** The raw token in an email's /r/ link. */
export function linkToken(body: string): string | undefined {
  const escaped = APP_URL.replace(/[.]/g, "\\.");
  return new RegExp(`${escaped}/r/([A-Za-z0-9_-]+)`).exec(body)?.[1];
}
