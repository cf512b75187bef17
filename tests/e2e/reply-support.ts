import { createHash, randomBytes, randomUUID } from "node:crypto";
import { query } from "./support";

// Rows for the reply-page tests, written straight into the database the server under test uses:
// a submission, optionally a sent reply, and a reply_link holding the SHA-256 of a token we keep.

export const DOB = "1984-03-14";

export type Seeded = { submissionId: string; reference: string; firstName: string; email: string };

export async function seedSubmission(firstName: string, status = "NEW"): Promise<Seeded> {
  const submissionId = randomUUID();
  const hex = randomBytes(4).toString("hex").toUpperCase();
  const reference = `LDN-${hex.slice(0, 4)}-${hex.slice(4)}`;
  const email = `${firstName.toLowerCase()}.${submissionId.slice(0, 8)}@example.com`;
  await query(
    `INSERT INTO submission (id, reference, status, form_version, first_name, last_name, email, date_of_birth,
       state, primary_condition, flags, priority, triage, answers, consent_version, consented_at, signature,
       search_text, updated_at)
     VALUES ($1, $2, $3, 1, $4, 'Quintero', $5, $6, 'TX', 'fibromyalgia', '{}', 0, '{"flags":[]}', '{}',
       '2026-11', now(), $7, $8, now())`,
    [
      submissionId,
      reference,
      status,
      firstName,
      email,
      DOB,
      `${firstName} Quintero`,
      `${firstName} quintero ${email} ${reference}`.toLowerCase(),
    ],
  );
  return { submissionId, reference, firstName, email };
}

export const replyParts = {
  benefits: "Many people with fibromyalgia notice less widespread pain.",
  timeline: "Most notice a change between 8 and 12 weeks.",
  considerations: "Your thyroid dose may need checking once you start.",
  message: "Thank you for the detail in your answers.",
};

export async function addSentReply(submissionId: string): Promise<void> {
  const authorId = randomUUID();
  await query(
    `INSERT INTO "user" (id, email, name, role, password_hash, updated_at)
     VALUES ($1, $2, 'Dr. Maya Patel', 'PHYSICIAN', 'x', now())`,
    [authorId, `doc-${authorId.slice(0, 8)}@clinic.example`],
  );
  await query(
    `INSERT INTO reply (id, submission_id, version, status, author_id, likelihood, benefits, timeline,
       considerations, message, sent_at, updated_at)
     VALUES ($1, $2, 1, 'SENT', $3, 'LIKELY', $4, $5, $6, $7, now(), now())`,
    [
      randomUUID(),
      submissionId,
      authorId,
      replyParts.benefits,
      replyParts.timeline,
      replyParts.considerations,
      replyParts.message,
    ],
  );
  await query("UPDATE submission SET status = 'REPLIED' WHERE id = $1", [submissionId]);
}

/** Inserts a link and returns its raw token; `expiresInMs` may be negative for an expired one. */
export async function addLink(
  submissionId: string,
  expiresInMs = 30 * 24 * 3600_000,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const hash = createHash("sha256").update(token).digest("hex");
  await query(
    `INSERT INTO reply_link (id, submission_id, token_hash, expires_at)
     VALUES ($1, $2, $3, now() + ($4::text || ' milliseconds')::interval)`,
    [randomUUID(), submissionId, hash, String(expiresInMs)],
  );
  return token;
}

/** Each test starts with a clean per-address count (every test browses from the same address). */
export async function clearPatientThrottle(): Promise<void> {
  await query("DELETE FROM login_throttle WHERE key LIKE 'dob-ip:%' OR key LIKE 'newlink-%'");
}
