import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { payloadSchemas, type EmailKind, type EmailPayload } from "@/lib/mail/kinds";

export type { EmailKind, EmailPayload } from "@/lib/mail/kinds";

export type QueuedEmail<K extends EmailKind> = { kind: K; to: string; payload: EmailPayload<K> };

type Tx = Pick<Prisma.TransactionClient, "outboxEmail">;

/** The outbox row for an email, its payload checked against its kind. */
export function outboxRow<K extends EmailKind>(email: QueuedEmail<K>) {
  return {
    kind: email.kind,
    to: email.to,
    payload: payloadSchemas[email.kind].parse(email.payload),
  };
}

/**
 * Queues one email in the caller's transaction (the transactional outbox): it is sent if and only
 * if the change that caused it commits. lib/mail/worker.ts delivers it. The payload is checked
 * here, so a malformed message fails its transaction instead of failing later in the worker.
 */
export async function enqueueEmail<K extends EmailKind>(
  tx: Tx,
  email: QueuedEmail<K>,
): Promise<string> {
  const row = await tx.outboxEmail.create({ data: outboxRow(email), select: { id: true } });
  return row.id;
}
