import "server-only";
import QRCode from "qrcode";
import { audit } from "@/lib/audit";
import type { Actor } from "@/lib/authorization";
import { practice } from "@/lib/config";
import { db } from "@/lib/db";
import { ConflictError, UnauthenticatedError, ValidationError } from "@/lib/dal/errors";
import { accountKey, isLocked, recordFailure, throttleRules } from "@/lib/dal/login-throttle";
import { markMfaPassed, revokeAllSessions } from "@/lib/dal/staff-sessions";
import { claimTotpStep } from "@/lib/auth/totp-replay";
import { env } from "@/lib/env";
import { verifyPassword } from "@/lib/password";
import * as totp from "@/lib/totp";

// The signed-in user's own second factor. Every function acts on `actor` itself (no user id
// parameter), so nobody can change another person's MFA through these.

type Self = { actor: Actor; sessionId: string };

export type MfaView =
  | { status: "enabled"; recoveryCodesLeft: number }
  | { status: "disabled" }
  /** Enrolment started: the secret to scan (QR) or type, waiting for a first valid code. */
  | { status: "pending"; secret: string; qrDataUrl: string };

function need(actor: Actor | null): Actor {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

export async function getMfaView(actor: Actor | null): Promise<MfaView> {
  const me = need(actor);
  const user = await db().user.findUniqueOrThrow({
    where: { id: me.id },
    select: { totpSecret: true, totpEnabledAt: true, recoveryCodes: true },
  });
  if (user.totpEnabledAt)
    return { status: "enabled", recoveryCodesLeft: user.recoveryCodes.length };
  if (!user.totpSecret) return { status: "disabled" };
  const secret = totp.decryptTotpSecret(user.totpSecret, env().AUTH_SECRET);
  const uri = totp.totpUri(secret, me.email, practice.name);
  return {
    status: "pending",
    secret,
    qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 240 }),
  };
}

/** Stores a fresh secret (encrypted) as pending; MFA is not on until a code confirms it. */
export async function beginMfaEnrolment(actor: Actor | null): Promise<void> {
  const me = need(actor);
  const secret = totp.encryptTotpSecret(totp.generateTotpSecret(), env().AUTH_SECRET);
  const updated = await db().user.updateMany({
    where: { id: me.id, totpEnabledAt: null },
    data: { totpSecret: secret },
  });
  if (updated.count !== 1) throw new ConflictError("Two-factor authentication is already on.");
}

/**
 * Turns MFA on when `code` matches the pending secret. Returns the recovery codes — the only time
 * they exist in clear. Other sessions of the user end; this one continues with MFA passed.
 */
export async function confirmMfaEnrolment(
  self: Self | null,
  code: string,
  now: Date = new Date(),
): Promise<string[]> {
  if (!self) throw new UnauthenticatedError();
  const { actor, sessionId } = self;
  const user = await db().user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new ConflictError("Two-factor authentication is already on.");
  if (!user.totpSecret) throw new ConflictError("Start the set-up again.");
  const secret = totp.decryptTotpSecret(user.totpSecret, env().AUTH_SECRET);
  const mismatch = new ValidationError({
    code: "That code did not match. Check the app's clock and try again.",
  });
  const step = totp.matchTotpStep(secret, code, now);
  if (step === null) throw mismatch;
  const codes = totp.generateRecoveryCodes();
  await db().$transaction(async (tx) => {
    // The confirming code is used up too: it cannot then sign in (or confirm a second time).
    if (!(await claimTotpStep(tx, actor.id, step))) throw mismatch;
    const enabled = await tx.user.updateMany({
      where: { id: actor.id, totpEnabledAt: null, totpSecret: user.totpSecret },
      data: { totpEnabledAt: now, recoveryCodes: codes.map(totp.hashRecoveryCode) },
    });
    if (enabled.count !== 1) throw new ConflictError("Two-factor authentication is already on.");
    await revokeAllSessions(tx, actor.id, now, sessionId);
    await markMfaPassed(tx, sessionId);
    await audit(tx, { action: "auth.mfa_enabled", actor, subject: { type: "user", id: actor.id } });
  });
  return codes;
}

/** Turns MFA off after re-checking the password (throttled like a sign-in). */
export async function disableMfa(
  self: Self | null,
  password: string,
  now: Date = new Date(),
): Promise<void> {
  if (!self) throw new UnauthenticatedError();
  const { actor, sessionId } = self;
  if (actor.role === "ADMIN" && env().REQUIRE_ADMIN_MFA) {
    throw new ConflictError("Administrators must keep two-factor authentication on.");
  }
  const wrong = new ValidationError({
    password: "The password is incorrect, or the account is temporarily locked.",
  });
  const key = accountKey(actor.email);
  if (await isLocked([key], now)) throw wrong;
  const user = await db().user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(user.passwordHash, password.slice(0, 1024)))) {
    await recordFailure(key, throttleRules.account, now);
    throw wrong;
  }
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      // The step goes too: it belongs to the old secret, a new enrolment starts afresh.
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, recoveryCodes: [] },
    });
    await revokeAllSessions(tx, actor.id, now, sessionId);
    await audit(tx, {
      action: "auth.mfa_disabled",
      actor,
      subject: { type: "user", id: actor.id },
    });
  });
}
