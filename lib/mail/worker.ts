import "server-only";
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { practice } from "@/lib/config";
import { env } from "@/lib/env";
import { backoffMs } from "@/lib/mail/backoff";
import {
  claimDue,
  DEAD_AFTER_MS,
  handBack,
  heartbeat,
  HEARTBEAT_MS,
  identity,
  LEASE_MS,
  markFailed,
  markSent,
  recoverDead,
  renewClaim,
  SEND_TIMEOUT_MS,
  type Claimed,
} from "@/lib/mail/claims";
import { InvalidPayloadError, renderEmail } from "@/lib/mail/templates";
import {
  closeConfiguredTransport,
  configuredTransport,
  describeError,
  type MailTransport,
} from "@/lib/mail/transport";

// Delivers the outbox. Any number of workers (in-process with each `npm start`, plus `npm run
// worker`) run at once, each with MAIL_CONCURRENCY lanes over one pooled SMTP transport. Claims
// are made under the worker's id (lib/mail/claims.ts), at most one row per lane, each row sent by
// one lane, which checks a claim older than a heartbeat is still its own before sending, sends under a timeout shorter than the lease, and records the outcome — retrying that
// update until the database answers, so a message on the wire during an outage is recorded by the
// worker that sent it and never sent again. A worker that is killed between the server's "250 OK"
// and the update can still cause one re-send after it is found dead; the Message-ID, taken from
// the row, is the same both times, so mail clients show it once.

export { LEASE_MS, SEND_TIMEOUT_MS };

export type WorkerOptions = {
  transport?: MailTransport;
  /** The clock; tests move it forward instead of sleeping. */
  now?: () => Date;
  random?: () => number;
  maxAttempts?: number;
  /** Most rows one pass claims (default: until none is due). */
  batchSize?: number;
  /** Messages on the wire at once (default MAIL_CONCURRENCY). */
  concurrency?: number;
  sendTimeoutMs?: number;
  appUrl?: string;
  from?: string;
  /** Where failed attempts and outages are reported (default console.warn). No PHI is passed. */
  log?: (line: string) => void;
};

export type RunResult = {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  recovered: number;
  /** Claims another worker had taken over by the time this one checked: not sent by this one. */
  lost: number;
};

export type MailWorker = {
  id: string;
  /** One pass: heartbeat, release dead workers' claims, deliver every due row (up to batchSize). */
  runOnce(): Promise<RunResult>;
  heartbeat(): Promise<void>;
  /** Stops claiming, lets messages on the wire finish for up to `deadlineMs`, hands back the rest. */
  stop(deadlineMs?: number): Promise<void>;
};

