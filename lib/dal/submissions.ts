import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
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
export function searchText(firstName: string, lastName: string, email: string, reference: string): string {
  return `${firstName} ${lastName} ${email} ${reference}`.toLowerCase();
}

const receipt = { reference: true, status: true, createdAt: true, requestHash: true } as const;

function toReceipt(row: { reference: string; createdAt: Date }): CreatedSubmission {
  return { reference: row.reference, status: "NEW", createdAt: row.createdAt.toISOString() };
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
    const [created] = await db().$transaction([
      db().submission.createManyAndReturn({ data: [data], skipDuplicates: true, select: receipt }),
    ]);
    if (created[0]) return { kind: "created", submission: toReceipt(created[0]) };

    if (idempotencyKey !== null) {
      const existing = await db().submission.findUnique({ where: { idempotencyKey }, select: receipt });
      if (existing) {
        return existing.requestHash === requestHash
          ? { kind: "replayed", submission: toReceipt(existing) }
          : { kind: "key_conflict" };
      }
    }
  }
  throw new Error("could not allocate a unique submission reference");
}
