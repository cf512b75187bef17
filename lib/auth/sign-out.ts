import "server-only";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { revokeStaffSession, validateStaffSession } from "@/lib/dal/staff-sessions";

/**
 * Ends one staff session on the server: the row is revoked (so the cookie is worthless on every
 * instance, even if a copy of it survives) and the sign-out audited. Idempotent: a session already
 * revoked or expired is left as it is and not audited again. Called by the dashboard's sign-out
 * and by Auth.js's signOut event, which POST /api/auth/signout fires too.
 */
export async function endStaffSession(sessionId: string): Promise<void> {
  const session = await validateStaffSession(sessionId);
  await db().$transaction(async (tx) => {
    await revokeStaffSession(tx, sessionId);
    if (session) {
      await audit(tx, {
        action: "auth.sign_out",
        actor: session.actor,
        subject: { type: "session", id: sessionId },
      });
    }
  });
}
