import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authorization";
import { db } from "@/lib/db";
import {
  createStaffSession,
  revokeAllSessions,
  revokeStaffSession,
  validateStaffSession,
} from "@/lib/dal/staff-sessions";
import { deactivateUser, reactivateUser } from "@/lib/dal/users";
import { query } from "../support/db";
import { makeStaff, resetAuthData } from "../support/auth-fixtures";

// Server-side sessions behind the Auth.js cookie: idle and absolute expiry (defaults 30 min and
// 12 h), sign-out, deactivation and session-version revocation all take effect at once.

const T0 = new Date("2026-11-25T08:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

async function startSession(user: Actor, now = T0): Promise<string> {
  const [row] = await query<{ session_version: number }>(
    `SELECT session_version FROM "user" WHERE id = $1`,
    [user.id],
  );
  return db().$transaction((tx) =>
    createStaffSession(
      tx,
      { userId: user.id, version: row!.session_version, mfaPassed: true },
      now,
    ),
  );
}

const lastSeen = async (sid: string) =>
  (
    await query<{ last_seen_at: Date }>("SELECT last_seen_at FROM staff_session WHERE id = $1", [
      sid,
    ])
  )[0]!.last_seen_at;

let doctor: Actor;
beforeEach(async () => {
  await resetAuthData();
  doctor = await makeStaff("PHYSICIAN");
});

describe("expiry", () => {
  it("returns the actor for a fresh session, with no secrets", async () => {
    const sid = await startSession(doctor);
    const valid = await validateStaffSession(sid, at(1));
    expect(valid).toEqual({
      sessionId: sid,
      actor: doctor,
      mfaPassed: true,
      totpEnabled: false,
      mustChangePassword: false,
    });
  });

  it("ends a session idle for more than 30 minutes", async () => {
    const sid = await startSession(doctor);
    expect(await validateStaffSession(sid, at(30))).not.toBeNull();
    const other = await startSession(doctor);
    expect(await validateStaffSession(other, at(31))).toBeNull();
  });

  it("keeps an active session alive, touching lastSeenAt at most once a minute", async () => {
    const sid = await startSession(doctor);
    await validateStaffSession(sid, new Date(T0.getTime() + 30_000));
    expect((await lastSeen(sid)).getTime()).toBe(T0.getTime());
    await validateStaffSession(sid, at(2));
    expect((await lastSeen(sid)).getTime()).toBe(at(2).getTime());
    // Each visit within 30 minutes of the last keeps it going past the first 30 minutes.
    expect(await validateStaffSession(sid, at(31))).not.toBeNull();
    expect(await validateStaffSession(sid, at(60))).not.toBeNull();
  });

  it("ends a session 12 hours after sign-in however active it is", async () => {
    const sid = await startSession(doctor);
    for (let m = 20; m < 12 * 60; m += 20)
      expect(await validateStaffSession(sid, at(m))).not.toBeNull();
    expect(await validateStaffSession(sid, at(12 * 60))).toBeNull();
  });

  it("refuses an unknown or malformed session id", async () => {
    expect(await validateStaffSession("00000000-0000-4000-8000-000000000000", T0)).toBeNull();
    expect(await validateStaffSession("not-a-uuid' OR 1=1 --", T0)).toBeNull();
  });
});

describe("revocation", () => {
  it("sign-out revokes that session only", async () => {
    const [a, b] = [await startSession(doctor), await startSession(doctor)];
    await db().$transaction((tx) => revokeStaffSession(tx, a, at(1)));
    expect(await validateStaffSession(a, at(2))).toBeNull();
    expect(await validateStaffSession(b, at(2))).not.toBeNull();
  });

  it("a sessionVersion bump revokes every session of the user, even rows not marked revoked", async () => {
    const sid = await startSession(doctor);
    await query(`UPDATE "user" SET session_version = session_version + 1 WHERE id = $1`, [
      doctor.id,
    ]);
    expect(await validateStaffSession(sid, at(1))).toBeNull();
    const [row] = await query<{ revoked_at: Date | null }>(
      "SELECT revoked_at FROM staff_session WHERE id = $1",
      [sid],
    );
    expect(row!.revoked_at).toBeNull();
  });

  it("sign-out everywhere can keep the current device", async () => {
    const [here, there] = [await startSession(doctor), await startSession(doctor)];
    await db().$transaction((tx) => revokeAllSessions(tx, doctor.id, at(1), here));
    expect(await validateStaffSession(here, at(2))).not.toBeNull();
    expect(await validateStaffSession(there, at(2))).toBeNull();
  });

  it("deactivating a user ends all their sessions at once; reactivating does not revive them", async () => {
    const admin = await makeStaff("ADMIN");
    const adminSession = await startSession(admin);
    const sessions = [await startSession(doctor), await startSession(doctor)];
    await deactivateUser(admin, doctor.id);
    for (const sid of sessions) expect(await validateStaffSession(sid, at(1))).toBeNull();
    expect(await validateStaffSession(adminSession, at(1))).not.toBeNull();
    const revoked = await query(
      "SELECT id FROM staff_session WHERE user_id = $1 AND revoked_at IS NOT NULL",
      [doctor.id],
    );
    expect(revoked).toHaveLength(2);

    await reactivateUser(admin, doctor.id);
    for (const sid of sessions) expect(await validateStaffSession(sid, at(2))).toBeNull();
    expect(await validateStaffSession(await startSession(doctor, at(2)), at(3))).not.toBeNull();
  });
});
