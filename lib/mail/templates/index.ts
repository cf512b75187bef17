import { isEmailKind, payloadSchemas, type EmailKind, type EmailPayload } from "@/lib/mail/kinds";
import { freshLink } from "./fresh-link";
import type { RenderedEmail } from "./layout";
import { practiceCrisisAlert, practiceNewSubmission } from "./practice-new-submission";
import { replyReady } from "./reply-ready";
import { submissionReceived } from "./submission-received";

export type { RenderedEmail } from "./layout";

/** Thrown for a payload no template can render; retrying would not help. */
export class InvalidPayloadError extends Error {}

/** The patient's page for a raw reply-link token (the same URL lib/dal/reply-links builds). */
export const replyLinkFor = (appUrl: string, token: string) =>
  `${appUrl}/r/${encodeURIComponent(token)}`;

function parse<K extends EmailKind>(kind: K, payload: unknown): EmailPayload<K> {
  const parsed = payloadSchemas[kind].safeParse(payload);
  if (!parsed.success) throw new InvalidPayloadError(`payload does not fit ${kind}`);
  return parsed.data as EmailPayload<K>;
}

/** Renders a queued email; `appUrl` (APP_URL) is the origin of every link. */
export function renderEmail(kind: string, payload: unknown, appUrl: string): RenderedEmail {
  if (!isEmailKind(kind)) throw new InvalidPayloadError(`unknown kind ${kind}`);
  switch (kind) {
    case "submission_received": {
      const p = parse(kind, payload);
      return submissionReceived(p, { replyLink: replyLinkFor(appUrl, p.token) });
    }
    case "reply_ready": {
      const p = parse(kind, payload);
      return replyReady(p, { replyLink: replyLinkFor(appUrl, p.token) });
    }
    case "practice_new_submission":
      return practiceNewSubmission(parse(kind, payload), { dashboard: `${appUrl}/dashboard` });
    case "practice_crisis_alert":
      return practiceCrisisAlert(parse(kind, payload), { dashboard: `${appUrl}/dashboard` });
    case "fresh_link": {
      const p = parse(kind, payload);
      return freshLink(p, { replyLink: replyLinkFor(appUrl, p.token) });
    }
  }
}
