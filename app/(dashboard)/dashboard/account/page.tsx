import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import { adminMfaRequired } from "@/lib/auth/login";
import { getMfaView } from "@/lib/auth/mfa";
import { getEnrolmentActor, getSessionState } from "@/lib/auth/session";
import { PASSWORD_MIN_LENGTH } from "@/lib/password";
import { MfaPanel } from "./_components/mfa-panel";
import { PasswordForm } from "./_components/password-form";

export const metadata: Metadata = { title: "Your account" };

const h2Class = "text-xl font-semibold text-slate-900";

export default async function AccountPage() {
  const self = await getEnrolmentActor();
  if (!self) redirect("/login?next=/dashboard/account");
  const { actor } = self;
  const { status } = await getSessionState();
  const mustEnrol = status === "needs_mfa_enrolment";
  const mustChangePassword = status === "needs_password_change";
  const mfa = await getMfaView(actor);
  // After a password change: is the dashboard open, or is TOTP enrolment still due?
  const enrolmentDue = adminMfaRequired(actor.role, mfa.status === "enabled");

  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-2xl font-bold text-slate-900">Your account</h1>
      {mustChangePassword ? (
        <Alert tone="warning" title="Choose your own password">
          <p>
            You signed in with a one-time password from an administrator. Choose a new password
            below to continue to the dashboard.
          </p>
        </Alert>
      ) : null}
      {mustEnrol ? (
        <Alert tone="warning" title="Two-factor authentication is required">
          <p>
            The practice requires administrators to use an authenticator app. Set it up below to
            continue to the dashboard.
          </p>
        </Alert>
      ) : null}

      <section aria-labelledby="details-heading" className="space-y-2">
        <h2 id="details-heading" className={h2Class}>
          Details
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-slate-900">
          <dt className="font-semibold">Name</dt>
          <dd>{actor.name}</dd>
          <dt className="font-semibold">Email</dt>
          <dd>{actor.email}</dd>
          <dt className="font-semibold">Role</dt>
          <dd>{actor.role === "ADMIN" ? "Administrator" : "Physician"}</dd>
        </dl>
      </section>

      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className={h2Class}>
          Password
        </h2>
        <PasswordForm minLength={PASSWORD_MIN_LENGTH} offerContinue={!enrolmentDue} />
      </section>

      <section aria-labelledby="mfa-heading" className="space-y-3">
        <h2 id="mfa-heading" className={h2Class}>
          Two-factor authentication
        </h2>
        <MfaPanel view={mfa} />
      </section>

      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className={h2Class}>
          Sessions
        </h2>
        <p className="text-slate-700">
          Signs you out on every device and browser, this one included — for example after using a
          shared computer or losing a phone.
        </p>
        <form action={signOutEverywhereAction}>
          <Button type="submit" variant="secondary">
            Sign out of all sessions
          </Button>
        </form>
      </section>
    </div>
  );
}
