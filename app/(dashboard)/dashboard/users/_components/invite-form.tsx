"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { inviteUserAction } from "../actions";

export function InviteForm() {
  const [result, action, pending] = useActionState(inviteUserAction, null);
  const fields = result && !result.ok ? (result.fields ?? {}) : {};
  // Controlled, so a refused submission keeps what was typed (React resets uncontrolled fields).
  const [values, setValues] = useState({ email: "", name: "", role: "PHYSICIAN" });
  const bind = (name: keyof typeof values) => ({
    name,
    value: values[name],
    onChange: (e: { target: { value: string } }) =>
      setValues((v) => ({ ...v, [name]: e.target.value })),
  });
  return (
    <div className="space-y-4">
      {result?.ok ? (
        <Alert tone="info" role="status" title={`Account created for ${result.email}`}>
          <p>
            One-time password:{" "}
            <code className="rounded bg-white px-2 py-1 font-mono">{result.temporaryPassword}</code>
          </p>
          <p>It is shown only this once. Give it to the person directly, never by email.</p>
          <p>At their first sign-in they must replace it with a password of their own.</p>
        </Alert>
      ) : null}
      {result && !result.ok && !result.fields ? (
        <Alert tone="error" role="alert">
          {result.message}
        </Alert>
      ) : null}
      <form action={action} className="space-y-4">
        <Field id="invite-email" label="Email" error={fields.email}>
          {(aria) => (
            <input
              {...aria}
              {...bind("email")}
              type="email"
              autoComplete="off"
              className={inputClass}
              required
            />
          )}
        </Field>
        <Field id="invite-name" label="Name" error={fields.name}>
          {(aria) => (
            <input {...aria} {...bind("name")} autoComplete="off" className={inputClass} required />
          )}
        </Field>
        <Field id="invite-role" label="Role" error={fields.role}>
          {(aria) => (
            <select {...aria} {...bind("role")} className={inputClass}>
              <option value="PHYSICIAN">Physician</option>
              <option value="ADMIN">Administrator</option>
            </select>
          )}
        </Field>
        <Button type="submit" disabled={pending}>
          Invite
        </Button>
      </form>
    </div>
  );
}
