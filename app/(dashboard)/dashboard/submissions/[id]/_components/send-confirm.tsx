"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

type SendConfirmProps = { sending: boolean; onConfirm: () => void; onCancel: () => void };

/** Inline confirmation before an irreversible send; focus moves into it so keyboard users land on it. */
export function SendConfirm({ sending, onConfirm, onCancel }: SendConfirmProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-labelledby="send-confirm-text"
      className="space-y-3 rounded-md border-l-4 border-amber-600 bg-amber-50 p-4"
    >
      <p id="send-confirm-text" className="font-semibold text-slate-900">
        Send this reply to the patient? It cannot be edited after sending.
      </p>
      <div className="flex flex-wrap gap-3">
        <Button onClick={onConfirm} disabled={sending}>
          {sending ? "Sending…" : "Yes, send"}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={sending}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
