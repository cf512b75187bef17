"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { practice } from "@/lib/config";

export type SubmitStatus = "idle" | "submitting" | "failed" | "unverified" | "rate_limited";

const saved = "Your answers are still saved on this device, so nothing is lost.";

/** Why sending failed, in the patient's terms; every case keeps the answers and offers a retry. */
const failures: Record<
  Exclude<SubmitStatus, "idle" | "submitting">,
  { title: string; text: string }
> = {
  failed: {
    title: "We could not send your assessment",
    text: `Something went wrong on our side or with the connection. ${saved} Please try again in a moment.`,
  },
  unverified: {
    title: "Your browser could not finish our automatic spam check",
    text: `Before an assessment is sent, this page does a short calculation in the background to show it comes from a person's browser, not a spam program. It did not finish. ${saved} Please try again; if it fails again, reload the page or try another up-to-date browser.`,
  },
  rate_limited: {
    title: "Too many assessments were sent from your network",
    text: `To stop spam we accept a limited number of assessments from one internet connection each hour. ${saved} Please try again in an hour.`,
  },
};

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
      {isLast && status !== "idle" && status !== "submitting" ? (
        <Alert role="alert" tone="error" title={failures[status].title}>
          <p>
            {failures[status].text} If it keeps happening, contact us at {practice.contact.email} or{" "}
            {practice.contact.phone}.
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
