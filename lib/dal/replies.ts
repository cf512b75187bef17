import "server-only";
import { audit } from "@/lib/audit";
import { canWriteReply, type Actor } from "@/lib/authorization";
import { replySelect, toReplyDto, type ReplyDto } from "@/lib/dal/dto";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/dal/errors";
import { assertUuid, authorize } from "@/lib/dal/guard";
import { issueReplyLink } from "@/lib/dal/reply-links";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueEmail } from "@/lib/mail/outbox";
import {
  fieldErrors,
  parseInput,
  replyCompleteSchema,
  replyInputSchema,
  type ReplyInput,
} from "@/lib/validations/staff";

export type { ReplyDto } from "@/lib/dal/dto";

type Locked = { status: string; email: string; reference: string };

/**
 * Locks the submission row for the rest of the transaction: draft saves and sends of one
 * submission run one at a time, so two autosaves cannot both create "the" draft, and a save cannot
 * slip in while the draft is being sent.
 */
async function lockSubmission(tx: Prisma.TransactionClient, id: string): Promise<Locked> {
  const [row] = await tx.$queryRaw<Locked[]>`
    SELECT status::text AS status, email, reference
    FROM submission WHERE id = ${id}::uuid FOR UPDATE`;
  if (!row) throw new NotFoundError();
  if (row.status === "ARCHIVED")
    throw new ConflictError("The submission is archived; move it back to review first.");
  return row;
}

/**
 * Creates or updates the one draft of a submission (autosave). A sent reply is never touched: after
 * a send, the next save starts a new draft with the next version number, and both are kept.
 */
export async function saveDraft(
  actor: Actor | null,
  submissionId: string,
  input: ReplyInput,
): Promise<ReplyDto> {
  const physician = authorize(actor, canWriteReply);
  assertUuid(submissionId);
  const values = parseInput(replyInputSchema, input);

  return db().$transaction(async (tx) => {
    await lockSubmission(tx, submissionId);
    const draft = await tx.reply.findFirst({
      where: { submissionId, status: "DRAFT" },
      select: { id: true },
    });
    const data = { ...values, authorId: physician.id };
    const reply = draft
      ? await tx.reply.update({
          where: { id: draft.id, status: "DRAFT" },
          data,
          select: replySelect,
        })
      : await tx.reply.create({
          data: { ...data, submissionId, version: (await lastVersion(tx, submissionId)) + 1 },
          select: replySelect,
        });
    await audit(tx, {
      action: "reply.draft_save",
      actor: physician,
      subject: { type: "submission", id: submissionId },
      details: { replyId: reply.id, version: reply.version },
    });
    return toReplyDto(reply);
  });
}

async function lastVersion(tx: Prisma.TransactionClient, submissionId: string): Promise<number> {
  const { _max } = await tx.reply.aggregate({ where: { submissionId }, _max: { version: true } });
  return _max.version ?? 0;
}

/**
 * Sends the draft: it becomes an immutable SENT version, the submission moves to REPLIED, and the
 * patient's notification is written to the email outbox — all in one transaction, so there is never
 * a sent reply without its email or an email about a reply that was not stored. The email carries
 * only a reference and first name; the medical content stays behind the patient's secure link.
 */
export async function sendReply(actor: Actor | null, submissionId: string): Promise<ReplyDto> {
  const physician = authorize(actor, canWriteReply);
  assertUuid(submissionId);

  return db().$transaction(async (tx) => {
    const submission = await lockSubmission(tx, submissionId);
    const draft = await tx.reply.findFirst({
      where: { submissionId, status: "DRAFT" },
      select: replySelect,
    });
    if (!draft) throw new ConflictError("There is no draft reply to send.");
    const complete = replyCompleteSchema.safeParse(draft);
    if (!complete.success) throw new ValidationError(fieldErrors(complete.error));

    const sent = await tx.reply.update({
      where: { id: draft.id, status: "DRAFT" },
      data: { status: "SENT", sentAt: new Date(), authorId: physician.id },
      select: replySelect,
    });
    await tx.submission.update({ where: { id: submissionId }, data: { status: "REPLIED" } });
    // A fresh link: the confirmation's link may have expired or been lost by now.
    const token = await issueReplyLink(tx, submissionId);
    await enqueueEmail(tx, {
      kind: "reply_ready",
      to: submission.email,
      payload: { reference: submission.reference, token },
    });
    await audit(tx, {
      action: "reply.send",
      actor: physician,
      subject: { type: "submission", id: submissionId },
      details: { replyId: sent.id, version: sent.version },
    });
    return toReplyDto(sent);
  });
}
