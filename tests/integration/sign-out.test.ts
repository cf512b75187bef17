import { beforeEach, describe, expect, it } from "vitest";
import { endStaffSession } from "@/lib/auth/sign-out";
import { db } from "@/lib/db";
import { createStaffSession, validateStaffSession } from "@/lib/dal/staff-sessions";
import { auditRows, makeStaff, resetAuthData } from "../support/auth-fixtures";

// What every sign-out runs — the dashboard's and Auth.js's signOut event behind
// POST /api/auth/signout (that route itself is exercised end to end in tests/e2e/security.spec.ts).

beforeEach(resetAuthData);

describe("endStaffSession", () => {
  it("revokes the session at once and audits the sign-out once, however often it is called", async () => {
    const user = await makeStaff("PHYSICIAN");
    const sid = await db().$transaction((tx) =>
      createStaffSession(tx, { userId: user.id, version: 0, mfaPassed: true }),
    );
    expect(await validateStaffSession(sid)).not.toBeNull();

    await endStaffSession(sid);
    await endStaffSession(sid);
    expect(await validateStaffSession(sid)).toBeNull();
    const events = await auditRows("auth.sign_out");
    expect(events).toEqual([
      expect.objectContaining({ actor_id: user.id, subject_id: sid, action: "auth.sign_out" }),
    ]);
  });

  it("ignores an id that names no session", async () => {
    await endStaffSession("not-a-session");
    await endStaffSession("6b3c9a1e-0000-4000-8000-000000000000");
    expect(await auditRows("auth.sign_out")).toEqual([]);
  });
});
