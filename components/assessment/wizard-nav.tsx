"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { practice } from "@/lib/config";

export type SubmitStatus = "idle" | "submitting" | "failed";

type WizardNavProps = {
  isFirst: boolean;
  isLast: boolean;
  status: SubmitStatus;
  onBack: () => void;
  onRetry: () => void;
};

/** Back / Continue (or Submit on the last step), and the kind message when sending fails. */
export function WizardNav({ isFirst, isLast, status, onBack, onRetry }: WizardNavProps) {
  const submitting = status === "submitting";
  return (
    <div className="space-y-4">
      {isLast && status === "failed" ? (
        <Alert role="alert" tone="error" title="We could not send your assessment">
          <p>
            Something went wrong on our side or with the connection. Your answers are still saved on
            this device, so nothing is lost. Please try again in a moment. If it keeps happening,
            contact us at {practice.contact.email} or {practice.contact.phone}.
          </p>
          <Button variant="secondary" onClick={onRetry}>
            Try again
          </Button>
        </Alert>
      ) : null}
      <div className="flex flex-wrap-reverse items-center justify-between gap-3">
        {isFirst ? (
          <span />
        ) : (
          <Button variant="secondary" onClick={onBack} disabled={submitting}>
            Back
          </Button>
        )}
        <Button type="submit" disabled={submitting}>
          {isLast ? (submitting ? "Submitting…" : "Submit assessment") : "Continue"}
        </Button>
      </div>
      <p role="status" className="sr-only">
        {submitting ? "Sending your assessment…" : ""}
      </p>
    </div>
  );
}
