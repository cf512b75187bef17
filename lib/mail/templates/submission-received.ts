import { practice } from "@/lib/config";
import type { EmailPayload } from "@/lib/mail/kinds";
import { greeting, render, type RenderedEmail } from "./layout";

export function submissionReceived(
  p: EmailPayload<"submission_received">,
  links: { replyLink: string },
): RenderedEmail {
  const days = practice.responseTimeBusinessDays;
  return render(`We received your assessment (${p.reference})`, [
    greeting(),
    { p: `Thank you. We received your assessment. Your reference is ${p.reference}.` },
    {
      p:
        `What happens next: ${practice.physician.name} reviews your answers personally and ` +
        `replies within ${days} business day${days === 1 ? "" : "s"}. We will email you when the reply is ready.`,
    },
    { p: "You can check the status of your assessment at any time:" },
    { link: links.replyLink, label: "See the status of your assessment" },
    {
      p: "For your privacy, the page asks for your date of birth before it shows anything. Please do not forward this email.",
    },
    {
      p: `If you feel unwell or your symptoms get worse, do not wait for our reply: contact your own doctor, or call 911 in an emergency.`,
    },
  ]);
}
