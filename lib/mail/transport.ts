import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { SEND_TIMEOUT_MS } from "@/lib/mail/claims";

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
 * SMTP through nodemailer's pool: up to `connections` open connections, each reused for many
 * messages, so the worker's lanes send in parallel without a TCP and TLS handshake per message.
 * SMTP_URL carries host, port, credentials and options (smtps:// for implicit TLS; STARTTLS is
 * used whenever the server offers it). A connection silent for `socketTimeoutMs` is dropped: the
 * worker's own per-send timeout (lib/mail/worker.ts) is the same, well inside the claim's lease.
 */
export function smtpTransport(
  url: string,
  connections = 10,
  socketTimeoutMs = SEND_TIMEOUT_MS,
): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: connections,
    maxMessages: 1000,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: socketTimeoutMs,
  });
  return {
    async send(email) {
      await transporter.sendMail({ ...email, messageId: email.messageId });
    },
    close: () => transporter.close(),
  };
}

let configured: MailTransport | null | undefined;

/** The transport MAIL_TRANSPORT names, made once per process; null when delivery is disabled. */
export function configuredTransport(): MailTransport | null {
  if (configured !== undefined) return configured;
  const { MAIL_TRANSPORT, SMTP_URL, MAIL_CONCURRENCY } = env();
  configured =
    MAIL_TRANSPORT === "smtp" && SMTP_URL
      ? smtpTransport(SMTP_URL, MAIL_CONCURRENCY)
      : MAIL_TRANSPORT === "dev"
        ? devMailboxTransport()
        : null;
  return configured;
}

export function closeConfiguredTransport(): void {
  configured?.close();
  configured = undefined;
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
