import "server-only";
import { cache } from "react";
import { auth } from "@/lib/auth";
import { adminMfaRequired } from "@/lib/auth/login";
import type { Actor } from "@/lib/authorization";
import { UnauthenticatedError } from "@/lib/dal/errors";
import { validateStaffSession, type ValidSession } from "@/lib/dal/staff-sessions";

// Who is signed in, checked against Postgres on every request (once per render thanks to cache).
//
// REQUIRE_ADMIN_MFA: an ADMIN without TOTP gets a session whose getActor() is null — so no page,
// route or DAL call works for them — except through getEnrolmentActor(), which only the account
// page uses so they can enrol. The login page sends such a session to /dashboard/account.
// An invited user who still has the one-time password (mustChangePassword) is held the same way
// until they choose their own: the admin who handed it over must not be able to keep using it.

const currentSession = cache(async (): Promise<ValidSession | null> => {
  let session: unknown;
  try {
    session = await auth();
  } catch {
    return null; // a malformed or foreign cookie is simply "not signed in"
  }
  const sid = (session as { sid?: unknown } | null)?.sid;
  return typeof sid === "string" ? validateStaffSession(sid) : null;
});

export type SessionState =
  | { status: "signed_out" }
  | { status: "needs_password_change"; actor: Actor; sessionId: string }
  | { status: "needs_mfa_enrolment"; actor: Actor; sessionId: string }
  | { status: "active"; actor: Actor; sessionId: string };

export const getSessionState = cache(async (): Promise<SessionState> => {
  const s = await currentSession();
  // A session without a verified second factor for a user who has one is never usable.
  if (!s || (s.totpEnabled && !s.mfaPassed)) return { status: "signed_out" };
  // First the password (an invited admin then enrols TOTP with a password only they know).
  if (s.mustChangePassword) {
    return { status: "needs_password_change", actor: s.actor, sessionId: s.sessionId };
  }
  if (adminMfaRequired(s.actor.role, s.totpEnabled)) {
    return { status: "needs_mfa_enrolment", actor: s.actor, sessionId: s.sessionId };
  }
  return { status: "active", actor: s.actor, sessionId: s.sessionId };
});

/** The signed-in staff member, or null (also while MFA enrolment or a password change is due). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const state = await getSessionState();
  return state.status === "active" ? state.actor : null;
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

/**
 * For the account page only: also admits an admin who still has to enrol TOTP and a user who
 * still has to replace a one-time password.
 */
export async function getEnrolmentActor(): Promise<{ actor: Actor; sessionId: string } | null> {
  const state = await getSessionState();
  return state.status === "signed_out" ? null : { actor: state.actor, sessionId: state.sessionId };
}
