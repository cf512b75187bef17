import "server-only";
import { audit } from "@/lib/audit";
import { canViewSubmissions, type Actor } from "@/lib/authorization";
import { ConflictError, NotFoundError } from "@/lib/dal/errors";
import { assertUuid, authorize } from "@/lib/dal/guard";
import { db } from "@/lib/db";

// A crisis answer is not just a queue position: until a member of staff acknowledges it, every
// dashboard page shows a banner naming the submission. The banner lists references only (no
// names), so drawing it is not a read of a patient's record; opening the submission is, and is
// audited there.

export type OpenCrisis = { id: string; reference: string; createdAt: string };

/** Submissions with a crisis flag that nobody has acknowledged yet, oldest first. */
export async function listOpenCrises(actor: Actor | null): Promise<OpenCrisis[]> {
  authorize(actor, canViewSubmissions);
  const rows = await db().submission.findMany({
    // `has` is `flags @> ARRAY['crisis']`, answered by the GIN index on flags.
    where: { flags: { has: "crisis" }, crisisAcknowledgedAt: null },
    select: { id: true, reference: true, createdAt: true },
    orderBy: { createdAt: "asc" },
    take: 20,
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** Records that a member of staff has seen a crisis flag and is acting on it (audited). */
export async function acknowledgeCrisis(actor: Actor | null, id: string): Promise<void> {
  const staff = authorize(actor, canViewSubmissions);
  assertUuid(id);
  await db().$transaction(async (tx) => {
    const row = await tx.submission.findUnique({
      where: { id },
      select: { flags: true, crisisAcknowledgedAt: true },
    });
    if (!row) throw new NotFoundError();
    if (!row.flags.includes("crisis"))
      throw new ConflictError("This submission has no crisis flag to acknowledge.");
    if (row.crisisAcknowledgedAt) return;
    await tx.submission.update({
      where: { id },
      data: { crisisAcknowledgedAt: new Date(), crisisAcknowledgedById: staff.id },
    });
    await audit(tx, {
      action: "crisis.acknowledge",
      actor: staff,
      subject: { type: "submission", id },
    });
  });
}
