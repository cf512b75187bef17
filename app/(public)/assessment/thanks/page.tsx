import type { Metadata } from "next";
import Link from "next/link";
import { CrisisHelp } from "@/components/assessment/crisis-help";
import { UrgentHelpSwitch } from "@/components/assessment/urgent-help";
import { practice } from "@/lib/config";
import { isReference } from "@/lib/reference-format";

export const metadata: Metadata = {
  title: "Assessment received",
  robots: { index: false, follow: false },
};

const linkClass = "text-brand-700 underline underline-offset-2 hover:text-brand-800";
const days = practice.responseTimeBusinessDays;

type ThanksProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ThanksPage({ searchParams }: ThanksProps) {
  const { ref } = await searchParams;
  const reference = typeof ref === "string" && isReference(ref) ? ref : null;

  return (
    <div className="mx-auto max-w-2xl space-y-8 px-4 py-8 sm:py-12">
      <UrgentHelpSwitch
        reference={reference}
        urgent={
          <section aria-label="Your safety comes first" className="space-y-3">
            <p className="text-xl font-semibold text-slate-900">Your safety comes first</p>
            <CrisisHelp variant="reminder" />
          </section>
        }
        usual={null}
      />
      <section className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">
          {reference ? "Thank you — we have your assessment" : "Assessment confirmation"}
        </h1>
        {reference ? (
          <p className="border-brand-700 bg-brand-50 rounded-md border-l-4 p-4 text-lg text-slate-900">
            Your reference is{" "}
            <strong className="font-mono tracking-wide whitespace-nowrap">{reference}</strong>
          </p>
        ) : (
          <p className="text-slate-700">
            We could not find a valid reference in this link. If you have just sent an assessment,
            you will get an email when the physician&apos;s reply is ready.
          </p>
        )}
        {reference ? (
          <p className="text-slate-700">
            Keep this reference if you need to contact us about your assessment.
          </p>
        ) : null}
      </section>

      <UrgentHelpSwitch
        reference={reference}
        urgent={
          <section aria-labelledby="next-title" className="space-y-3">
            <h2 id="next-title" className="text-xl font-semibold text-slate-900">
              What happens next
            </h2>
            <p className="text-slate-900">
              You told us about thoughts of harming yourself, so the practice has been alerted to
              look at your assessment first. This form is not watched around the clock: if you need
              support now, please call or text 988, or call 911 if you are in danger.
            </p>
            <p className="text-slate-700">
              You will get an email when the physician&apos;s reply is ready. The email holds a
              link, never your medical details.
            </p>
          </section>
        }
        usual={
          <section aria-labelledby="next-title" className="space-y-3">
            <h2 id="next-title" className="text-xl font-semibold text-slate-900">
              What happens next
            </h2>
            <ol className="list-decimal space-y-2 pl-6 text-slate-900">
              <li>
                {practice.physician.name} reviews your answers personally within {days} business day
                {days === 1 ? "" : "s"}.
              </li>
              <li>
                You get an email when the reply is ready. The email holds a link, never your medical
                details.
              </li>
              <li>You read the reply on a secure page.</li>
            </ol>
            <p className="text-slate-700">
              The reply is the physician&apos;s opinion on whether a telemedicine consultation is
              worthwhile for you. It is not a diagnosis or a prescription.
            </p>
          </section>
        }
      />

      <section aria-labelledby="help-title" className="space-y-3">
        <h2 id="help-title" className="text-xl font-semibold text-slate-900">
          If you need help sooner
        </h2>
        <p className="text-slate-900">
          In an emergency call{" "}
          <a href="tel:911" className={linkClass}>
            911
          </a>
          . You can call or text{" "}
          <a href="tel:988" className={linkClass}>
            988
          </a>{" "}
          (Suicide &amp; Crisis Lifeline) at any time.
        </p>
        <p className="text-slate-700">
          For questions about your assessment, email{" "}
          <a href={`mailto:${practice.contact.email}`} className={linkClass}>
            {practice.contact.email}
          </a>{" "}
          or call{" "}
          <a href={`tel:${practice.contact.phone.replace(/[^0-9+]/g, "")}`} className={linkClass}>
            {practice.contact.phone}
          </a>
          .
        </p>
      </section>

      <p>
        <Link href="/learn" className={`${linkClass} inline-flex min-h-11 items-center`}>
          Read more about LDN while you wait
        </Link>
      </p>
    </div>
  );
}
