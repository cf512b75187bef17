"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";

/** The recovery codes, shown exactly once after enrolment. Focus moves here so it is not missed. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="space-y-3 outline-none">
      <Alert tone="info" role="status" title="Two-factor authentication is on">
        <p>
          Save these recovery codes somewhere safe, such as a password manager. Each one signs you
          in once if you lose your phone. <strong>They will not be shown again.</strong>
        </p>
      </Alert>
      <ul
        aria-label="Recovery codes"
        className="grid max-w-md grid-cols-2 gap-2 rounded-md border border-slate-300 bg-white p-4 font-mono text-slate-900"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <p>
        <Link
          href="/dashboard"
          className="text-brand-700 font-semibold underline underline-offset-4"
        >
          I have saved them — continue to the dashboard
        </Link>
      </p>
    </div>
  );
}
