import "server-only";
import { audit } from "@/lib/audit";
import type { Actor } from "@/lib/authorization";
import { db } from "@/lib/db";
import { ConflictError, UnauthenticatedError, ValidationError } from "@/lib/dal/errors";
import { accountKey, isLocked, recordFailure, throttleRules } from "@/lib/dal/login-throttle";
import { revokeAllSessions } from "@/lib/dal/staff-sessions";
import { hashPassword, passwordProblem, verifyPassword } from "@/lib/password";

// The signed-in user changes their own password (there is no user id parameter, so nobody can
// change someone else's). Also how an invited user replaces the one-time password the admin saw.

type Self = { actor: Actor; sessionId: string };

export type PasswordChangeInput = {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
};

/** One message for a wrong password and a lock, as at sign-in. */
export const WRONG_CURRENT_PASSWORD =
  "The current password is incorrect, or the account is temporarily locked.";

/** The cheap checks, before any argon2 work: every field's problem at once. */
function fieldProblems(input: PasswordChangeInput, email: string): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!input.currentPassword) fields.currentPassword = "Enter your current password.";
  const policy = passwordProblem(input.newPassword, email);
  if (policy) fields.newPassword = policy;
  else if (input.newPassword === input.currentPassword)
    fields.newPassword = "Choose a password different from your current one.";
  if (input.confirmPassword !== input.newPassword)
    fields.confirmPassword = "The two new passwords do not match.";
  return fields;
}

/**
 * Replaces the password after re-checking the current one (wrong guesses count towards the
 * sign-in lock of the account). Other sessions end at once; this one continues.
 */
export async function changePassword(
  self: Self | null,
  input: PasswordChangeInput,
  now: Date = new Date(),
  ip?: string,
): Promise<void> {
  if (!self) throw new UnauthenticatedError();
  const { actor, sessionId } = self;
  const fields = fieldProblems(input, actor.email);
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);

  const key = accountKey(actor.email);
  const wrong = new ValidationError({ currentPassword: WRONG_CURRENT_PASSWORD });
  if (await isLocked([key], now)) throw wrong;
  const user = await db().user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { passwordHash: true, mustChangePassword: true },
  });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword.slice(0, 1024)))) {
    await recordFailure(key, throttleRules.account, now);
    throw wrong;
  }

  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    // Only if the hash is still the one just verified: of two concurrent changes one wins.
    const changed = await tx.user.updateMany({
      where: { id: actor.id, passwordHash: user.passwordHash },
      data: { passwordHash, mustChangePassword: false },
    });
    if (changed.count !== 1) throw new ConflictError("Your password was just changed elsewhere.");
    await revokeAllSessions(tx, actor.id, now, sessionId);
    await audit(tx, {
      action: "auth.password_change",
      actor,
      ip: ip ?? null,
      subject: { type: "user", id: actor.id },
      details: { required: user.mustChangePassword },
    });
  });
}
