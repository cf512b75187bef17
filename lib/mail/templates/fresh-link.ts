import type { EmailPayload } from "@/lib/mail/kinds";
import { greeting, render, type RenderedEmail } from "./layout";

export function freshLink(
  p: EmailPayload<"fresh_link">,
  links: { replyLink: string },
): RenderedEmail {
  return render("Your new link", [
    greeting(),
    { p: "You asked for a new link to your assessment page. Here it is:" },
    { link: links.replyLink, label: "Open your assessment page" },
    {
      p: "For your privacy, the page asks for your date of birth first. If you did not ask for this link, you can ignore this email.",
    },
  ]);
}
