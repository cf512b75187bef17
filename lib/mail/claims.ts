import "server-only";
import { hostname } from "node:os";
import { db } from "@/lib/db";

// The SQL of the outbox worker's claims. A claim is one row moved to SENDING with the claiming
// worker's id in claimed_by; while SENDING, next_attempt_at holds the end of the claim's lease.
// Every outcome update is fenced on (id, claimed_by, attempts), so a worker that lost its claim can
// never overwrite the outcome recorded by the worker that took the row over.
//
// A claim is released to the queue only when its holder is dead: its mail_worker row has no
// heartbeat for DEAD_AFTER_MS, or its process is gone from the host it ran on. A live holder keeps
// its claim however long the database was away, so the worker that sent a message is the one that
// records it (the duplicate of issue 11).

/** A live worker writes its heartbeat this often… */
export const HEARTBEAT_MS = 5_000;
/** …and is presumed dead when it has missed three. */
export const DEAD_AFTER_MS = 3 * HEARTBEAT_MS;
/** One send is abandoned after this long (RFC 5321 allows a server minutes to accept a message;
 *  a shorter cut-off turns a slow server into repeated attempts it may each deliver). */
export const SEND_TIMEOUT_MS = 120_000;
/** The lease of one claim, renewed just before the send: longer than any send. */
export const LEASE_MS = SEND_TIMEOUT_MS + 60_000;

export type Claimed = { id: string; kind: string; to: string; payload: unknown; attempts: number };

export type WorkerIdentity = { id: string; host: string; pid: number; startedAt: Date };

/** When this process started: a worker row on this host and pid from before then is a past life. */
const processStart = new Date(Date.now() - process.uptime() * 1000);

export function identity(id: string): WorkerIdentity {
  return { id, host: hostname().slice(0, 255), pid: process.pid, startedAt: new Date() };
}

export async function heartbeat(me: WorkerIdentity, now: Date): Promise<void> {
  await db().$executeRaw`
    INSERT INTO mail_worker (id, host, pid, started_at, heartbeat_at)
    VALUES (${me.id}::uuid, ${me.host}, ${me.pid}::int, ${me.startedAt}::timestamptz, ${now}::timestamptz)
    ON CONFLICT (id) DO UPDATE SET heartbeat_at = EXCLUDED.heartbeat_at`;
}

function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** Workers on this host whose process no longer runs, or that ran under this pid before us. */
async function deadHere(me: WorkerIdentity): Promise<string[]> {
  const rows = await db().$queryRaw<{ id: string; pid: number; started_at: Date }[]>`
    SELECT id::text, pid, started_at FROM mail_worker WHERE host = ${me.host} AND id <> ${me.id}::uuid`;
  return rows
    .filter((w) =>
      w.pid === process.pid ? w.started_at < processStart : w.pid !== 0 && processGone(w.pid),
    )
    .map((w) => w.id);
}

/**
 * Releases the claims of dead workers and forgets those workers. `trustHeartbeats` is false until
 * this worker has itself seen the database up for DEAD_AFTER_MS: right after an outage every
 * heartbeat is stale, and the live holders need that long to check in again.
 */
export async function recoverDead(
  me: WorkerIdentity,
  now: Date,
  maxAttempts: number,
  trustHeartbeats: boolean,
): Promise<number> {
  const gone = await deadHere(me);
  const staleBefore = new Date(now.getTime() - DEAD_AFTER_MS);
  return db().$executeRaw`
    WITH dead AS (
      DELETE FROM mail_worker
      WHERE id <> ${me.id}::uuid
        AND (id = ANY(${gone}::uuid[]) OR (${trustHeartbeats} AND heartbeat_at < ${staleBefore}::timestamptz))
      RETURNING id)
    UPDATE outbox_email SET
      status = (CASE WHEN attempts >= ${maxAttempts}::int THEN 'FAILED' ELSE 'PENDING' END)::"OutboxStatus",
      next_attempt_at = ${now}::timestamptz,
      claimed_by = NULL,
      last_error = 'delivery interrupted: the worker stopped before recording the outcome'
    WHERE status = 'SENDING' AND (
      claimed_by IN (SELECT id FROM dead)
      -- a claim without a registered holder (from before holders were recorded): the lease decides
      OR (next_attempt_at <= ${now}::timestamptz AND (claimed_by IS NULL OR NOT EXISTS (
        SELECT 1 FROM mail_worker w WHERE w.id = outbox_email.claimed_by))))`;
}

