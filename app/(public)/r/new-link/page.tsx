import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { env } from "@/lib/env";

export const metadata: Metadata = {
  title: "Send me a new link",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewLinkPage({ searchParams }: Props) {
  const { sent, invalid } = await searchParams;
  if (sent) {
    // The same words whether or not the details matched: this page must not confirm who is a patient.
    return (
      <div className="mx-auto max-w-2xl space-y-6 px-4 py-8 sm:py-12">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Check your email</h1>
        <p className="text-slate-700">
          If the email address and date of birth match an assessment we have, we have sent a new
          link to that email address. It can take a few minutes to arrive and works for{" "}
          {env().REPLY_LINK_TTL_DAYS} days.
        </p>
        <p className="text-slate-700">
          Nothing arrived? Check your spam folder, or contact the practice.
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-8 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Send me a new link</h1>
      <p className="text-slate-700">
        Enter the email address and date of birth you gave in your assessment. We will email a new
        link to your assessment page.
      </p>
      {invalid ? (
        <Alert tone="error" role="alert" id="new-link-problem">
          <p>Enter a valid email address and your date of birth.</p>
        </Alert>
      ) : null}
      <form method="post" action="/r/new-link/send" className="max-w-sm space-y-4">
        <Field id="email" label="Email">
          {(aria) => (
            <input
              {...aria}
              name="email"
              type="email"
              required
              maxLength={254}
              autoComplete="email"
              autoFocus={Boolean(invalid)}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="dateOfBirth" label="Date of birth">
          {(aria) => (
            <input
              {...aria}
              name="dateOfBirth"
              type="date"
              required
              min="1900-01-01"
              autoComplete="bday"
              className={inputClass}
            />
          )}
        </Field>
        <Button type="submit">Send me a new link</Button>
      </form>
    </div>
  );
}
