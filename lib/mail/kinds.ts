import * as z from "zod";

// What each kind of email carries in its outbox payload. Nothing medical and nothing a submitter
// typed, ever: a reference and (until the message is sent) the raw reply-link token. Rows queued
// before names were dropped still parse: unknown keys such as firstName are stripped here.

const token = z.string().min(32).max(200);
const reference = z.string().max(20);

export const payloadSchemas = {
  /** To the patient after submitting: reference, what happens next, link to the status page. */
  submission_received: z.object({ reference, token }),
  /** To the patient when the physician's reply is sent: a link, nothing about the reply. */
  reply_ready: z.object({ reference, token }),
  /** To PRACTICE_INBOX: the reference only, so no patient data lands in a shared mailbox. */
  practice_new_submission: z.object({ reference }),
  /** To PRACTICE_INBOX at once when an answer or the patient's words suggest a crisis: no PHI. */
  practice_crisis_alert: z.object({ reference }),
  /** To the patient on request from the reply page ("send me a new link"). */
  fresh_link: z.object({ token }),
} as const;

export type EmailKind = keyof typeof payloadSchemas;
export type EmailPayload<K extends EmailKind> = z.infer<(typeof payloadSchemas)[K]>;

export function isEmailKind(value: string): value is EmailKind {
  return Object.hasOwn(payloadSchemas, value);
}

/** Staff-facing names for the dashboard's outbox page. */
export const kindLabels: Record<EmailKind, string> = {
  submission_received: "Submission confirmation",
  reply_ready: "Reply ready",
  practice_new_submission: "New-submission alert",
  practice_crisis_alert: "Crisis alert",
  fresh_link: "New link",
};