/**
 * Claims up to `n` of the most overdue due rows for `me` (fewer, or none, when fewer are due).
 * One statement for a handful of rows: concurrent single-row claims would each scan past the
 * rows the others have just locked.
 */
export async function claimDue(me: WorkerIdentity, now: Date, n: number): Promise<Claimed[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  return db().$queryRaw<Claimed[]>`
    UPDATE outbox_email SET status = 'SENDING', attempts = attempts + 1,
      next_attempt_at = ${leaseUntil}::timestamptz, claimed_by = ${me.id}::uuid
    WHERE id IN (
      SELECT id FROM outbox_email
      WHERE status = 'PENDING' AND next_attempt_at <= ${now}::timestamptz
      ORDER BY next_attempt_at
      LIMIT ${n}::int
      FOR UPDATE SKIP LOCKED)
    RETURNING id::text, kind, "to", payload, attempts`;
}

/** Checks the claim is still ours and renews its lease; false means another worker has the row. */
export async function renewClaim(me: WorkerIdentity, row: Claimed, now: Date): Promise<boolean> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  const n = await db().$executeRaw`
    UPDATE outbox_email SET next_attempt_at = ${leaseUntil}::timestamptz
    WHERE id = ${row.id}::uuid AND status = 'SENDING' AND claimed_by = ${me.id}::uuid
      AND attempts = ${row.attempts}::int AND next_attempt_at > ${now}::timestamptz`;
  return n === 1;
}

/** Sent: the raw token leaves the database with the message, so no stored row holds a usable link. */
export async function markSent(me: WorkerIdentity, row: Claimed, now: Date): Promise<boolean> {
  const n = await db().$executeRaw`
    UPDATE outbox_email SET status = 'SENT', sent_at = ${now}::timestamptz,
      payload = payload - 'token', last_error = NULL, claimed_by = NULL
    WHERE id = ${row.id}::uuid AND status = 'SENDING' AND claimed_by = ${me.id}::uuid
      AND attempts = ${row.attempts}::int`;
  return n === 1;
}

export async function markFailed(
  me: WorkerIdentity,
  row: Claimed,
  error: string,
  retryAt: Date | null,
): Promise<boolean> {
  const n = await db().$executeRaw`
    UPDATE outbox_email SET
      status = (CASE WHEN ${retryAt === null} THEN 'FAILED' ELSE 'PENDING' END)::"OutboxStatus",
      next_attempt_at = COALESCE(${retryAt}::timestamptz, next_attempt_at),
      last_error = ${error}, claimed_by = NULL
    WHERE id = ${row.id}::uuid AND status = 'SENDING' AND claimed_by = ${me.id}::uuid
      AND attempts = ${row.attempts}::int`;
  return n === 1;
}

/**
 * A stopping worker hands back what it claimed and did not send: due again at once, and the
 * attempt it never made is not counted. Rows still on the wire (`onTheWire`) stay claimed: their
 * outcome is unknown, and they are released as a dead worker's once the heartbeat stops.
 */
export async function handBack(
  me: WorkerIdentity,
  now: Date,
  onTheWire: string[] = [],
): Promise<number> {
  const [n] = await db().$transaction([
    db().$executeRaw`
      UPDATE outbox_email SET status = 'PENDING', attempts = GREATEST(attempts - 1, 0),
        next_attempt_at = ${now}::timestamptz, claimed_by = NULL
      WHERE status = 'SENDING' AND claimed_by = ${me.id}::uuid
        AND NOT (id = ANY(${onTheWire}::uuid[]))`,
    db().$executeRaw`
      DELETE FROM mail_worker WHERE id = ${me.id}::uuid AND cardinality(${onTheWire}::uuid[]) = 0`,
  ]);
  return n;
}
