import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

export type DobProblem = "wrong" | "locked" | "missing";

// Wording is deliberately generic: nothing tells how many attempts are left or whose link it is.
const messages: Record<DobProblem, string> = {
  wrong: "That date of birth does not match. Check it and try again.",
  locked: "Too many attempts. Try again in 15 minutes.",
  missing: "Enter your date of birth.",
};

/**
 * Asked before anything about the patient is shown, so a forwarded or intercepted email alone
 * opens nothing. A plain form post (no JavaScript needed); the answer goes in the body, never the URL.
 */
export function DobForm({ token, problem }: { token: string; problem?: DobProblem }) {
  const message = problem ? messages[problem] : undefined;
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-8 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">
        Open your assessment page
      </h1>
      <p className="text-slate-700">
        For your privacy, please confirm your date of birth before we show your page.
      </p>
      {message ? (
        <Alert tone="error" role="alert" id="dob-problem">
          <p>{message}</p>
        </Alert>
      ) : null}
      <form method="post" action={`/r/${token}/verify`} className="max-w-sm space-y-4">
        <Field id="dateOfBirth" label="Date of birth">
          {(aria) => (
            <input
              {...aria}
              aria-describedby={message ? "dob-problem" : undefined}
              aria-invalid={problem === "wrong" || problem === "missing" ? true : undefined}
              name="dateOfBirth"
              type="date"
              required
              min="1900-01-01"
              autoComplete="bday"
              autoFocus={Boolean(message)}
              className={inputClass}
            />
          )}
        </Field>
        <Button type="submit">Continue</Button>
      </form>
      <p className="text-slate-700">
        Link not working for you?{" "}
        <Link
          href="/r/new-link"
          className="text-brand-700 hover:text-brand-800 underline underline-offset-2"
        >
          Send me a new link
        </Link>
      </p>
    </div>
  );
}
