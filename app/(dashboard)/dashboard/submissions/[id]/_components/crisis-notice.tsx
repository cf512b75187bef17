"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "../../../_lib/action-result";

type CrisisNoticeProps = {
  acknowledged: { at: string; by: string | null } | null;
  action: () => Promise<ActionResult>;
};

/** The crisis flag at the top of the submission: act today, then acknowledge to clear the banner. */
export function CrisisNotice({ acknowledged, action }: CrisisNoticeProps) {
  const [state, formAction, pending] = useActionState(action, null);
  if (acknowledged) {
    return (
      <p className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-slate-900">
        Crisis answer acknowledged by {acknowledged.by ?? "a former staff member"} on{" "}
        {acknowledged.at}.
      </p>
    );
  }
  return (
    <form
      action={formAction}
      className="space-y-3 rounded-md border-l-8 border-red-700 bg-red-50 p-4 text-slate-900"
    >
      <p className="font-semibold">
        Crisis answer: contact this patient today. The practice inbox was alerted when it arrived.
      </p>
      <p>
        Acknowledge once you have taken this on; the banner on every dashboard page then clears. The
        acknowledgement is recorded in the audit log.
      </p>
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Acknowledging…" : "Acknowledge"}
      </Button>
      <p role="status" className="text-sm font-semibold text-red-700">
        {state && !state.ok ? state.message : null}
      </p>
    </form>
  );
}
