import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { devMailboxEnabled, listDevMail } from "@/lib/mail/dev-mailbox";

// Development only: the mail the dev transport delivered (MAIL_TRANSPORT=dev, the default without
// SMTP_URL), so the patient's emails and their links can be followed on a laptop. A production
// server answers 404 here, and the dev transport is refused in production (lib/mail/env.ts).

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Dev mailbox",
  robots: { index: false, follow: false },
};

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Plain-text body with its links clickable; React escapes every other character. */
function Body({ text }: { text: string }) {
  return (
    <p className="font-mono text-sm break-words whitespace-pre-wrap text-slate-900">
      {text.split(URL_PATTERN).map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className="text-brand-700 underline underline-offset-2">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </p>
  );
}

export default async function DevMailboxPage() {
  if (!devMailboxEnabled()) notFound();
  const transport = env().MAIL_TRANSPORT;
  const messages = await listDevMail();
  const time = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "medium" });

  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-semibold text-slate-900">Dev mailbox</h1>
      <p className="text-slate-800">
        Emails delivered by the development mail transport, newest first (the 50 latest). This page
        exists only outside production.
        {transport !== "dev"
          ? ` Mail is currently going through MAIL_TRANSPORT=${transport}, not here.`
          : " The worker delivers queued emails every few seconds; reload to see new ones."}
      </p>
      {messages.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-white p-6 text-slate-800">
          No mail yet.
        </p>
      ) : (
        <ol className="space-y-4">
          {messages.map((m) => (
            <li key={m.id}>
              <article className="rounded-md border border-slate-300 bg-white p-4">
                <h2 className="text-lg font-semibold text-slate-900">{m.subject}</h2>
                <p className="mb-3 text-sm text-slate-700">
                  To {m.to} ·{" "}
                  <time dateTime={m.createdAt.toISOString()}>{time.format(m.createdAt)}</time>
                </p>
                <Body text={m.text} />
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
