"use server";

import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { auth, signIn, signOut } from "@/lib/auth";
import { MFA_CODE_ERROR, SIGN_IN_ERROR } from "@/lib/auth/messages";
import { safeNextPath } from "@/lib/auth/safe-next";
import { needsAccountSetup } from "@/lib/auth/login";
import { getEnrolmentActor } from "@/lib/auth/session";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { revokeAllSessions } from "@/lib/dal/staff-sessions";
import { endStaffSession } from "@/lib/auth/sign-out";
import { formText } from "@/lib/http/body";

// Server actions of the sign-in flow. The credential checks themselves live in lib/auth/login.ts
// (reached through Auth.js's authorize), so these only translate outcomes for the form.

export type LoginState = { step: "password" | "mfa"; error?: string };

export async function loginAction(previous: LoginState, form: FormData): Promise<LoginState> {
  const step = previous.step;
  try {
    await signIn("credentials", {
      email: formText(form, "email"),
      password: formText(form, "password"),
      code: step === "mfa" ? formText(form, "code") : "",
      redirect: false,
    });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "mfa_required") return { step: "mfa" };
    if (error instanceof AuthError) {
      return { step, error: step === "mfa" ? MFA_CODE_ERROR : SIGN_IN_ERROR };
    }
    throw error;
  }
  // A fresh session of an admin who must enrol TOTP, or of an invited user who must replace the
  // one-time password, goes straight to the account page, which says why.
  // (Checked in the database: auth() would still read the request's old cookie here.)
  if (await needsAccountSetup(formText(form, "email"))) redirect("/dashboard/account");
  redirect(safeNextPath(formText(form, "next")));
}

async function currentSid(): Promise<string | null> {
  const session = (await auth().catch(() => null)) as { sid?: unknown } | null;
  return typeof session?.sid === "string" ? session.sid : null;
}

/**
 * Ends this browser's session: the StaffSession row is revoked, then the cookie cleared. (Auth.js's
 * signOut event revokes it too; doing it first here means a database error keeps the cookie and
 * shows an error rather than signing out in appearance only.)
 */
export async function signOutAction(): Promise<void> {
  const sid = await currentSid();
  if (sid) await endStaffSession(sid);
  await signOut({ redirect: false });
  redirect("/login");
}

/** "Sign out of all sessions": every device of this user, this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  const current = await getEnrolmentActor();
  if (current) {
    await db().$transaction(async (tx) => {
      await revokeAllSessions(tx, current.actor.id);
      await audit(tx, {
        action: "auth.sign_out",
        actor: current.actor,
        subject: { type: "user", id: current.actor.id },
        details: { scope: "all_sessions" },
      });
    });
  }
  await signOut({ redirect: false });
  redirect("/login");
}