function defaultFrom(appUrl: string): string {
  return `"${practice.name.replace(/["\\]/g, "")}" <no-reply@${new URL(appUrl).hostname}>`;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`send timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function createMailWorker(options: WorkerOptions = {}): MailWorker {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => console.warn(line));
  const me = identity(randomUUID());
  const onTheWire = new Set<string>();
  const hardStop = new AbortController();
  let stopping = false;
  let upSince: number | null = null; // since when this worker has seen the database answer
  let current: Promise<unknown> = Promise.resolve();

  const settings = () => {
    const maxAttempts = options.maxAttempts ?? env().MAIL_MAX_ATTEMPTS;
    const appUrl = options.appUrl ?? env().APP_URL;
    return {
      maxAttempts,
      appUrl,
      host: new URL(appUrl).hostname,
      from: options.from ?? env().MAIL_FROM ?? defaultFrom(appUrl),
      concurrency: options.concurrency ?? env().MAIL_CONCURRENCY,
      sendTimeoutMs: options.sendTimeoutMs ?? SEND_TIMEOUT_MS,
    };
  };

  /** Runs a database update until it succeeds; undefined only when the worker is forced to stop. */
  async function untilRecorded<T>(what: string, update: () => Promise<T>): Promise<T | undefined> {
    for (let delay = 250, logged = false; ; delay = Math.min(delay * 2, 5_000)) {
      try {
        const result = await update();
        upSince ??= now().getTime();
        return result;
      } catch (error) {
        upSince = null;
        if (!logged) log(`mail worker: cannot ${what}, retrying: ${describeError(error)}`);
        logged = true;
        if (hardStop.signal.aborted) return undefined;
        await sleep(delay, undefined, { signal: hardStop.signal }).catch(() => undefined);
      }
    }
  }

  async function beat(): Promise<void> {
    try {
      await heartbeat(me, now());
      upSince ??= now().getTime();
    } catch (error) {
      upSince = null;
      throw error;
    }
  }

  async function deliver(
    transport: MailTransport,
    row: Claimed,
    claimedAt: number,
    s: ReturnType<typeof settings>,
    result: RunResult,
  ) {
    let failure: unknown = null;
    let message: ReturnType<typeof renderEmail> | null = null;
    try {
      message = renderEmail(row.kind, row.payload, s.appUrl);
    } catch (error) {
      failure = error;
    }
    if (message) {
      // A claim younger than a heartbeat cannot have been taken over (that needs DEAD_AFTER_MS of
      // silence or an expired lease), so the database is asked only about older ones — a lane
      // that waited on an outage, or a process that was paused.
      const fresh = now().getTime() - claimedAt < HEARTBEAT_MS;
      const held =
        fresh || (await untilRecorded("check a claim", () => renewClaim(me, row, now())));
      if (!held) {
        result.lost++;
        return;
      }
      onTheWire.add(row.id);
      try {
        const messageId = `<${row.id}@${s.host}>`;
        await withTimeout(
          transport.send({ ...message, from: s.from, to: row.to, messageId }),
          s.sendTimeoutMs,
        );
      } catch (error) {
        failure = error;
      }
    }
    try {
      if (failure === null) {
        await untilRecorded("record a sent email", () => markSent(me, row, now()));
        result.sent++;
        return;
      }
      const permanent = failure instanceof InvalidPayloadError || row.attempts >= s.maxAttempts;
      const retryAt = permanent
        ? null
        : new Date(now().getTime() + backoffMs(row.attempts, options.random));
      const reason = describeError(failure);
      log(
        `mail worker: email ${row.id} (${row.kind}) attempt ${row.attempts} failed: ${reason}; ` +
          (retryAt ? `retry at ${retryAt.toISOString()}` : "giving up"),
      );
      await untilRecorded("record a failed attempt", () => markFailed(me, row, reason, retryAt));
      if (permanent) result.failed++;
      else result.retried++;
    } finally {
      onTheWire.delete(row.id);
    }
  }

  async function pass(): Promise<RunResult> {
    const result: RunResult = { claimed: 0, sent: 0, retried: 0, failed: 0, recovered: 0, lost: 0 };
    const transport = options.transport ?? configuredTransport();
    if (!transport) return result;
    const s = settings();
    await beat();
    const t = now();
    const trust = upSince !== null && t.getTime() - upSince >= DEAD_AFTER_MS;
    result.recovered = await recoverDead(me, t, s.maxAttempts, trust);
    const limit = options.batchSize ?? Infinity;
    // Lanes take rows from a small local stock that is refilled by one claim at a time; a row
    // waits there at most one send per lane, and is checked again before its send if it waited
    // longer than a heartbeat.
    let taken = 0;
    let stock: { row: Claimed; at: number }[] = [];
    let refill: Promise<void> | null = null;
    let exhausted = false;
    const next = async (): Promise<{ row: Claimed; at: number } | null> => {
      while (!stopping && !exhausted && taken < limit) {
        const item = stock.shift();
        if (item) {
          taken++;
          return item;
        }
        refill ??= claimDue(me, now(), Math.min(s.concurrency, limit - taken))
          .then((rows) => {
            const at = now().getTime();
            result.claimed += rows.length;
            if (rows.length === 0) exhausted = true;
            stock = stock.concat(rows.map((row) => ({ row, at })));
          })
          .finally(() => (refill = null));
        await refill;
      }
      return null;
    };
    const lane = async () => {
      for (let item = await next(); item; item = await next())
        await deliver(transport, item.row, item.at, s, result);
    };
    const lanes = await Promise.allSettled(Array.from({ length: s.concurrency }, lane));
    const rejected = lanes.find((l) => l.status === "rejected");
    if (rejected) throw rejected.reason;
    return result;
  }

  return {
    id: me.id,
    runOnce() {
      const run = pass();
      current = run.catch(() => undefined);
      return run;
    },
    heartbeat: beat,
    async stop(deadlineMs = 10_000) {
      stopping = true;
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, deadlineMs)));
      await Promise.race([current, deadline]);
      clearTimeout(timer);
      hardStop.abort();
      try {
        const n = await handBack(me, now(), [...onTheWire]);
        if (n > 0) log(`mail worker: handed back ${n} unsent email(s)`);
      } catch (error) {
        log(`mail worker: could not hand back claims: ${describeError(error)}`);
      }
    },
  };
}

/** A single pass by a worker that then leaves (scripts and tests). */
export async function runOnce(options: WorkerOptions = {}): Promise<RunResult> {
  const worker = createMailWorker(options);
  try {
    return await worker.runOnce();
  } finally {
    await worker.stop();
  }
}

/**
 * Polls every MAIL_POLL_MS until `signal` aborts, with a heartbeat in between. A database or SMTP
 * outage is logged and waited out; nothing is lost, rows stay in the outbox. On abort it stops
 * claiming at once and returns once the messages on the wire are recorded (or `shutdownMs` passed).
 */
export async function startWorker(
  options: WorkerOptions & { signal?: AbortSignal; pollMs?: number; shutdownMs?: number } = {},
): Promise<void> {
  const { signal } = options;
  const pollMs = options.pollMs ?? env().MAIL_POLL_MS;
  const log = options.log ?? ((line: string) => console.warn(line));
  const worker = createMailWorker(options);
  const stopped = new Promise<void>((resolve) => {
    const stop = () =>
      void worker.stop(options.shutdownMs ?? env().SHUTDOWN_TIMEOUT_MS).then(resolve);
    if (signal?.aborted) stop();
    else signal?.addEventListener("abort", stop, { once: true });
  });
  const beat = setInterval(() => void worker.heartbeat().catch(() => undefined), HEARTBEAT_MS);
  beat.unref();
  let failing = false;
  while (!signal?.aborted) {
    try {
      const r = await worker.runOnce();
      if (failing) log("mail worker: the database answers again");
      failing = false;
      if (r.failed > 0) log(`mail worker: ${r.failed} email(s) failed permanently`);
    } catch (error) {
      if (!failing) log(`mail worker: pass failed, waiting: ${describeError(error)}`);
      failing = true;
    }
    await sleep(pollMs, undefined, { signal }).catch(() => undefined);
  }
  clearInterval(beat);
  await stopped;
  if (!options.transport) closeConfiguredTransport();
}
