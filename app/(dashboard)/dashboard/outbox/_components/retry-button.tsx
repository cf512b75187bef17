"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "../../_lib/action-result";

type RetryButtonProps = {
  id: string;
  /** Names the message for screen readers: "Retry Reply ready to j***@example.com". */
  description: string;
  retry: (id: string) => Promise<ActionResult>;
};

export function RetryButton({ id, description, retry }: RetryButtonProps) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-1">
      <Button
        variant="secondary"
        className="min-h-10 px-3 py-1 text-sm"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await retry(id);
            setError(result.ok ? null : result.message);
          })
        }
      >
        {pending ? "Retrying…" : "Retry"}
        <span className="sr-only"> {description}</span>
      </Button>
      <p role="status" aria-live="polite" className="text-sm text-red-800">
        {error}
      </p>
    </div>
  );
}
