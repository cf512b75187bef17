import { expect } from "@playwright/test";
import type { ReceivedEmail, TestSmtpServer } from "../support/smtp";

// Mail for the end-to-end server (playwright.config.ts): it delivers over SMTP to SMTP_PORT on
// loopback. Only mail-journey.spec.ts listens there, and only while it runs; for every other spec
// the connection is refused and their rows wait in the outbox with backoff. Once the journey's
// server listens, earlier specs' retries arrive too, so every lookup filters by recipient.

export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2599);
export const PRACTICE_INBOX = "intake@practice.test";

/**
 * Waits (expect.poll, no fixed sleep) until exactly one message to `to` whose subject matches
 * `subject` has arrived, and returns it. A second copy would fail here: delivery is exactly once.
 */
export async function receivedMail(
  server: TestSmtpServer,
  to: string,
  subject: RegExp,
): Promise<ReceivedEmail> {
  const matching = () =>
    server.received.filter(
      (m) => m.to.map((a) => a.toLowerCase()).includes(to.toLowerCase()) && subject.test(m.subject),
    );
  await expect
    .poll(() => matching().length, {
      message: `an email to ${to} with subject ${subject}`,
      timeout: 30_000,
    })
    .toBeGreaterThan(0);
  const found = matching();
  expect(found, `one email to ${to} with subject ${subject}`).toHaveLength(1);
  return found[0]!;
}

/** The one link to the patient's page in a plain-text body, exactly as a mail client shows it. */
export function replyLinkIn(text: string, appUrl: string): URL {
  const escaped = appUrl.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const links = text.match(new RegExp(`${escaped}/r/[A-Za-z0-9_%-]+`, "g")) ?? [];
  expect(links, `one reply link in:\n${text}`).toHaveLength(1);
  return new URL(links[0]!);
}

/** Everything in a message a reader could see: subject, both bodies and the headers. */
export function visibleText(mail: ReceivedEmail): string {
  return [mail.subject, mail.text, mail.html, JSON.stringify(mail.headers)].join("\n");
}

/** Fails listing which of `values` appear in the message (case-insensitive). */
export function expectAbsent(mail: ReceivedEmail, values: string[], context: string): void {
  const haystack = visibleText(mail).toLowerCase();
  const leaked = values.filter((v) => haystack.includes(v.toLowerCase()));
  expect(leaked, `must not appear in ${context}`).toEqual([]);
}
