import * as z from "zod";

// The email settings of lib/env-schema.ts, kept here so the mail code's configuration is read in
// one place. Documented in .env.example.

export const mailFields = {
  /** Where links in emails point: the public origin of the app. */
  APP_URL: z
    .url({
      protocol: /^https?$/,
      error: "APP_URL must be an http(s) URL, e.g. https://intake.example.com",
    })
    .optional(),
  /** smtp: deliver through SMTP_URL; dev: keep delivered mail in the dev mailbox (not in production);
   *  disabled: queue only, never deliver (benchmarks). Default smtp in production, else dev or smtp
   *  when SMTP_URL is set. */
  MAIL_TRANSPORT: z
    .enum(["smtp", "dev", "disabled"], { error: "MAIL_TRANSPORT must be smtp, dev or disabled" })
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { error: "SMTP_URL must be an smtp:// or smtps:// URL" })
    .optional(),
  MAIL_FROM: z.string().min(3).max(300).optional(),
  /** The practice's inbox for new-submission alerts; no alert is queued when unset. */
  PRACTICE_INBOX: z.email({ error: "PRACTICE_INBOX must be an email address" }).optional(),
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(8),
  MAIL_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(2000),
  /** Messages each worker keeps on the wire at once (and its SMTP pool's connections). */
  MAIL_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(10),
  /** "off" keeps the in-process worker from starting (then run `npm run worker` elsewhere). */
  MAIL_WORKER: z.enum(["on", "off"], { error: "MAIL_WORKER must be on or off" }).default("on"),
};

type MailInput = {
  NODE_ENV: "development" | "test" | "production";
  APP_URL?: string;
  PORT?: number;
  MAIL_TRANSPORT?: "smtp" | "dev" | "disabled";
  SMTP_URL?: string;
};

/** Outside production, links point at this machine on the port the app listens on. */
const devAppUrl = (port = 3000) => `http://localhost:${port}`;

/** Resolves the defaults that depend on each other; production refuses a setup that loses mail. */
export function checkMail(e: MailInput, ctx: z.RefinementCtx) {
  const production = e.NODE_ENV === "production";
  const MAIL_TRANSPORT = e.MAIL_TRANSPORT ?? (production || e.SMTP_URL ? "smtp" : "dev");
  const fail = (message: string) => ctx.addIssue({ code: "custom", message });
  if (MAIL_TRANSPORT === "smtp" && !e.SMTP_URL)
    fail(
      "SMTP_URL is required to send email (e.g. smtp://user:pass@mail.example.com:587); " +
        "set MAIL_TRANSPORT=disabled to run without sending any",
    );
  // The dev mailbox keeps whole messages, reply links included, in a table: never in production.
  if (MAIL_TRANSPORT === "dev" && production)
    fail("MAIL_TRANSPORT=dev is not allowed in production");
  // Links to localhost in a real patient's inbox would be useless.
  if (MAIL_TRANSPORT === "smtp" && production && !e.APP_URL)
    fail("APP_URL is required in production: the public https:// origin used in email links");
  return { MAIL_TRANSPORT, APP_URL: (e.APP_URL ?? devAppUrl(e.PORT)).replace(/\/+$/, "") };
}
