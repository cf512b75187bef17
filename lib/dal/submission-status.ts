import "server-only";
import { audit } from "@/lib/audit";
import {
  canChangeStatus,
  canViewSubmissions,
  type Actor,
  type SubmissionStatus,
} from "@/lib/authorization";
import { ConflictError, NotFoundError } from "@/lib/dal/errors";
import { assertUuid, authorize } from "@/lib/dal/guard";
import { db } from "@/lib/db";
import { parseInput, statusChangeSchema } from "@/lib/validations/staff";

/**
 * Moves a submission between tabs by hand. Allowed moves are the policy's (REPLIED is reached
 * only by sending a reply); asking for the status it already has changes nothing.
 */
export async function changeStatus(
  actor: Actor | null,
  id: string,
  status: SubmissionStatus,
): Promise<{ id: string; status: SubmissionStatus }> {
  const staff = authorize(actor, canViewSubmissions);
  assertUuid(id);
  const { status: to } = parseInput(statusChangeSchema, { status });

  return db().$transaction(async (tx) => {
    const current = await tx.submission.findUnique({ where: { id }, select: { status: true } });
    if (!current) throw new NotFoundError();
    const from = current.status as SubmissionStatus;
    if (from === to) return { id, status: to };
    if (!canChangeStatus(staff, from, to))
      throw new ConflictError(`A submission cannot move from ${from} to ${to}.`);
    // Conditional on the status we read, so a concurrent change is a conflict, not a lost update.
    const { count } = await tx.submission.updateMany({
      where: { id, status: from },
      data: { status: to },
    });
    if (count !== 1)
      throw new ConflictError("The submission was changed by someone else; reload and try again.");
    await audit(tx, {
      action: "submission.status_change",
      actor: staff,
      subject: { type: "submission", id },
      details: { from, to },
    });
    return { id, status: to };
  });
}
