import { randomBytes } from "node:crypto";
import { staffUserSchema, type StaffUserInput } from "@/lib/auth/schemas";
import { ValidationError } from "@/lib/dal/errors";
import { hashPassword, passwordProblem } from "@/lib/password";

// Building a new staff account's row, shared by the admin pages (lib/dal/users.ts) and the
// `npm run user:create` CLI, which runs in plain Node and so cannot import server-only modules.

export type NewUserRow = StaffUserInput & { passwordHash: string };

/** The account fields, or a ValidationError with one message per bad field. */
export function parseStaffUser(input: unknown): StaffUserInput {
  const parsed = staffUserSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues)
    fields[String(issue.path[0] ?? "form")] ??= issue.message;
  throw new ValidationError(fields);
}

/** Validates the fields and the password policy, then hashes the password. */
export async function prepareNewUser(input: unknown, password: string): Promise<NewUserRow> {
  const fields = parseStaffUser(input);
  const problem = passwordProblem(password, fields.email);
  if (problem) throw new ValidationError({ password: problem });
  return { ...fields, passwordHash: await hashPassword(password) };
}

// 32 symbols so `byte % 32` is unbiased; no look-alike characters, easy to read out or type.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz123456789";

/** A one-time password for an invited user, e.g. "k7mq-x2vd-9rth-p4wz" (80 random bits). */
export function temporaryPassword(): string {
  const chars = [...randomBytes(16)].map((b) => ALPHABET[b % 32]).join("");
  return chars.match(/.{4}/g)!.join("-");
}
