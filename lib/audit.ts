import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/authorization";

/** Every action the audit log records. Adding one here is how a new audited action starts. */
export const auditActions = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_out",
  "auth.mfa_enabled",
  "auth.mfa_disabled",
  "auth.recovery_code_used",
  "auth.password_change",
  "submission.view",
  "submission.list",
  "submission.status_change",
  "crisis.acknowledge",
  "triage.recompute",
  "note.create",
  "reply.draft_save",
  "reply.send",
  "reply.view_by_patient",
  "template.update",
  "user.create",
  "user.invite",
  "user.deactivate",
  "user.reactivate",
  "audit.view",
  "email.retry",
  "email.expire",
] as const;
export type AuditAction = (typeof auditActions)[number];

export type AuditInput = {
  action: AuditAction;
  actor?: Pick<Actor, "id" | "email"> | null;
  /** For failed sign-ins: the email that was tried (it may not belong to anyone). */
  actorEmail?: string;
  subject?: { type: string; id: string };
  ip?: string | null;
  /** Never PHI: ids, statuses, counts. */
  details?: Prisma.InputJsonValue;
};

type Tx = Pick<Prisma.TransactionClient, "auditEvent">;

/** Appends one event, in the caller's transaction so the action and its record commit together. */
export async function audit(tx: Tx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      action: event.action,
      actorId: event.actor?.id ?? null,
      actorEmail: event.actor?.email ?? event.actorEmail ?? null,
      subjectType: event.subject?.type ?? null,
      subjectId: event.subject?.id ?? null,
      ip: event.ip ?? null,
      details: event.details,
    },
  });
}
