import { beforeEach, describe, expect, it } from "vitest";
import { attemptLogin } from "@/lib/auth/login";
import { beginMfaEnrolment, confirmMfaEnrolment, disableMfa, getMfaView } from "@/lib/auth/mfa";
import type { Actor } from "@/lib/authorization";
import { ConflictError } from "@/lib/dal/errors";
import { generateTotpCode, totpStepAt } from "@/lib/totp";
import { query } from "../support/db";
import { PASSWORD, auditRows, makeStaff, resetAuthData } from "../support/auth-fixtures";

// RFC 6238 §5.2: a TOTP code is accepted once. Someone who watches a code being typed (or
// intercepts it) cannot use it again within its 30-second period, nor within the ±1 period the
// server tolerates for clock drift. Time is passed in, never slept.

// On a period boundary, so T0 + n * 30 s is exactly step n further on.
const T0 = new Date(Math.ceil(Date.UTC(2026, 10, 25, 11) / 30_000) * 30_000);
const period = (n: number, seconds = 0) => new Date(T0.getTime() + n * 30_000 + seconds * 1000);
const ip = "10.7.0.1";
const INVALID = { ok: false, reason: "invalid" };

let doctor: Actor;
let secret: string;
let sessionId: string;

const lastStep = async () =>
  (
    await query<{ totp_last_step: number | null }>(
      `SELECT totp_last_step FROM "user" WHERE id = $1`,
      [doctor.id],
    )
  )[0]!.totp_last_step;

const login = (code: string, now: Date) =>
  attemptLogin({ email: doctor.email, password: PASSWORD, code, ip }, now);

/** Enrols TOTP for the doctor with the code of period 0. */
beforeEach(async () => {
  await resetAuthData();
  doctor = await makeStaff("PHYSICIAN");
  const first = await attemptLogin({ email: doctor.email, password: PASSWORD, ip }, T0);
  if (!first.ok) throw new Error("expected sign-in to succeed");
  sessionId = first.sessionId;
  await beginMfaEnrolment(doctor);
  const view = await getMfaView(doctor);
  if (view.status !== "pending") throw new Error("expected a pending enrolment");
  secret = view.secret;
  await confirmMfaEnrolment({ actor: doctor, sessionId }, generateTotpCode(secret, T0), T0);
});

describe("TOTP codes are single use", () => {
  it("uses up the code that confirmed enrolment: it cannot then sign in", async () => {
    expect(await lastStep()).toBe(totpStepAt(T0));
    expect(await login(generateTotpCode(secret, T0), period(0, 10))).toEqual(INVALID);
    expect((await auditRows("auth.sign_in_failed")).at(-1)?.details).toEqual({
      reason: "replayed_mfa_code",
    });
  });

  it("accepts a fresh code once; the same code again is refused, also after a correct one", async () => {
    const code = generateTotpCode(secret, period(1));
    expect(await login(code, period(1, 5))).toMatchObject({ ok: true });
    expect(await lastStep()).toBe(totpStepAt(period(1)));
    // Within its own period and within the drift window of the next one: refused both times.
    expect(await login(code, period(1, 20))).toEqual(INVALID);
    expect(await login(code, period(2, 5))).toEqual(INVALID);
    // The next period's code works, and the step moves on.
    expect(await login(generateTotpCode(secret, period(2)), period(2, 6))).toMatchObject({
      ok: true,
    });
    expect(await lastStep()).toBe(totpStepAt(period(2)));
    const outcomes = (await auditRows())
      .filter((r) => r.action.startsWith("auth.sign_in"))
      .slice(1) // the password-only sign-in that started enrolment
      .map((r) => [r.action, r.details]);
    expect(outcomes).toEqual([
      ["auth.sign_in", { mfa: "totp" }],
      ["auth.sign_in_failed", { reason: "replayed_mfa_code" }],
      ["auth.sign_in_failed", { reason: "replayed_mfa_code" }],
      ["auth.sign_in", { mfa: "totp" }],
    ]);
  });

  it("refuses an older code once a newer step was accepted (phone clock ahead)", async () => {
    // At period 3 the server accepts the code of period 4 (drift window), then period 3's own code
    // is older than what was used and is refused.
    expect(await login(generateTotpCode(secret, period(4)), period(3, 1))).toMatchObject({
      ok: true,
    });
    expect(await login(generateTotpCode(secret, period(3)), period(3, 2))).toEqual(INVALID);
    expect(await lastStep()).toBe(totpStepAt(period(4)));
  });

  it("lets only one of two simultaneous sign-ins with the same code through", async () => {
    const code = generateTotpCode(secret, period(5));
    const results = await Promise.all([login(code, period(5, 1)), login(code, period(5, 1))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([INVALID]);
    const [sessions] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM staff_session WHERE user_id = $1`,
      [doctor.id],
    );
    expect(sessions!.n).toBe(2); // the enrolment sign-in and the one winner
  });

  it("does not count a wrong code as used", async () => {
    const accepted = [5, 6, 7].map((n) => generateTotpCode(secret, period(n)));
    const wrong = ["000000", "111111", "222222", "333333"].find((c) => !accepted.includes(c))!;
    expect(await login(wrong, period(6, 1))).toEqual(INVALID);
    expect(await lastStep()).toBe(totpStepAt(T0));
    expect(await login(generateTotpCode(secret, period(6)), period(6, 2))).toMatchObject({
      ok: true,
    });
  });

  it("forgets the step when MFA is turned off, and a confirming code cannot be used twice", async () => {
    await disableMfa({ actor: doctor, sessionId }, PASSWORD, period(7));
    expect(await lastStep()).toBeNull();

    await beginMfaEnrolment(doctor);
    const view = await getMfaView(doctor);
    if (view.status !== "pending") throw new Error("expected a pending enrolment");
    const code = generateTotpCode(view.secret, period(8));
    await confirmMfaEnrolment({ actor: doctor, sessionId }, code, period(8));
    await expect(
      confirmMfaEnrolment({ actor: doctor, sessionId }, code, period(8, 1)),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await lastStep()).toBe(totpStepAt(period(8)));
  });
});
