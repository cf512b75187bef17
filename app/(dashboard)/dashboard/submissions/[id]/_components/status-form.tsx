"use client";

import { useActionState } from "react";
import type { SubmissionStatus } from "@/lib/contracts/staff";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { statusLabels } from "@/components/dashboard/badges";
import type { ActionResult } from "../../../_lib/action-result";

type StatusFormProps = {
  current: SubmissionStatus;
  /** Statuses staff may move to from the current one (REPLIED only comes from sending). */
  options: SubmissionStatus[];
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
};

export function StatusForm({ current, options, action }: StatusFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  if (options.length === 0) {
    return <p className="text-slate-800">No manual status change is possible from here.</p>;
  }
  return (
    <form action={formAction} className="space-y-3">
      <div className="space-y-1.5">
        <label htmlFor="status-select" className="block font-semibold text-slate-900">
          Move to
        </label>
        <select
          id="status-select"
          name="status"
          defaultValue={options[0]}
          aria-describedby="status-current"
          className={inputClass}
        >
          {options.map((s) => (
            <option key={s} value={s}>
              {statusLabels[s]}
            </option>
          ))}
        </select>
        <p id="status-current" className="text-sm text-slate-700">
          Current status: {statusLabels[current]}
        </p>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Updating…" : "Update status"}
      </Button>
      <p role="status" className="text-sm font-semibold">
        {state?.ok ? <span className="text-brand-800">Status updated.</span> : null}
        {state && !state.ok ? <span className="text-red-700">{state.message}</span> : null}
      </p>
    </form>
  );
}
