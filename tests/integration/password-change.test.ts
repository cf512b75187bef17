import { beforeEach, describe, expect, it, vi } from "vitest";
import { attemptLogin, needsAccountSetup } from "@/lib/auth/login";
import { changePassword, WRONG_CURRENT_PASSWORD } from "@/lib/auth/password-change";
import { getActor, getEnrolmentActor, getSessionState, requireActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/authorization";
import { ConflictError, UnauthenticatedError, ValidationError } from "@/lib/dal/errors";
import { validateStaffSession } from "@/lib/dal/staff-sessions";
import { inviteUser } from "@/lib/dal/users";
import { hashParams, verifyPassword } from "@/lib/password";
import { query } from "../support/db";
import { PASSWORD, auditRows, makeStaff, resetAuthData } from "../support/auth-fixtures";

// Changing one's own password, and the invited user's forced change of the one-time password.
// getSessionState() reads the Auth.js cookie through auth(); here auth() is replaced by a stub that
// names the session under test, so everything after it (Postgres checks, gating) runs for real.

const cookie = vi.hoisted(() => ({ sid: null as string | null }));
vi.mock("@/lib/auth", () => ({ auth: async () => (cookie.sid ? { sid: cookie.sid } : null) }));

const NEW_PASSWORD = "a-brand-new-long-passphrase";
const ip = "10.9.0.1";

let doctor: Actor;
beforeEach(async () => {
  await resetAuthData();
  cookie.sid = null;
  doctor = await makeStaff("PHYSICIAN");
});

async function signIn(email: string, password: string, now?: Date): Promise<string> {
  const result = await attemptLogin({ email, password, ip }, now);
  if (!result.ok) throw new Error("expected sign-in to succeed");
  return result.sessionId;
}

const storedHash = async (id: string) =>
  (
    await query<{ password_hash: string }>(`SELECT password_hash FROM "user" WHERE id = $1`, [id])
  )[0]!.password_hash;

const input = (currentPassword: string, newPassword = NEW_PASSWORD, confirm = newPassword) => ({
  currentPassword,
  newPassword,
  confirmPassword: confirm,
});

describe("an invited user", () => {
  it("must replace the one-time password before any page but the account page works", async () => {
    const admin = await makeStaff("ADMIN");
    const invitee = { email: "invitee@clinic.example", name: "Dr. Ana Ruiz", role: "PHYSICIAN" };
    const { user, temporaryPassword } = await inviteUser(admin, invitee);
    // An account made with a chosen password (`npm run user:create`) has nothing to replace.
    const created = await makeStaff("PHYSICIAN", { email: "chosen@clinic.example" });
    const flags = await query<{ email: string; must_change_password: boolean }>(
      `SELECT email, must_change_password FROM "user" WHERE id = ANY($1::uuid[]) ORDER BY email`,
      [[user.id, created.id]],
    );
    expect(flags).toEqual([
      { email: "chosen@clinic.example", must_change_password: false },
      { email: "invitee@clinic.example", must_change_password: true },
    ]);

    const signedIn = await attemptLogin({ email: user.email, password: temporaryPassword, ip });
    expect(signedIn).toMatchObject({ ok: true, mustChangePassword: true });
    if (!signedIn.ok) throw new Error("unreachable");
    expect(await needsAccountSetup(user.email)).toBe(true);

    // The session is valid, but only the account page's path admits it.
    cookie.sid = signedIn.sessionId;
    expect(await getSessionState()).toMatchObject({ status: "needs_password_change" });
    expect(await getActor()).toBeNull();
    await expect(requireActor()).rejects.toBeInstanceOf(UnauthenticatedError);
    const self = await getEnrolmentActor();
    expect(self).toMatchObject({ actor: { id: user.id }, sessionId: signedIn.sessionId });

    await changePassword(self, input(temporaryPassword), new Date(), ip);
    expect(await getSessionState()).toMatchObject({ status: "active" });
    expect(await getActor()).toMatchObject({ id: user.id, email: user.email });
    expect(await needsAccountSetup(user.email)).toBe(false);
    expect(await verifyPassword(await storedHash(user.id), temporaryPassword)).toBe(false);
    expect(await auditRows("auth.password_change")).toEqual([
      expect.objectContaining({
        actor_id: user.id,
        subject_id: user.id,
        ip,
        details: { required: true },
      }),
    ]);
  });
});

describe("changing the password", () => {
  it("stores a new argon2id hash, keeps this session and ends the others", async () => {
    const here = await signIn(doctor.email, PASSWORD);
    const elsewhere = await signIn(doctor.email, PASSWORD);
    const before = await storedHash(doctor.id);

    await changePassword({ actor: doctor, sessionId: here }, input(PASSWORD));

    const after = await storedHash(doctor.id);
    expect(after).not.toBe(before);
    expect(hashParams(after)?.algorithm).toBe("argon2id");
    expect(await verifyPassword(after, NEW_PASSWORD)).toBe(true);
    expect(await validateStaffSession(here)).not.toBeNull();
    expect(await validateStaffSession(elsewhere)).toBeNull();
    const [row] = await query<{ session_version: number }>(
      `SELECT session_version FROM "user" WHERE id = $1`,
      [doctor.id],
    );
    expect(row!.session_version).toBe(1);

    expect(await attemptLogin({ email: doctor.email, password: PASSWORD, ip })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await attemptLogin({ email: doctor.email, password: NEW_PASSWORD, ip })).toMatchObject({
      ok: true,
      mustChangePassword: false,
    });
    expect(await auditRows("auth.password_change")).toEqual([
      expect.objectContaining({ actor_id: doctor.id, details: { required: false } }),
    ]);
  });

  it("refuses anonymous callers", async () => {
    await expect(changePassword(null, input(PASSWORD))).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
  });

  it("applies the password policy, field by field, without counting a failed sign-in", async () => {
    const self = { actor: doctor, sessionId: await signIn(doctor.email, PASSWORD) };
    const fieldsOf = async (value: ReturnType<typeof input>) => {
      const error = await changePassword(self, value).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      return (error as ValidationError).fields;
    };
    expect(await fieldsOf(input(PASSWORD, "short-pass"))).toEqual({
      newPassword: "Use at least 12 characters.",
    });
    expect(await fieldsOf(input(PASSWORD, "password1234"))).toEqual({
      newPassword: "This password is too common. Choose another one.",
    });
    expect(await fieldsOf(input(PASSWORD, doctor.email.toUpperCase()))).toEqual({
      newPassword: "The password must not be your email address.",
    });
    expect(await fieldsOf(input(PASSWORD, PASSWORD))).toEqual({
      newPassword: "Choose a password different from your current one.",
    });
    expect(await fieldsOf(input(PASSWORD, NEW_PASSWORD, `${NEW_PASSWORD}!`))).toEqual({
      confirmPassword: "The two new passwords do not match.",
    });
    expect(Object.keys(await fieldsOf(input("", "x", "y"))).sort()).toEqual([
      "confirmPassword",
      "currentPassword",
      "newPassword",
    ]);
    expect(await verifyPassword(await storedHash(doctor.id), PASSWORD)).toBe(true);
    expect(await query("SELECT key FROM login_throttle")).toEqual([]);
    expect(await auditRows("auth.password_change")).toEqual([]);
  });
});

describe("a wrong current password", () => {
  const T0 = new Date("2026-11-25T10:00:00Z");
  const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

  it("counts towards the account's sign-in lock, which also holds back the right password", async () => {
    const self = { actor: doctor, sessionId: await signIn(doctor.email, PASSWORD) };
    for (let i = 0; i < 5; i++) {
      const error = await changePassword(self, input(`wrong-guess-${i}-long`), at(i)).catch(
        (e: unknown) => e,
      );
      expect((error as ValidationError).fields).toEqual({
        currentPassword: WRONG_CURRENT_PASSWORD,
      });
    }
    // Locked: the right current password is refused with the same message, and so is sign-in.
    await expect(changePassword(self, input(PASSWORD), at(6))).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await attemptLogin({ email: doctor.email, password: PASSWORD, ip }, at(6))).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await verifyPassword(await storedHash(doctor.id), PASSWORD)).toBe(true);

    // The lock lifts by itself after 15 minutes.
    await changePassword(self, input(PASSWORD), at(4 + 15 + 1));
    expect(await verifyPassword(await storedHash(doctor.id), NEW_PASSWORD)).toBe(true);
  });
});

describe("two changes at once", () => {
  it("lets exactly one of them win", async () => {
    const self = { actor: doctor, sessionId: await signIn(doctor.email, PASSWORD) };
    const candidates = ["first-new-passphrase-1", "second-new-passphrase-2"];
    const results = await Promise.allSettled(
      candidates.map((password) => changePassword(self, input(PASSWORD, password))),
    );
    const won = results.flatMap((r, i) => (r.status === "fulfilled" ? [candidates[i]!] : []));
    expect(won).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    // Either it lost the race at the update, or it started after the winner had committed.
    expect(lost.reason instanceof ConflictError || lost.reason instanceof ValidationError).toBe(
      true,
    );
    expect(await verifyPassword(await storedHash(doctor.id), won[0]!)).toBe(true);
    expect(await auditRows("auth.password_change")).toHaveLength(1);
  });
});
