import "server-only";
import { audit } from "@/lib/audit";
import { canViewSubmissions, type Actor, type SubmissionStatus } from "@/lib/authorization";
import {
  noteSelect,
  replySelect,
  toNoteDto,
  toReplyDto,
  type SubmissionDetail,
} from "@/lib/dal/dto";
import { NotFoundError } from "@/lib/dal/errors";
import { assertUuid, authorize } from "@/lib/dal/guard";
import { isOverdue } from "@/lib/dal/overdue";
import { listTemplates, suggestTemplate } from "@/lib/dal/templates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Flag } from "@/lib/triage/flags";
import type { Assessment } from "@/lib/validations/assessment";

export type { SubmissionDetail, NoteDto, ReplyDto } from "@/lib/dal/dto";

const detailSelect = {
  id: true,
  reference: true,
  status: true,
  priority: true,
  primaryCondition: true,
  createdAt: true,
  updatedAt: true,
  answers: true,
  triage: true,
  notes: { select: noteSelect, orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }] },
  replies: { select: replySelect, orderBy: { version: "desc" as const } },
  crisisAcknowledgedAt: true,
  crisisAcknowledgedBy: { select: { name: true } },
} satisfies Prisma.SubmissionSelect;

/**
 * Everything the submission page shows. Each call is recorded as "submission.view" in the same
 * transaction as the read, so a view that could not be recorded is not served.
 */
export async function getSubmission(actor: Actor | null, id: string): Promise<SubmissionDetail> {
  const staff = authorize(actor, canViewSubmissions);
  assertUuid(id);
  const templates = await listTemplates(staff);

  const row = await db().$transaction(async (tx) => {
    const found = await tx.submission.findUnique({ where: { id }, select: detailSelect });
    if (!found) throw new NotFoundError();
    await audit(tx, {
      action: "submission.view",
      actor: staff,
      subject: { type: "submission", id },
    });
    return found;
  });

  const flags = ((row.triage as { flags?: Flag[] } | null)?.flags ?? []).map(
    ({ code, reason }) => ({ code, reason }),
  );
  const replies = row.replies.map(toReplyDto);
  const status = row.status as SubmissionStatus;
  return {
    id: row.id,
    reference: row.reference,
    status,
    priority: row.priority,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    answers: row.answers as Assessment,
    flags,
    notes: row.notes.map(toNoteDto),
    replies: replies.filter((r) => r.status === "SENT"),
    draft: replies.find((r) => r.status === "DRAFT") ?? null,
    suggestedTemplate: suggestTemplate(templates, row.primaryCondition, flags),
    overdue: isOverdue(row.createdAt, status),
    crisis: flags.some((f) => f.code === "crisis")
      ? {
          acknowledgedAt: row.crisisAcknowledgedAt?.toISOString() ?? null,
          acknowledgedBy: row.crisisAcknowledgedBy?.name ?? null,
        }
      : null,
  };
}
