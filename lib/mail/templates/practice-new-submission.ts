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
