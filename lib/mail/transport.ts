import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";

// How a rendered email leaves the app. The worker does not care which: SMTP in production, the dev
// mailbox table on a laptop without an SMTP server, or a test double.

export type OutgoingEmail = {
  /** Derived from the outbox row id, so a receiver can tell a resend (after a crash) is a duplicate. */
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
};

export type MailTransport = {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
};

/**
 * SMTP through nodemailer; SMTP_URL carries host, port, credentials and options
 * (smtps:// for implicit TLS; STARTTLS is used whenever the server offers it). The timeouts keep
 * one send well inside the worker's claim lease, so a slow server cannot make two workers send.
 */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    async send(email) {
      await transporter.sendMail({ ...email, messageId: email.messageId });
    },
    close: () => transporter.close(),
  };
}

/** Development only: "delivers" into the dev_mail table, read by /dev/mailbox. */
export function devMailboxTransport(): MailTransport {
  return {
    async send({ to, subject, text, html }) {
      await db().devMail.create({ data: { to, subject, text, html }, select: { id: true } });
    },
    close: () => {},
  };
}

const ADDRESS = /[^\s<>"'@]+@[^\s<>"'@]+/g;

/**
 * What is kept of a failure in outbox_email.last_error and the log: the SMTP code and response, or
 * the socket error, with any email address blanked (servers echo recipients back: "550 <x@y>…").
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  const e = error as Error & { code?: string; responseCode?: number; response?: string };
  const parts = [e.code, e.responseCode, e.response ?? e.message].filter(
    (p) => p !== undefined && p !== "",
  );
  return parts.join(" ").replace(ADDRESS, "[address]").replace(/\s+/g, " ").slice(0, 300);
}
