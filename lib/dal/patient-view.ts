import "server-only";
import { audit } from "@/lib/audit";
import { addBusinessDays } from "@/lib/dal/overdue";
import { db } from "@/lib/db";
import type { Likelihood } from "@/lib/contracts/staff";
import { practice } from "@/lib/config";

// What the patient sees on /r/<token> once the date of birth was answered: where their assessment
// stands, or the physician's latest sent reply. Reading the reply is a read of medical content, so
// each time it is shown an audit event is written, and the first time marks the reply viewed (the
// dashboard shows that to staff). Nothing else is written on these GETs (the link's lastUsedAt is
// the last correct date of birth). Callers must have checked the access cookie for this link.

export type PendingStage = "received" | "in_review" | "closed";

export type PatientView =
  | {
      kind: "pending";
      stage: PendingStage;
      firstName: string;
      reference: string;
      submittedAt: Date;
      /** When the practice promised to reply (business days from lib/config.ts). */
      expectedBy: Date;
    }
  | {
      kind: "reply";
      firstName: string;
      reference: string;
      reply: {
        likelihood: Likelihood | null;
        benefits: string;
        timeline: string;
        considerations: string;
        message: string;
        sentAt: Date;
        /** The physician who signed the reply, as the staff preview showed it. */
        physicianName: string;
      };
    };

const stages: Record<string, PendingStage> = {
  NEW: "received",
  IN_REVIEW: "in_review",
  REPLIED: "in_review",
  ARCHIVED: "closed",
};

export async function getPatientView(
  linkId: string,
  { ip = null, now = new Date() }: { ip?: string | null; now?: Date } = {},
): Promise<PatientView | null> {
  const link = await db().replyLink.findFirst({
    where: { id: linkId, expiresAt: { gt: now } },
    select: {
      submission: {
        select: { id: true, status: true, firstName: true, reference: true, createdAt: true },
      },
    },
  });
  if (!link) return null;
  const submission = link.submission;
  const base = { firstName: submission.firstName, reference: submission.reference };

  const reply = await db().reply.findFirst({
    where: { submissionId: submission.id, status: "SENT", sentAt: { not: null } },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      likelihood: true,
      benefits: true,
      timeline: true,
      considerations: true,
      message: true,
      sentAt: true,
      author: { select: { name: true } },
    },
  });

  if (!reply) {
    return {
      kind: "pending",
      ...base,
      stage: stages[submission.status] ?? "received",
      submittedAt: submission.createdAt,
      expectedBy: addBusinessDays(submission.createdAt, practice.responseTimeBusinessDays),
    };
  }

  await db().$transaction(async (tx) => {
    // Only the first view sets viewedAt; later views are still audited one by one.
    // Raw SQL so updated_at (the physician's last edit) is left alone.
    await tx.$executeRaw`UPDATE reply SET viewed_at = ${now} WHERE id = ${reply.id}::uuid AND viewed_at IS NULL`;
    await audit(tx, {
      action: "reply.view_by_patient",
      subject: { type: "submission", id: submission.id },
      ip,
      details: { replyId: reply.id, version: reply.version, linkId },
    });
  });

  const { likelihood, benefits, timeline, considerations, message } = reply;
  const sentAt = reply.sentAt ?? now;
  return {
    kind: "reply",
    ...base,
    reply: {
      likelihood,
      benefits,
      timeline,
      considerations,
      message,
      sentAt,
      physicianName: reply.author.name,
    },
  };
}
