import { practice } from "@/lib/config";
import type { Likelihood } from "@/lib/contracts/staff";
import { likelihoods } from "./likelihood";

// The reply exactly as the patient reads it. Server-safe and free of client code, so the staff
// preview, the reply history and the patient's own page render the same markup from the same props.

export type ReplyViewProps = {
  likelihood: Likelihood | null | undefined;
  benefits: string;
  timeline: string;
  considerations: string;
  message: string;
  /** When the reply was sent; null for a preview of a draft. */
  sentAt?: string | Date | null;
  /** The signing physician; defaults to the practice's physician. */
  physicianName?: string;
  /** Heading level of the reply's title; its sections use the next level. */
  level?: 1 | 2 | 3;
  /** Distinguishes the ids of several replies on one page. */
  idPrefix?: string;
};

/** "(512) 555-0142" → "tel:+15125550142", so the number dials from a phone. */
function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return `tel:${digits.length === 10 ? `+1${digits}` : digits}`;
}

const sentFormat = new Intl.DateTimeFormat("en-US", {
  dateStyle: "long",
  timeZone: practice.timeZone,
});

function Paragraphs({ text, empty }: { text: string; empty: string }) {
  const parts = text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return <p className="text-slate-700 italic">{empty}</p>;
  return (
    <>
      {parts.map((p, i) => (
        <p key={i} className="break-words whitespace-pre-line">
          {p}
        </p>
      ))}
    </>
  );
}

export function ReplyView({
  likelihood,
  benefits,
  timeline,
  considerations,
  message,
  sentAt,
  physicianName = practice.physician.name,
  level = 2,
  idPrefix = "reply",
}: ReplyViewProps) {
  const Title = `h${level}` as "h1" | "h2" | "h3";
  const Section = `h${level + 1}` as "h2" | "h3" | "h4";
  const words = likelihood ? likelihoods[likelihood] : null;
  const sections = [
    { key: "benefits", title: "Benefits you might expect", text: benefits },
    { key: "timeline", title: "How long it may take", text: timeline },
    { key: "considerations", title: "Special considerations for you", text: considerations },
  ];
  return (
    <article
      aria-labelledby={`${idPrefix}-title`}
      className="space-y-6 rounded-lg border border-slate-300 bg-white p-4 text-slate-900 sm:p-8 print:border-0 print:p-0"
    >
      <header className="space-y-1 border-b border-slate-200 pb-4">
        <p className="text-brand-800 font-semibold">{practice.name}</p>
        <Title id={`${idPrefix}-title`} className="text-2xl font-semibold">
          Your reply from {physicianName}
        </Title>
        {sentAt ? (
          <p className="text-sm text-slate-700">Sent {sentFormat.format(new Date(sentAt))}</p>
        ) : null}
      </header>

      <section
        aria-labelledby={`${idPrefix}-likelihood`}
        className="border-brand-700 bg-brand-50 rounded-md border-l-4 p-4 print:bg-white"
      >
        <Section id={`${idPrefix}-likelihood`} className="text-lg font-semibold">
          {words ? words.patient : "Opinion not chosen yet"}
        </Section>
        {words ? <p className="mt-1">{words.explanation}</p> : null}
      </section>

      {message.trim() ? (
        <section aria-labelledby={`${idPrefix}-message`} className="space-y-3">
          <Section id={`${idPrefix}-message`} className="text-lg font-semibold">
            A message from {physicianName}
          </Section>
          <Paragraphs text={message} empty="" />
        </section>
      ) : null}

      {sections.map((s) => (
        <section key={s.key} aria-labelledby={`${idPrefix}-${s.key}`} className="space-y-3">
          <Section id={`${idPrefix}-${s.key}`} className="text-lg font-semibold">
            {s.title}
          </Section>
          <Paragraphs text={s.text} empty="Nothing added." />
        </section>
      ))}

      <section
        aria-labelledby={`${idPrefix}-next`}
        className="space-y-3 rounded-md border border-slate-300 bg-slate-50 p-4 print:bg-white"
      >
        <Section id={`${idPrefix}-next`} className="text-lg font-semibold">
          Next steps
        </Section>
        <ul className="list-disc space-y-2 pl-6">
          {words?.offersVisit === false ? (
            <li>
              <span className="font-semibold">If your situation changes:</span> you are welcome to
              fill in a new assessment, or call the practice at{" "}
              <a
                href={telHref(practice.contact.phone)}
                className="text-brand-700 underline underline-offset-2"
              >
                {practice.contact.phone}
              </a>{" "}
              to talk it through.
            </li>
          ) : (
            <li>
              <span className="font-semibold">Book a video visit:</span> call the practice at{" "}
              <a
                href={telHref(practice.contact.phone)}
                className="text-brand-700 underline underline-offset-2"
              >
                {practice.contact.phone}
              </a>
              . A prescription can only be considered after a consultation.
            </li>
          )}
          <li>
            <span className="font-semibold">Questions?</span> Email{" "}
            <a
              href={`mailto:${practice.contact.email}`}
              className="text-brand-700 break-all underline underline-offset-2"
            >
              {practice.contact.email}
            </a>
            .
          </li>
        </ul>
        <p className="text-sm text-slate-700">
          This reply is an opinion on whether a consultation is worthwhile, not a diagnosis or a
          prescription. In an emergency call 911; in a mental-health crisis call or text 988.
        </p>
      </section>
    </article>
  );
}
