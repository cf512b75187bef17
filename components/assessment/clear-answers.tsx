"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/** "Clear my answers", confirmed inline (not window.confirm) so it works the same everywhere. */
export function ClearAnswers({ onClear }: { onClear: () => void }) {
  const [phase, setPhase] = useState<"idle" | "confirming" | "cleared">("idle");
  const questionRef = useRef<HTMLParagraphElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (phase === "confirming") questionRef.current?.focus();
    if (phase === "idle" && returnFocus.current) openerRef.current?.focus();
    returnFocus.current = false;
  }, [phase]);

  return (
    <div className="space-y-3 border-t border-slate-200 pt-6">
      <p className="text-sm text-slate-700">
        Your answers are saved on this device as you go, until you submit or clear them. On a shared
        computer, clear them when you finish.
      </p>
      {phase === "confirming" ? (
        <div className="space-y-3 rounded-md border-2 border-red-700 bg-red-50 p-4 text-slate-900">
          <p ref={questionRef} tabIndex={-1} className="font-semibold">
            Erase all your answers from this device and start again? This cannot be undone.
          </p>
          <div className="flex flex-wrap gap-3">
            <Button
              variant="danger"
              onClick={() => {
                onClear();
                setPhase("cleared");
              }}
            >
              Yes, erase my answers
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                returnFocus.current = true;
                setPhase("idle");
              }}
            >
              No, keep my answers
            </Button>
          </div>
        </div>
      ) : (
        <Button ref={openerRef} variant="secondary" onClick={() => setPhase("confirming")}>
          Clear my answers
        </Button>
      )}
      <p role="status" className="text-sm text-slate-700">
        {phase === "cleared" ? "Your answers were erased. You are back at step 1." : ""}
      </p>
    </div>
  );
}
