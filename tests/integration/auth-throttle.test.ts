import { beforeEach, describe, expect, it } from "vitest";
import { attemptLogin } from "@/lib/auth/login";
import { throttleRules } from "@/lib/dal/login-throttle";
import { encryptTotpSecret, generateTotpCode } from "@/lib/totp";
import { env } from "@/lib/env";
import { query } from "../support/db";
import { PASSWORD, auditRows, makeStaff, resetAuthData } from "../support/auth-fixtures";

// Brute force against staff sign-in: per-account and per-IP locks in Postgres, one outcome for
// every failure, and locks that lift by themselves. Time is passed in, never slept.

const T0 = new Date("2026-11-25T09:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const INVALID = { ok: false, reason: "invalid" };

let email: string;
beforeEach(async () => {
  await resetAuthData();
  email = (await makeStaff("PHYSICIAN")).email;
});

describe("per-account throttling", () => {
  it("locks the account after 5 failures, even for the right password, then unlocks by itself", async () => {
    expect(throttleRules.account.limit).toBe(5);
    for (let i = 0; i < 5; i++) {
      expect(
        await attemptLogin({ email, password: `wrong-guess-${i}`, ip: "10.0.0.1" }, at(i)),
      ).toEqual(INVALID);
    }
    // Locked: the real password from another address is refused with the same outcome.
    expect(await attemptLogin({ email, password: PASSWORD, ip: "10.0.0.2" }, at(6))).toEqual(
      INVALID,
    );
    expect((await auditRows("auth.sign_in_failed")).at(-1)?.details).toEqual({ reason: "locked" });
    expect(await auditRows("auth.sign_in")).toHaveLength(0);

    // After the 15-minute lock the real user signs in, and the account's counter is cleared.
    const ok = await attemptLogin({ email, password: PASSWORD, ip: "10.0.0.2" }, at(4 + 15 + 1));
    expect(ok).toMatchObject({ ok: true });
    expect(
      await query("SELECT * FROM login_throttle WHERE key = $1", [`account:${email}`]),
    ).toHaveLength(0);
  });

  it("counts failures in a window: a success resets them, so 4 + 4 failures do not lock", async () => {
    for (let i = 0; i < 4; i++)
      await attemptLogin({ email, password: "nope-nope-nope", ip: "10.0.1.1" }, at(i));
    expect(await attemptLogin({ email, password: PASSWORD, ip: "10.0.1.1" }, at(5))).toMatchObject({
      ok: true,
    });
    for (let i = 0; i < 4; i++)
      await attemptLogin({ email, password: "nope-nope-nope", ip: "10.0.1.1" }, at(6 + i));
    expect(await attemptLogin({ email, password: PASSWORD, ip: "10.0.1.1" }, at(11))).toMatchObject(
      { ok: true },
    );
  });

  it("starts a new window once 15 minutes have passed since the first failure", async () => {
    for (let i = 0; i < 4; i++)
      await attemptLogin({ email, password: "nope-nope-nope", ip: "10.0.2.1" }, at(i));
    // The fifth failure falls into a fresh window, so it is failure 1 of that window: no lock.
    await attemptLogin({ email, password: "nope-nope-nope", ip: "10.0.2.1" }, at(16));
    expect(await attemptLogin({ email, password: PASSWORD, ip: "10.0.2.1" }, at(17))).toMatchObject(
      { ok: true },
    );
  });
});

// Twenty-odd argon2 verifications: allow for a busy machine.
describe("per-IP throttling", { timeout: 120_000 }, () => {
  it("locks an address that sprays 20 accounts, while other addresses still sign in", async () => {
    expect(throttleRules.ip.limit).toBe(20);
    for (let i = 0; i < 20; i++) {
      await attemptLogin(
        { email: `nobody${i}@clinic.example`, password: "spray-password-1", ip: "203.0.113.9" },
        at(0),
      );
    }
    expect(await attemptLogin({ email, password: PASSWORD, ip: "203.0.113.9" }, at(1))).toEqual(
      INVALID,
    );
    expect(
      await attemptLogin({ email, password: PASSWORD, ip: "198.51.100.7" }, at(1)),
    ).toMatchObject({ ok: true });
    expect(
      await attemptLogin({ email, password: PASSWORD, ip: "203.0.113.9" }, at(16)),
    ).toMatchObject({ ok: true });
  });
});

describe("no account enumeration", () => {
  it("gives an unknown email, a wrong password and a deactivated account the same outcome", async () => {
    const inactive = await makeStaff("PHYSICIAN", { active: false });
    const unknown = await attemptLogin(
      { email: "ghost@clinic.example", password: PASSWORD, ip: "10.0.3.1" },
      at(0),
    );
    const wrong = await attemptLogin(
      { email, password: "not-the-password", ip: "10.0.3.1" },
      at(0),
    );
    const deactivated = await attemptLogin(
      { email: inactive.email, password: PASSWORD, ip: "10.0.3.1" },
      at(0),
    );
    expect(unknown).toEqual(INVALID);
    expect(wrong).toEqual(unknown);
    expect(deactivated).toEqual(unknown);
    // The reasons are in the audit log for admins, with the tried email and the address.
    const rows = await auditRows("auth.sign_in_failed");
    expect(rows.map((r) => (r.details as { reason: string }).reason)).toEqual([
      "unknown_email",
      "bad_password",
      "inactive",
    ]);
    expect(rows[0]).toMatchObject({
      actor_email: "ghost@clinic.example",
      actor_id: null,
      ip: "10.0.3.1",
    });
  });

  it("matches emails case-insensitively and throttles them under one key", async () => {
    for (let i = 0; i < 5; i++) {
      await attemptLogin(
        {
          email: i % 2 ? email.toUpperCase() : ` ${email} `,
          password: "wrong-wrong-1",
          ip: "10.0.4.1",
        },
        at(i),
      );
    }
    expect(await attemptLogin({ email, password: PASSWORD, ip: "10.0.4.2" }, at(6))).toEqual(
      INVALID,
    );
  });
});

describe("second factor", () => {
  it("asks for the code without counting a failure, and counts wrong codes toward the lock", async () => {
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    await query(`UPDATE "user" SET totp_secret = $1, totp_enabled_at = now() WHERE email = $2`, [
      encryptTotpSecret(secret, env().AUTH_SECRET),
      email,
    ]);
    for (let i = 0; i < 6; i++) {
      expect(await attemptLogin({ email, password: PASSWORD, ip: "10.0.5.1" }, at(i))).toEqual({
        ok: false,
        reason: "mfa_required",
      });
    }
    const good = generateTotpCode(secret, at(6));
    expect(
      await attemptLogin({ email, password: PASSWORD, code: good, ip: "10.0.5.1" }, at(6)),
    ).toMatchObject({ ok: true });

    for (let i = 0; i < 5; i++) {
      expect(
        await attemptLogin({ email, password: PASSWORD, code: "000000", ip: "10.0.5.1" }, at(7)),
      ).toEqual(INVALID);
    }
    const later = generateTotpCode(secret, at(8));
    expect(
      await attemptLogin({ email, password: PASSWORD, code: later, ip: "10.0.5.1" }, at(8)),
    ).toEqual(INVALID);
  });
});
