import { practice } from "@/lib/config";
import type { PatientView } from "@/lib/dal/patient-view";

type Pending = Extract<PatientView, { kind: "pending" }>;

const dateFormat = new Intl.DateTimeFormat("en-US", {
  dateStyle: "long",
  timeZone: practice.timeZone,
});

const stageText = {
  received: {
    title: "We have received your assessment",
    body: `${practice.physician.name} will review it and write you a personal reply.`,
  },
  in_review: {
    title: "Your assessment is being reviewed",
    body: `${practice.physician.name} is reviewing your answers and will write you a personal reply.`,
  },
  closed: {
    title: "Your assessment is closed",
    body: "No reply will be written for this assessment. If you have questions, please contact the practice.",
  },
} as const;

/** Where the assessment stands before the reply is sent; no medical content. */
export function PendingStatus({ view }: { view: Pending }) {
  const text = stageText[view.stage];
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-8 sm:py-12">
      <p className="text-lg text-slate-700">Hello {view.firstName},</p>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{text.title}</h1>
      <p className="text-slate-700">{text.body}</p>
      <dl className="grid gap-x-6 gap-y-2 rounded-md border border-slate-300 bg-white p-4 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold text-slate-900">Reference</dt>
        <dd className="font-mono tracking-wide">{view.reference}</dd>
        <dt className="font-semibold text-slate-900">Submitted</dt>
        <dd>{dateFormat.format(view.submittedAt)}</dd>
        {view.stage === "closed" ? null : (
          <>
            <dt className="font-semibold text-slate-900">Expected reply</dt>
            <dd>
              By {dateFormat.format(view.expectedBy)} (within {practice.responseTimeBusinessDays}{" "}
              business days)
            </dd>
          </>
        )}
      </dl>
      <p className="text-slate-700">
        We will email you when the reply is ready. Questions? Email{" "}
        <a
          href={`mailto:${practice.contact.email}`}
          className="text-brand-700 break-all underline underline-offset-2"
        >
          {practice.contact.email}
        </a>{" "}
        or call {practice.contact.phone}. In an emergency call 911; in a mental-health crisis call
        or text 988.
      </p>
    </div>
  );
}
