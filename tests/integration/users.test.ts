import { beforeEach, describe, expect, it } from "vitest";
import { attemptLogin } from "@/lib/auth/login";
import { beginMfaEnrolment, confirmMfaEnrolment, disableMfa, getMfaView } from "@/lib/auth/mfa";
import type { Actor } from "@/lib/authorization";
import {
  ConflictError,
  ForbiddenError,
  UnauthenticatedError,
  ValidationError,
} from "@/lib/dal/errors";
import { deactivateUser, inviteUser, listUsers, reactivateUser } from "@/lib/dal/users";
import { hashParams, verifyPassword } from "@/lib/password";
import { generateTotpCode } from "@/lib/totp";
import { query } from "../support/db";
import { PASSWORD, auditRows, makeStaff, resetAuthData } from "../support/auth-fixtures";

// Staff account management (ADMIN only) and the audit trail of sign-in and MFA changes.

let admin: Actor;
let doctor: Actor;
beforeEach(async () => {
  await resetAuthData();
  admin = await makeStaff("ADMIN");
  doctor = await makeStaff("PHYSICIAN");
});

const newcomer = { email: "New.Doctor@Clinic.example", name: "Dr. Sam Lee", role: "PHYSICIAN" };

describe("rights", () => {
  it("refuses anonymous callers and physicians for every user-management function", async () => {
    const calls = (actor: Actor | null) => [
      () => listUsers(actor),
      () => inviteUser(actor, newcomer),
      () => deactivateUser(actor, admin.id),
      () => reactivateUser(actor, admin.id),
    ];
    for (const call of calls(null))
      await expect(call()).rejects.toBeInstanceOf(UnauthenticatedError);
    for (const call of calls(doctor)) await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
    expect(await query(`SELECT id FROM "user"`)).toHaveLength(2);
    expect(await query(`SELECT id FROM "user" WHERE active = false`)).toHaveLength(0);
  });

  it("lists users for an admin without hashes or secrets", async () => {
    const users = await listUsers(admin);
    expect(users).toHaveLength(2);
    for (const user of users) {
      expect(Object.keys(user).sort()).toEqual(
        ["active", "createdAt", "email", "id", "lastLoginAt", "mfaEnabled", "name", "role"].sort(),
      );
    }
  });

  it("does not let an admin deactivate their own account", async () => {
    await expect(deactivateUser(admin, admin.id)).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("creating and inviting", () => {
  it("stores an invited user with an argon2id hash, once per address, and audits it", async () => {
    const { user } = await inviteUser(admin, newcomer);
    expect(user).toMatchObject({
      email: "new.doctor@clinic.example",
      role: "PHYSICIAN",
      active: true,
    });
    const [row] = await query<{ password_hash: string }>(
      `SELECT password_hash FROM "user" WHERE id = $1`,
      [user.id],
    );
    expect(hashParams(row!.password_hash)?.algorithm).toBe("argon2id");
    await expect(inviteUser(admin, newcomer)).rejects.toBeInstanceOf(ConflictError);
    expect(await auditRows("user.invite")).toMatchObject([
      { actor_id: admin.id, subject_id: user.id, details: { role: "PHYSICIAN" } },
    ]);
  });

  it("invites with a one-time password that is returned once and works for sign-in", async () => {
    const { user, temporaryPassword } = await inviteUser(admin, { ...newcomer, role: "ADMIN" });
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
    const [row] = await query<{ password_hash: string }>(
      `SELECT password_hash FROM "user" WHERE id = $1`,
      [user.id],
    );
    expect(row!.password_hash).not.toContain(temporaryPassword);
    expect(await verifyPassword(row!.password_hash, temporaryPassword)).toBe(true);
    expect(await auditRows("user.invite")).toMatchObject([
      { actor_id: admin.id, subject_id: user.id },
    ]);
    expect(JSON.stringify(await auditRows())).not.toContain(temporaryPassword);
  });

  it("rejects bad fields with per-field messages", async () => {
    const error = await inviteUser(admin, {
      email: "not-an-email",
      name: " ",
      role: "NURSE",
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fields).sort()).toEqual([
      "email",
      "name",
      "role",
    ]);
  });
});

describe("deactivation", () => {
  it("audits deactivate and reactivate, and a deactivated user cannot sign in", async () => {
    await deactivateUser(admin, doctor.id);
    expect(await attemptLogin({ email: doctor.email, password: PASSWORD, ip: "10.1.0.1" })).toEqual(
      {
        ok: false,
        reason: "invalid",
      },
    );
    await reactivateUser(admin, doctor.id);
    expect(
      await attemptLogin({ email: doctor.email, password: PASSWORD, ip: "10.1.0.1" }),
    ).toMatchObject({ ok: true });
    const actions = (await auditRows()).map((r) => r.action);
    expect(actions).toEqual([
      "user.deactivate",
      "auth.sign_in_failed",
      "user.reactivate",
      "auth.sign_in",
    ]);
  });
});

describe("sign-in and MFA audit trail", () => {
  it("records sign-in, failure, MFA enabled, recovery code use and MFA disabled", async () => {
    const ip = "10.2.0.1";
    const first = await attemptLogin({ email: doctor.email, password: PASSWORD, ip });
    if (!first.ok) throw new Error("expected sign-in to succeed");
    await attemptLogin({ email: doctor.email, password: "wrong-password-here", ip });

    const self = { actor: doctor, sessionId: first.sessionId };
    await beginMfaEnrolment(doctor);
    const pending = await getMfaView(doctor);
    if (pending.status !== "pending") throw new Error("expected a pending enrolment");
    expect(pending.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const [stored] = await query<{ totp_secret: string }>(
      `SELECT totp_secret FROM "user" WHERE id = $1`,
      [doctor.id],
    );
    expect(stored!.totp_secret).not.toContain(pending.secret);

    await expect(confirmMfaEnrolment(self, "000000")).rejects.toBeInstanceOf(ValidationError);
    const codes = await confirmMfaEnrolment(self, generateTotpCode(pending.secret));
    expect(codes).toHaveLength(10);
    expect(await getMfaView(doctor)).toEqual({ status: "enabled", recoveryCodesLeft: 10 });

    // A recovery code works once.
    const viaRecovery = await attemptLogin({
      email: doctor.email,
      password: PASSWORD,
      code: codes[0]!,
      ip,
    });
    expect(viaRecovery).toMatchObject({ ok: true });
    expect(
      await attemptLogin({ email: doctor.email, password: PASSWORD, code: codes[0]!, ip }),
    ).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await getMfaView(doctor)).toEqual({ status: "enabled", recoveryCodesLeft: 9 });

    await expect(disableMfa(self, "not-my-password")).rejects.toBeInstanceOf(ValidationError);
    await disableMfa(self, PASSWORD);
    expect(await getMfaView(doctor)).toEqual({ status: "disabled" });

    const actions = (await auditRows()).map((r) => r.action);
    expect(actions).toEqual([
      "auth.sign_in",
      "auth.sign_in_failed",
      "auth.mfa_enabled",
      "auth.recovery_code_used",
      "auth.sign_in",
      "auth.sign_in_failed",
      "auth.mfa_disabled",
    ]);
    const signIn = (await auditRows("auth.sign_in"))[0]!;
    expect(signIn).toMatchObject({
      actor_id: doctor.id,
      actor_email: doctor.email,
      ip,
      subject_id: first.sessionId,
    });
  });
});
