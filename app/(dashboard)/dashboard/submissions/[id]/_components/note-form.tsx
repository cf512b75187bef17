"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "../../../_lib/action-result";

type NoteFormProps = {
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
};

type NoteState = { result: ActionResult; body: string; attempt: number } | null;

/**
 * Adds an internal note. React resets a form after its action runs, so on an error the text is
 * put back (by remounting the textarea with it) rather than lost.
 */
export function NoteForm({ action }: NoteFormProps) {
  const [state, formAction, pending] = useActionState<NoteState, FormData>(
    async (previous, formData) => {
      const result = await action(previous?.result ?? null, formData);
      const body = result.ok ? "" : String(formData.get("body") ?? "");
      return { result, body, attempt: (previous?.attempt ?? 0) + 1 };
    },
    null,
  );
  const result = state?.result;
  const error = result && !result.ok ? (result.fields?.body ?? result.message) : undefined;
  return (
    <form action={formAction} className="space-y-3">
      <Field id="note-body" label="Add a note" hint="Only staff see notes." error={error}>
        {(aria) => (
          <textarea
            {...aria}
            key={state?.attempt ?? 0}
            name="body"
            rows={3}
            maxLength={5000}
            defaultValue={state?.body ?? ""}
            className={inputClass}
          />
        )}
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Adding…" : "Add note"}
      </Button>
      <p role="status" className="text-brand-800 text-sm font-semibold">
        {result?.ok ? "Note added." : null}
      </p>
    </form>
  );
}
