"use client";

import { Button } from "@/components/ui/button";

// A generic message only: the error's text may hold details of a patient, so it is never shown.
// The digest lets staff quote a reference that matches the server log.
export default function DashboardError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div
      role="alert"
      className="max-w-2xl space-y-4 rounded-md border-l-4 border-red-700 bg-red-50 p-6"
    >
      <h1 className="text-2xl font-semibold text-slate-900">Something went wrong</h1>
      <p className="text-slate-900">
        This page could not be loaded. Try again; if it keeps happening, tell the practice
        administrator
        {error.digest ? (
          <>
            {" "}
            and quote reference <span className="font-mono">{error.digest}</span>
          </>
        ) : null}
        .
      </p>
      <Button onClick={() => reset()}>Try again</Button>
    </div>
  );
}
