import { randomUUID } from "node:crypto";
import type { Actor, Role } from "@/lib/authorization";
import { hashPassword } from "@/lib/password";
import { query } from "./db";
import { seedTemplates } from "./staff-fixtures";

// Staff accounts with real argon2id hashes, for the sign-in, session and user-management tests.

export const PASSWORD = "correct-horse-battery-42";

export async function resetAuthData(): Promise<void> {
  // TRUNCATE is not UPDATE/DELETE, so the audit table's append-only trigger allows a clean start.
  await query(`TRUNCATE login_throttle, staff_session, audit_event, "user" CASCADE`);
  await seedTemplates(); // emptied by the cascade (each template names its last editor)
}

let hashed: Promise<string> | undefined;

export async function makeStaff(
  role: Role = "PHYSICIAN",
  options: { email?: string; active?: boolean; password?: string } = {},
): Promise<Actor> {
  const id = randomUUID();
  const email = options.email ?? `${role.toLowerCase()}-${id.slice(0, 8)}@clinic.example`;
  const name = role === "ADMIN" ? "Alex Admin" : "Dr. Maya Patel";
  // Hashing is deliberately slow; reuse one hash of the shared test password.
  const hash = options.password
    ? hashPassword(options.password)
    : (hashed ??= hashPassword(PASSWORD));
  await query(
    `INSERT INTO "user" (id, email, name, role, password_hash, active, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, now())`,
    [id, email, name, role, await hash, options.active ?? true],
  );
  return { id, email, name, role };
}

export async function auditRows(action?: string) {
  return query<{
    action: string;
    actor_id: string | null;
    actor_email: string | null;
    ip: string | null;
    subject_id: string | null;
    details: unknown;
  }>(
    `SELECT action, actor_id, actor_email, ip, subject_id, details FROM audit_event
     ${action ? "WHERE action = $1" : ""} ORDER BY id`,
    action ? [action] : [],
  );
}
