"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { changePasswordAction } from "../actions";

const fields = [
  { name: "currentPassword", label: "Current password", autoComplete: "current-password" },
  { name: "newPassword", label: "New password", autoComplete: "new-password" },
  { name: "confirmPassword", label: "Confirm new password", autoComplete: "new-password" },
] as const;

type PasswordFormProps = {
  /** From lib/password.ts on the server (which this client file cannot import: native argon2). */
  minLength: number;
  /** False while an admin must still enrol TOTP: the dashboard stays closed until then. */
  offerContinue: boolean;
};

/** Change the signed-in user's password. Fields are uncontrolled: React clears them after a try. */
export function PasswordForm({ minLength, offerContinue }: PasswordFormProps) {
  const [result, action, pending] = useActionState(changePasswordAction, null);
  const errors = result && !result.ok ? (result.fields ?? {}) : {};
  return (
    <div className="space-y-4">
      {result?.ok ? (
        <Alert tone="info" role="status" title="Password changed">
          <p>Any other sessions you had open have been signed out.</p>
          {offerContinue ? (
            <p>
              <Link
                href="/dashboard"
                className="text-brand-700 font-semibold underline underline-offset-4"
              >
                Continue to the dashboard
              </Link>
            </p>
          ) : null}
        </Alert>
      ) : null}
      {result && !result.ok && !result.fields ? (
        <Alert tone="error" role="alert">
          {result.message}
        </Alert>
      ) : null}
      <form action={action} className="max-w-sm space-y-3">
        {fields.map((field) => (
          <Field
            key={field.name}
            id={`password-${field.name}`}
            label={field.label}
            hint={
              field.name === "newPassword"
                ? `At least ${minLength} characters; a short sentence works well.`
                : undefined
            }
            error={errors[field.name]}
          >
            {(aria) => (
              <input
                {...aria}
                name={field.name}
                type="password"
                autoComplete={field.autoComplete}
                className={inputClass}
                required
              />
            )}
          </Field>
        ))}
        <Button type="submit" disabled={pending}>
          Change password
        </Button>
      </form>
    </div>
  );
}
