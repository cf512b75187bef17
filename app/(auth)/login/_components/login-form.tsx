"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { loginAction, type LoginState } from "@/lib/auth/actions";

const initial: LoginState = { step: "password" };

/**
 * Email and password, then — only for accounts with TOTP — the authentication code. The fields are
 * controlled so the second step can resend what the user typed; the server never echoes them back.
 */
export function LoginForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(loginAction, initial);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const errorRef = useRef<HTMLDivElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.error) errorRef.current?.focus();
    else if (state.step === "mfa") codeRef.current?.focus();
  }, [state]);

  const mfa = state.step === "mfa";
  return (
    <form action={action} className="mt-6 space-y-5">
      <div aria-live="polite">
        {state.error ? (
          <Alert tone="error" role="alert">
            <div ref={errorRef} tabIndex={-1} className="outline-none">
              {state.error}
            </div>
          </Alert>
        ) : null}
      </div>
      <input type="hidden" name="next" value={next} />
      {mfa ? (
        <>
          <input type="hidden" name="email" value={email} />
          <input type="hidden" name="password" value={password} />
          <Field
            id="code"
            label="Authentication code"
            hint="The 6-digit code from your authenticator app, or one of your recovery codes."
          >
            {(aria) => (
              <input
                {...aria}
                ref={codeRef}
                name="code"
                className={inputClass}
                inputMode="text"
                autoComplete="one-time-code"
                autoCapitalize="off"
                spellCheck={false}
                maxLength={20}
                required
              />
            )}
          </Field>
        </>
      ) : (
        <>
          <Field id="email" label="Email">
            {(aria) => (
              <input
                {...aria}
                name="email"
                type="email"
                className={inputClass}
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                maxLength={254}
                required
              />
            )}
          </Field>
          <Field id="password" label="Password">
            {(aria) => (
              <input
                {...aria}
                name="password"
                type="password"
                className={inputClass}
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                maxLength={1024}
                required
              />
            )}
          </Field>
        </>
      )}
      <Button type="submit" className="w-full" disabled={pending}>
        {mfa ? "Verify" : "Sign in"}
      </Button>
    </form>
  );
}
