import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { clientIp } from "@/lib/auth/request-ip";
import { getPatientView } from "@/lib/dal/patient-view";
import { isLinkLocked, resolveLink } from "@/lib/dal/reply-links";
import { ACCESS_COOKIE, hasAccess } from "@/lib/reply-links/access";
import { DobForm, type DobProblem } from "./_components/dob-form";
import { LinkInvalid } from "./_components/link-invalid";
import { PatientReply } from "./_components/patient-reply";
import { PendingStatus } from "./_components/pending-status";
import "./print.css";

// The patient's page behind the emailed link. Headers (no-store, no-referrer, noindex) come from
// next.config.ts for /r/*; the metadata repeats noindex and no-referrer for the HTML itself.
export const metadata: Metadata = {
  title: "Your assessment",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const problems = new Set<string>(["wrong", "locked", "missing"]);

export default async function PatientPage({ params, searchParams }: Props) {
  const { token } = await params;
  const { attempt } = await searchParams;
  const link = await resolveLink(token);
  if (!link) return <LinkInvalid />;

  const cookie = (await cookies()).get(ACCESS_COOKIE)?.value;
  if (!hasAccess(cookie, link.id)) {
    const problem = isLinkLocked(link)
      ? "locked"
      : typeof attempt === "string" && problems.has(attempt)
        ? (attempt as DobProblem)
        : undefined;
    return <DobForm token={token} problem={problem} />;
  }

  const view = await getPatientView(link.id, { ip: clientIp(await headers()) });
  if (!view) return <LinkInvalid />;
  return (
    <div data-patient-page="">
      {view.kind === "pending" ? <PendingStatus view={view} /> : <PatientReply view={view} />}
    </div>
  );
}
