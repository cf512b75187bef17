import "server-only";
import { audit } from "@/lib/audit";
import { canRetryEmail, type Actor } from "@/lib/authorization";
import { ConflictError, NotFoundError } from "@/lib/dal/errors";
import { assertUuid, authorize } from "@/lib/dal/guard";
import { db } from "@/lib/db";
import { isEmailKind, kindLabels } from "@/lib/mail/kinds";

// Staff view of emails the worker gave up on (FAILED after MAIL_MAX_ATTEMPTS), and the retry.

export type FailedEmailDto = {
  id: string;
  kind: string;
  kindLabel: string;
  /** "j***@example.com": enough to tell messages apart, not to read the address off a screen. */
  recipient: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  failedAt: string;
};

export function maskAddress(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 1) return "***";
  return `${address[0]}***${address.slice(at)}`;
}

const LIST_LIMIT = 200;

export async function listFailedEmails(actor: Actor | null): Promise<FailedEmailDto[]> {
  authorize(actor, canRetryEmail);
  const rows = await db().outboxEmail.findMany({
    where: { status: "FAILED" },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: LIST_LIMIT,
    select: {
      id: true,
      kind: true,
      to: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      nextAttemptAt: true,
    },
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    kindLabel: isEmailKind(r.kind) ? kindLabels[r.kind] : r.kind,
    recipient: maskAddress(r.to),
    attempts: r.attempts,
    lastError: r.lastError,
    createdAt: r.createdAt.toISOString(),
    // The worker's last write to a failed row: when it gave up.
    failedAt: r.nextAttemptAt.toISOString(),
  }));
}

export type UnsentSummary = { unsent: number; oldestQueuedAt: string | null };

/**
 * How far behind delivery is: emails not yet sent (pending or on the wire) and when the oldest of
 * them was queued. Both come from the due index (status leads it), so the cost follows the
 * backlog, not the table.
 */
export async function unsentSummary(actor: Actor | null): Promise<UnsentSummary> {
  authorize(actor, canRetryEmail);
  const [row] = await db().$queryRaw<{ unsent: number; oldest: Date | null }[]>`
    SELECT count(*)::int AS unsent, min(created_at) AS oldest FROM outbox_email
    WHERE status IN ('PENDING', 'SENDING')`;
  return { unsent: row?.unsent ?? 0, oldestQueuedAt: row?.oldest?.toISOString() ?? null };
}

/**
 * Puts a failed email back in the queue with a fresh set of attempts; the worker sends it on its
 * next pass. Only FAILED rows: a pending or sending one is already on its way, a sent one is done
 * (and no longer holds its link).
 */
export async function retryEmail(actor: Actor | null, id: string): Promise<void> {
  const staff = authorize(actor, canRetryEmail);
  assertUuid(id);
  await db().$transaction(async (tx) => {
    const updated = await tx.outboxEmail.updateManyAndReturn({
      where: { id, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date() },
      select: { kind: true },
    });
    if (updated.length === 0) {
      const exists = await tx.outboxEmail.findUnique({ where: { id }, select: { id: true } });
      if (!exists) throw new NotFoundError();
      throw new ConflictError("This email is not in the failed list any more.");
    }
    await audit(tx, {
      action: "email.retry",
      actor: staff,
      subject: { type: "outbox_email", id },
      details: { kind: updated[0]!.kind },
    });
  });
}
