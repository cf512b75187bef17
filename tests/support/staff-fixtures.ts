import { randomUUID } from "node:crypto";
import type { Actor, Role } from "@/lib/authorization";
import type { Flag } from "@/lib/triage/rules";
import { exampleAssessment } from "@/lib/validations/assessment/example";
import { seedTemplatesStatement } from "@/lib/templates/seed";
import { query } from "./db";

// Rows for the dashboard's integration tests, inserted with plain SQL so each test controls exactly
// the columns the queue sorts and filters on (priority, created_at, flags…).

export async function resetStaffData(): Promise<void> {
  // TRUNCATE is not an UPDATE/DELETE, so the audit table's append-only trigger lets tests start clean.
  await query(
    `TRUNCATE submission, note, reply, reply_template, outbox_email, audit_event, staff_session, "user" CASCADE`,
  );
  await seedTemplates();
}

/** The default templates, as the migration runner writes them. */
export async function seedTemplates(): Promise<void> {
  const { text, values } = seedTemplatesStatement();
  await query(text, values);
}

export async function makeUser(
  role: Role,
  name = role === "ADMIN" ? "Alex Admin" : "Dr. Maya Patel",
): Promise<Actor> {
  const id = randomUUID();
  const email = `${role.toLowerCase()}-${id.slice(0, 8)}@clinic.example`;
  await query(
    `INSERT INTO "user" (id, email, name, role, password_hash, updated_at) VALUES ($1, $2, $3, $4, 'x', now())`,
    [id, email, name, role],
  );
  return { id, email, name, role };
}

export type SubmissionRow = {
  firstName?: string;
  lastName?: string;
  email?: string;
  reference?: string;
  status?: "NEW" | "IN_REVIEW" | "REPLIED" | "ARCHIVED";
  primaryCondition?: string;
  flags?: Flag[];
  priority?: number;
  createdAt?: Date;
  /** Answers of the medications step to change from the example patient's. */
  medications?: Record<string, unknown>;
};

let counter = 0;

/** Inserts one submission; references are unique and well-formed (LDN-XXXX-XXXX). */
export async function insertSubmission(row: SubmissionRow = {}): Promise<string> {
  counter++;
  const id = randomUUID();
  const alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
  const code = (n: number) =>
    Array.from(
      { length: 4 },
      (_, i) => alphabet[Math.floor(n / alphabet.length ** i) % alphabet.length],
    ).join("");
  const reference = row.reference ?? `LDN-${code(counter)}-${code(Date.now() % 810_000)}`;
  const firstName = row.firstName ?? "Jordan";
  const lastName = row.lastName ?? "Rivera";
  const email = row.email ?? `patient${counter}@example.com`;
  const flags = row.flags ?? [];
  const condition = row.primaryCondition ?? "fibromyalgia";
  const answers = {
    ...exampleAssessment,
    about: { ...exampleAssessment.about, firstName, lastName, email },
    condition: { ...exampleAssessment.condition, primaryCondition: condition },
    medications: { ...exampleAssessment.medications, ...row.medications },
  };
  await query(
    `INSERT INTO submission (id, reference, status, form_version, first_name, last_name, email, date_of_birth,
       state, primary_condition, flags, priority, triage, answers, consent_version, consented_at, signature,
       search_text, created_at, updated_at)
     VALUES ($1, $2, $3, 1, $4, $5, $6, '1984-03-14', 'TX', $7, $8, $9, $10, $11, '2026-11', now(), $12, $13, $14, now())`,
    [
      id,
      reference,
      row.status ?? "NEW",
      firstName,
      lastName,
      email,
      condition,
      flags.map((f) => f.code),
      row.priority ?? 0,
      JSON.stringify({ flags }),
      JSON.stringify(answers),
      `${firstName} ${lastName}`,
      `${firstName} ${lastName} ${email} ${reference}`.toLowerCase(),
      row.createdAt ?? new Date(),
    ],
  );
  return id;
}

export async function auditActionsFor(subjectId: string | null = null): Promise<string[]> {
  const rows = await query<{ action: string }>(
    subjectId === null
      ? "SELECT action FROM audit_event ORDER BY id"
      : "SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY id",
    subjectId === null ? [] : [subjectId],
  );
  return rows.map((r) => r.action);
}
