"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { setActiveAction } from "../actions";

/** Deactivate (signs the person out everywhere at once) or reactivate one account. */
export function ActiveToggle({
  userId,
  name,
  active,
}: {
  userId: string;
  name: string;
  active: boolean;
}) {
  const [result, action, pending] = useActionState(setActiveAction, null);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <Button
        type="submit"
        variant={active ? "danger" : "secondary"}
        disabled={pending}
        className="min-h-9 px-3 py-1 text-sm"
      >
        {active ? "Deactivate" : "Reactivate"}
        <span className="sr-only"> {name}</span>
      </Button>
      {result && !result.ok ? (
        <p role="alert" className="text-sm font-semibold text-red-700">
          {result.message}
        </p>
      ) : null}
    </form>
  );
}
