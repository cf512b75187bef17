import type { Metadata } from "next";
import { IntentLink } from "@/components/site/intent-link";
import { Conditions } from "@/components/learn/conditions";
import { Evidence } from "@/components/learn/evidence";
import { Faq } from "@/components/learn/faq";
import { HowItWorks } from "@/components/learn/how-it-works";
import { OtherCare } from "@/components/learn/other-care";
import { References } from "@/components/learn/references";
import { Safety } from "@/components/learn/safety";
import { TableOfContents } from "@/components/learn/table-of-contents";
import { WhatIsLdn } from "@/components/learn/what-is-ldn";
import { WhatToExpect } from "@/components/learn/what-to-expect";
import { practice } from "@/lib/config";

export const metadata: Metadata = {
  title: "Learn about low-dose naltrexone (LDN)",
  description:
    "How low-dose naltrexone (LDN) may work, which conditions it is used for, what to expect and when, side effects, safety with other medicines, and the research behind it.",
};

// The review date is a plain YYYY-MM-DD string; format it in UTC so the text never shifts by a
// day with the server's time zone.
const reviewedOn = new Date(`${practice.contentReview.date}T00:00:00Z`).toLocaleDateString(
  "en-US",
  { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" },
);

const days = practice.responseTimeBusinessDays;
const replyTime = `${days} business day${days === 1 ? "" : "s"}`;

export default function LearnPage() {
  return (
    <article className="mx-auto max-w-3xl px-4 py-12">
      <header className="space-y-4">
        <p className="text-brand-700 font-semibold">Patient education</p>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
          Low-dose naltrexone (LDN): a plain-language guide
        </h1>
        <p className="text-lg leading-relaxed text-slate-700">
          LDN is an old, inexpensive medicine used in a new way: at a tiny dose, for long-term pain,
          inflammation and immune conditions. This guide explains how it may work, what to expect,
          how to use it safely — and where the evidence is still thin.
        </p>
        <p className="text-sm text-slate-700">
          Last reviewed <time dateTime={practice.contentReview.date}>{reviewedOn}</time> by{" "}
          {practice.contentReview.reviewer}
        </p>
      </header>

      <div className="mt-8">
        <TableOfContents />
      </div>

      <div className="mt-10 space-y-10">
        <WhatIsLdn />
        <HowItWorks />
        <Conditions />
        <WhatToExpect />
        <OtherCare />
        <Safety />
        <Evidence />
        <Faq />
        <References />
      </div>

      <aside aria-label="Next step" className="bg-brand-700 mt-12 rounded-lg px-6 py-8 text-white">
        <p className="text-xl font-semibold">Wondering whether LDN could suit you?</p>
        <p className="mt-2 leading-relaxed">
          Take the free mini-assessment. {practice.physician.name} reviews every answer and replies
          within {replyTime} with an honest opinion on whether a consultation is worthwhile.
        </p>
        <IntentLink
          href="/assessment"
          className="text-brand-800 mt-6 inline-flex min-h-12 items-center rounded-md bg-white px-6 py-3 font-semibold underline-offset-4 hover:underline"
        >
          Take the free mini-assessment
        </IntentLink>
      </aside>
    </article>
  );
}
