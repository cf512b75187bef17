"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { MfaView } from "@/lib/auth/mfa";
import { confirmMfaAction, disableMfaAction, startMfaAction } from "../actions";
import { RecoveryCodes } from "./recovery-codes";

const startAction = async () => startMfaAction();

/** Set up, confirm and turn off the authenticator-app second factor of the signed-in user. */
export function MfaPanel({ view }: { view: MfaView }) {
  const [started, start, starting] = useActionState(startAction, null);
  const [confirmed, confirm, confirming] = useActionState(confirmMfaAction, null);
  const [disabled, disable, disabling] = useActionState(disableMfaAction, null);

  // Shown once, right after enrolment; the server keeps only their hashes.
  if (confirmed?.ok) return <RecoveryCodes codes={confirmed.recoveryCodes} />;

  if (view.status === "enabled") {
    const error = disabled && !disabled.ok ? disabled : null;
    return (
      <div className="space-y-4">
        <p className="text-slate-900">
          <strong>On.</strong> Sign-in asks for a code from your authenticator app.{" "}
          {view.recoveryCodesLeft} of 10 recovery codes left.
        </p>
        <form action={disable} className="max-w-sm space-y-3">
          <Field
            id="mfa-password"
            label="Password"
            hint="To turn two-factor authentication off, confirm your password."
            error={error?.fields?.password ?? (error && !error.fields ? error.message : undefined)}
          >
            {(aria) => (
              <input
                {...aria}
                name="password"
                type="password"
                autoComplete="current-password"
                className={inputClass}
                required
              />
            )}
          </Field>
          <Button type="submit" variant="danger" disabled={disabling}>
            Turn off two-factor authentication
          </Button>
        </form>
      </div>
    );
  }

  if (view.status === "pending") {
    const error = confirmed && !confirmed.ok ? confirmed : null;
    return (
      <div className="space-y-4">
        <ol className="list-decimal space-y-1 pl-6 text-slate-900">
          <li>Open an authenticator app (for example 1Password, Google Authenticator or Authy).</li>
          <li>Scan the QR code, or type the key shown below it.</li>
          <li>Enter the 6-digit code the app shows.</li>
        </ol>
        {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL, nothing to optimise */}
        <img
          src={view.qrDataUrl}
          width={240}
          height={240}
          alt="QR code for your authenticator app. If you cannot scan it, type the setup key shown below."
          className="rounded border border-slate-300"
        />
        <p className="text-slate-900">
          Setup key:{" "}
          <code className="rounded bg-slate-100 px-2 py-1 font-mono break-all">
            {view.secret.match(/.{1,4}/g)?.join(" ")}
          </code>
        </p>
        <form action={confirm} className="max-w-sm space-y-3">
          <Field
            id="mfa-code"
            label="Verification code"
            error={error?.fields?.code ?? (error && !error.fields ? error.message : undefined)}
          >
            {(aria) => (
              <input
                {...aria}
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9]{6}"
                maxLength={6}
                className={inputClass}
                required
              />
            )}
          </Field>
          <Button type="submit" disabled={confirming}>
            Turn on two-factor authentication
          </Button>
        </form>
      </div>
    );
  }

  return (
    <div className="space-y-3">
      <p className="text-slate-900">
        <strong>Off.</strong> Add a second step to sign-in with a code from an authenticator app.
      </p>
      {started && !started.ok ? (
        <Alert tone="error" role="alert">
          {started.message}
        </Alert>
      ) : null}
      <form action={start}>
        <Button type="submit" disabled={starting}>
          Set up two-factor authentication
        </Button>
      </form>
    </div>
  );
}
