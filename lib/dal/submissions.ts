import "server-only";
import { createHash } from "node:crypto";
import { issueReplyLink } from "@/lib/dal/reply-links";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/mail/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";
import { generateReference } from "@/lib/reference";
import { triage } from "@/lib/triage/rules";
import { CONSENT_VERSION, type Assessment } from "@/lib/validations/assessment";

export type CreatedSubmission = {
  reference: string;
  status: "NEW";
  createdAt: string;
};

export type CreateResult =
  | { kind: "created"; submission: CreatedSubmission }
  | { kind: "replayed"; submission: CreatedSubmission }
  | { kind: "key_conflict" };

/** What the dashboard's partial search matches against (see the trigram index on search_text). */
export function searchText(
  firstName: string,
  lastName: string,
  email: string,
  reference: string,
): string {
  return `${firstName} ${lastName} ${email} ${reference}`.toLowerCase();
}

const receipt = { reference: true, status: true, createdAt: true, requestHash: true } as const;

function toReceipt(row: { reference: string; createdAt: Date }): CreatedSubmission {
  return { reference: row.reference, status: "NEW", createdAt: row.createdAt.toISOString() };
}

/**
 * The patient's confirmation (with a link to their status page) and, when PRACTICE_INBOX is set,
 * the practice's alert (reference only) — queued in the submission's own transaction.
 */
async function queueSubmissionEmails(
  tx: Prisma.TransactionClient,
  submissionId: string,
  reference: string,
  firstName: string,
  email: string,
  now: Date,
): Promise<void> {
  const token = await issueReplyLink(tx, submissionId, now);
  await enqueueEmail(tx, {
    kind: "submission_received",
    to: email,
    payload: { reference, firstName, token },
  });
  const inbox = env().PRACTICE_INBOX;
  if (inbox)
    await enqueueEmail(tx, { kind: "practice_new_submission", to: inbox, payload: { reference } });
}

/**
 * Stores one assessment. Patients submit anonymously, so there is no actor to authorize; the
 * payload must already be validated. With an idempotency key, concurrent or repeated calls store
 * one row and all receive its receipt; the same key with a different payload is a conflict.
 */
export async function createSubmission(
  assessment: Assessment,
  idempotencyKey: string | null,
  now: Date = new Date(),
): Promise<CreateResult> {
  const { flags, priority } = triage(assessment, now);
  const requestHash = createHash("sha256").update(JSON.stringify(assessment)).digest("hex");
  const { about, condition, consent } = assessment;

  // A random reference can collide (rarely); ON CONFLICT DO NOTHING lets us tell that apart from
  // an idempotent replay without an exception, then try again with a fresh reference.
  for (let attempt = 0; attempt < 5; attempt++) {
    const reference = generateReference();
    const data = {
      reference,
      idempotencyKey,
      requestHash,
      formVersion: assessment.formVersion,
      firstName: about.firstName,
      lastName: about.lastName,
      email: about.email,
      phone: about.phone || null,
      dateOfBirth: new Date(`${about.dateOfBirth}T00:00:00Z`),
      state: about.state,
      primaryCondition: condition.primaryCondition,
      flags: flags.map((f) => f.code),
      priority,
      triage: { flags },
      answers: assessment,
      consentVersion: CONSENT_VERSION,
      consentedAt: now,
      signature: consent.signature,
      searchText: searchText(about.firstName, about.lastName, about.email, reference),
    };
    // ON CONFLICT DO NOTHING inside the transaction: a concurrent request with the same key waits
    // on this row and then inserts nothing, so only the request that stored the row queues emails.
    // The replay lookup runs in the same transaction (a new statement sees the committed row).
    const outcome = await db().$transaction(async (tx) => {
      const [row] = await tx.submission.createManyAndReturn({
        data: [data],
        skipDuplicates: true,
        select: { ...receipt, id: true },
      });
      if (row) {
        await queueSubmissionEmails(tx, row.id, reference, about.firstName, about.email, now);
        return { created: row };
      }
      if (idempotencyKey === null) return null;
      const existing = await tx.submission.findUnique({
        where: { idempotencyKey },
        select: receipt,
      });
      return existing ? { existing } : null;
    });
    if (outcome?.created) return { kind: "created", submission: toReceipt(outcome.created) };
    if (outcome?.existing) {
      return outcome.existing.requestHash === requestHash
        ? { kind: "replayed", submission: toReceipt(outcome.existing) }
        : { kind: "key_conflict" };
    }
  }
  throw new Error("could not allocate a unique submission reference");
}
