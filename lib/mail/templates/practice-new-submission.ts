import type { EmailPayload } from "@/lib/mail/kinds";
import { render, type RenderedEmail } from "./layout";

/** A practice inbox is often shared and forwarded: the reference and a sign-in link, nothing else. */
export function practiceNewSubmission(
  p: EmailPayload<"practice_new_submission">,
  links: { dashboard: string },
): RenderedEmail {
  return render(`New assessment ${p.reference}`, [
    { p: `A new assessment was submitted (reference ${p.reference}).` },
    { link: links.dashboard, label: "Open the review queue" },
  ]);
}

/**
 * Sent at once when a submission carries a crisis flag. Still no PHI: the dashboard shows who and
 * why, behind sign-in, with a banner on every page until someone acknowledges it.
 */
export function practiceCrisisAlert(
  p: EmailPayload<"practice_crisis_alert">,
  links: { dashboard: string },
): RenderedEmail {
  return render(`Urgent: assessment ${p.reference} needs attention today`, [
    {
      p: `An assessment submitted just now (reference ${p.reference}) has an answer that needs a member of staff to contact the patient today.`,
    },
    { link: links.dashboard, label: "Open the dashboard" },
  ]);
}
