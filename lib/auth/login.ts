import "server-only";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import {
  accountKey,
  ipKey,
  isLocked,
  recordFailure,
  resetThrottle,
  throttleRules,
} from "@/lib/dal/login-throttle";
import { claimTotpStep } from "@/lib/auth/totp-replay";
import { createStaffSession } from "@/lib/dal/staff-sessions";
import { env } from "@/lib/env";
import { verifyDummy, verifyPassword } from "@/lib/password";
import { isSafeText } from "@/lib/validations/text-safety";
import {
  decryptTotpSecret,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  matchTotpStep,
} from "@/lib/totp";

// The whole credential check behind Auth.js's authorize(), kept free of Next so integration tests
// can drive it directly: throttle → user → argon2 → second factor → StaffSession → audit.

export type LoginInput = { email: string; password: string; code?: string; ip: string };

export type LoginResult =
  | {
      ok: true;
      userId: string;
      sessionId: string;
      needsMfaEnrolment: boolean;
      /** Invited with a one-time password: only the account page works until it is changed. */
      mustChangePassword: boolean;
    }
  /** Password right, TOTP enrolled, no code sent yet: ask for it (nothing is recorded). */
  | { ok: false; reason: "mfa_required" }
  /** Everything else. Deliberately one outcome: unknown email, wrong password, locked, inactive. */
  | { ok: false; reason: "invalid" };

const INVALID = { ok: false, reason: "invalid" } as const;

type FailureReason =
  | "malformed"
  | "locked"
  | "unknown_email"
  | "bad_password"
  | "inactive"
  | "bad_mfa_code"
  /** A right TOTP code whose time-step was already used (replayed, or a second sign-in with it). */
  | "replayed_mfa_code";

export function adminMfaRequired(role: string, totpEnabled: boolean): boolean {
  return role === "ADMIN" && env().REQUIRE_ADMIN_MFA && !totpEnabled;
}

async function fail(
  email: string,
  ip: string,
  reason: FailureReason,
  now: Date,
  user?: { id: string; email: string },
): Promise<typeof INVALID> {
  // A lock is not extended by attempts made while it holds; they are audited all the same.
  if (reason !== "locked") {
    await recordFailure(accountKey(email), throttleRules.account, now);
    await recordFailure(ipKey(ip), throttleRules.ip, now);
  }
  await audit(db(), {
    action: "auth.sign_in_failed",
    actor: user ?? null,
    actorEmail: email.slice(0, 254),
    ip,
    details: { reason },
  });
  return INVALID;
}

export async function attemptLogin(
  input: LoginInput,
  now: Date = new Date(),
): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const { password, ip } = input;
  const code = input.code?.trim() ?? "";
  const storable = isSafeText(email) && isSafeText(code);
  if (
    !email ||
    !storable ||
    email.length > 254 ||
    !password ||
    password.length > 1024 ||
    code.length > 64
  ) {
    await verifyDummy(password.slice(0, 1024));
    // A NUL or lone surrogate cannot enter the throttle or audit tables: it is named, not stored.
    return fail(!email ? "(empty)" : storable ? email : "(unreadable)", ip, "malformed", now);
  }
  if (await isLocked([accountKey(email), ipKey(ip)], now)) {
    await verifyDummy(password);
    return fail(email, ip, "locked", now);
  }

  const user = await db().user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      role: true,
      active: true,
      passwordHash: true,
      sessionVersion: true,
      mustChangePassword: true,
      totpSecret: true,
      totpEnabledAt: true,
      recoveryCodes: true,
    },
  });
  if (!user) {
    await verifyDummy(password);
    return fail(email, ip, "unknown_email", now);
  }
  if (!(await verifyPassword(user.passwordHash, password)))
    return fail(email, ip, "bad_password", now, user);
  if (!user.active) return fail(email, ip, "inactive", now, user);

  const totpEnabled = user.totpEnabledAt !== null && user.totpSecret !== null;
  let method: "none" | "totp" | "recovery_code" = "none";
  let step: number | null = null;
  if (totpEnabled) {
    if (!code) return { ok: false, reason: "mfa_required" };
    step = matchTotpStep(decryptTotpSecret(user.totpSecret!, env().AUTH_SECRET), code, now);
    if (step !== null) method = "totp";
    else if (looksLikeRecoveryCode(code) && user.recoveryCodes.includes(hashRecoveryCode(code)))
      method = "recovery_code";
    else return fail(email, ip, "bad_mfa_code", now, user);
  }

  const needsMfaEnrolment = adminMfaRequired(user.role, totpEnabled);
  type Outcome = { sessionId: string } | { failure: "bad_mfa_code" | "replayed_mfa_code" };
  const outcome = await db().$transaction(async (tx): Promise<Outcome> => {
    // Single use of the TOTP step, in the same transaction as the session it would create.
    if (step !== null && !(await claimTotpStep(tx, user.id, step)))
      return { failure: "replayed_mfa_code" };
    if (method === "recovery_code") {
      // Atomic single use: of two concurrent sign-ins with the same code only one removes it.
      const used = await tx.$executeRaw`
        UPDATE "user" SET recovery_codes = array_remove(recovery_codes, ${hashRecoveryCode(code)})
        WHERE id = ${user.id}::uuid AND ${hashRecoveryCode(code)} = ANY(recovery_codes)`;
      if (used !== 1) return { failure: "bad_mfa_code" };
      await audit(tx, {
        action: "auth.recovery_code_used",
        actor: user,
        ip,
        subject: { type: "user", id: user.id },
        details: { remaining: user.recoveryCodes.length - 1 },
      });
    }
    const id = await createStaffSession(
      tx,
      { userId: user.id, version: user.sessionVersion, mfaPassed: !needsMfaEnrolment },
      now,
    );
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await audit(tx, {
      action: "auth.sign_in",
      actor: user,
      ip,
      subject: { type: "session", id },
      details: { mfa: method },
    });
    return { sessionId: id };
  });
  if ("failure" in outcome) return fail(email, ip, outcome.failure, now, user);
  await resetThrottle(accountKey(email));
  return {
    ok: true,
    userId: user.id,
    sessionId: outcome.sessionId,
    needsMfaEnrolment,
    mustChangePassword: user.mustChangePassword,
  };
}

/**
 * After a successful sign-in: must this account first set itself up on the account page — an
 * admin enrolling TOTP, or an invited user replacing the one-time password?
 */
export async function needsAccountSetup(email: string): Promise<boolean> {
  const user = await db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { role: true, totpEnabledAt: true, mustChangePassword: true },
  });
  if (!user) return false;
  return user.mustChangePassword || adminMfaRequired(user.role, user.totpEnabledAt !== null);
}
