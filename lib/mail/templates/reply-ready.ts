import type { EmailPayload } from "@/lib/mail/kinds";
import { greeting, render, type RenderedEmail } from "./layout";

/** Link only: the reply itself stays behind the date-of-birth check on the secure page. */
export function replyReady(
  p: EmailPayload<"reply_ready">,
  links: { replyLink: string },
): RenderedEmail {
  return render("Your reply is ready", [
    greeting(),
    { p: "The physician's reply to your assessment is ready. You can read it on our secure page:" },
    { link: links.replyLink, label: "Read your reply" },
    {
      p: "For your privacy, the page asks for your date of birth first. Please do not forward this email.",
    },
  ]);
}
