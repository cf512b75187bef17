import * as z from "zod";

// The abuse-limit settings of lib/env-schema.ts, documented in .env.example and the README's
// security section. Every limit lives in Postgres, so it holds across app instances.

const count = (name: string, max: number, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int({ error: `${name} must be a whole number` })
    .min(0, { error: `${name} must be 0 or more` })
    .max(max, { error: `${name} must be at most ${max}` })
    .default(fallback);

export const abuseFields = {
  /** Proxies in front of the app that append to X-Forwarded-For; 0: the socket's address. */
  TRUSTED_PROXY_HOPS: count("TRUSTED_PROXY_HOPS", 10, 1),
  /** Accepted assessments per client address per hour; 0 turns the limit off. */
  ASSESSMENT_RATE_LIMIT_PER_HOUR: count("ASSESSMENT_RATE_LIMIT_PER_HOUR", 100_000, 10),
  /** Confirmation emails to one email address per day; 0 turns the cap off. */
  CONFIRMATION_EMAILS_PER_ADDRESS_PER_DAY: count(
    "CONFIRMATION_EMAILS_PER_ADDRESS_PER_DAY",
    1000,
    3,
  ),
  /** on: an assessment needs a solved ALTCHA challenge; off: trusted API clients and tests. */
  PUBLIC_FORM_PROOF_OF_WORK: z
    .enum(["on", "off"], { error: "PUBLIC_FORM_PROOF_OF_WORK must be on or off" })
    .default("on"),
};
