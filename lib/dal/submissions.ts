import "server-only";
import { createHash } from "node:crypto";
import { prepareReplyLink } from "@/lib/dal/reply-links";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { outboxRow } from "@/lib/mail/outbox";
import { generateReference } from "@/lib/reference";
import { triage, type Triage } from "@/lib/triage/rules";
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
 * Stores one assessment. Patients submit anonymously, so there is no actor to authorize; the
 * payload must already be validated. With an idempotency key, concurrent or repeated calls store
 * one row and all receive its receipt; the same key with a different payload is a conflict.
 */
export async function createSubmission(
  assessment: Assessment,
  idempotencyKey: string | null,
  now: Date = new Date(),
  { confirm = true }: { confirm?: boolean } = {},
): Promise<CreateResult> {
  const { flags, priority } = triage(assessment, now);
  const requestHash = createHash("sha256").update(JSON.stringify(assessment)).digest("hex");

  // A random reference can collide (rarely); ON CONFLICT DO NOTHING lets us tell that apart from
  // an idempotent replay without an exception, then try again with a fresh reference.
  for (let attempt = 0; attempt < 5; attempt++) {
    const reference = generateReference();
    const created = await insertWithEmails(
      assessment,
      reference,
      idempotencyKey,
      requestHash,
      flags,
      priority,
      now,
      confirm,
    );
    if (created) return { kind: "created", submission: toReceipt(created) };
    if (idempotencyKey !== null) {
      // The conflicting insert has committed by now (ON CONFLICT waits for it), so a new
      // statement sees it.
      const existing = await db().submission.findUnique({
        where: { idempotencyKey },
        select: receipt,
      });
      if (existing)
        return existing.requestHash === requestHash
          ? { kind: "replayed", submission: toReceipt(existing) }
          : { kind: "key_conflict" };
    }
  }
  throw new Error("could not allocate a unique submission reference");
}

/** An earlier submission with this Idempotency-Key exists (a retry: the limits do not apply). */
export async function idempotencyKeyUsed(idempotencyKey: string): Promise<boolean> {
  const row = await db().submission.findUnique({ where: { idempotencyKey }, select: { id: true } });
  return row !== null;
}

/**
 * The submission, its status-page link, the patient's confirmation (unless the address has had
 * its day's confirmations, see lib/abuse/limits.ts) and the practice alert
 * (reference only, when PRACTICE_INBOX is set) in ONE statement: data-modifying CTEs commit or fail
 * together, and the link and emails exist only if the submission row was inserted — a replayed
 * Idempotency-Key queues nothing. One round trip instead of six keeps intake fast under load.
 */
async function insertWithEmails(
  assessment: Assessment,
  reference: string,
  idempotencyKey: string | null,
  requestHash: string,
  flags: Triage["flags"],
  priority: number,
  now: Date,
  confirm: boolean,
): Promise<{ reference: string; createdAt: Date } | null> {
  const { about, condition, consent } = assessment;
  const link = prepareReplyLink(now);
  const inbox = env().PRACTICE_INBOX;
  const emails = [
    // Nothing the patient typed goes into an email: the greeting carries no name.
    ...(confirm
      ? [
          outboxRow({
            kind: "submission_received",
            to: about.email,
            payload: { reference, token: link.token },
          }),
        ]
      : []),
    ...(inbox
      ? [outboxRow({ kind: "practice_new_submission", to: inbox, payload: { reference } })]
      : []),
    ...(inbox && flags.some((f) => f.code === "crisis")
      ? [outboxRow({ kind: "practice_crisis_alert", to: inbox, payload: { reference } })]
      : []),
  ];
  const rows = await db().$queryRaw<{ reference: string; created_at: Date }[]>`
    WITH created AS (
      INSERT INTO submission (
        id, reference, idempotency_key, request_hash, form_version, first_name, last_name, email,
        phone, date_of_birth, state, primary_condition, flags, priority, triage, answers,
        consent_version, consented_at, signature, search_text, created_at, updated_at)
      VALUES (
        gen_random_uuid(), ${reference}, ${idempotencyKey}, ${requestHash}, ${assessment.formVersion},
        ${about.firstName}, ${about.lastName}, ${about.email}, ${about.phone || null},
        ${about.dateOfBirth}::date, ${about.state}, ${condition.primaryCondition},
        ${flags.map((f) => f.code)}::text[], ${priority}, ${JSON.stringify({ flags })}::jsonb,
        ${JSON.stringify(assessment)}::jsonb, ${CONSENT_VERSION}, ${now}, ${consent.signature},
        ${searchText(about.firstName, about.lastName, about.email, reference)}, ${now}, ${now})
      ON CONFLICT DO NOTHING
      RETURNING id, reference, created_at
    ), link AS (
      INSERT INTO reply_link (id, submission_id, token_hash, expires_at, created_at)
      SELECT gen_random_uuid(), id, ${link.tokenHash}, ${link.expiresAt}, ${now} FROM created
    ), mail AS (
      INSERT INTO outbox_email (id, kind, "to", payload, created_at, next_attempt_at)
      SELECT gen_random_uuid(), e.kind, e."to", e.payload, ${now}, ${now}
      FROM created, jsonb_to_recordset(${JSON.stringify(emails)}::jsonb) AS e(kind text, "to" text, payload jsonb)
    )
    SELECT reference, created_at FROM created`;
  const row = rows[0];
  return row ? { reference: row.reference, createdAt: row.created_at } : null;
}
