import "server-only";
import { createHash } from "node:crypto";
import { isLocked, recordFailure, type ThrottleRule } from "@/lib/dal/login-throttle";

// Brakes on the patient-facing link endpoints, sharing the staff sign-in throttle's Postgres table
// (login_throttle) and its counting, so every app instance sees the same numbers. The per-link lock
// (5 wrong dates of birth) lives on reply_link itself; these keys stop one address from spreading
// guesses over many links, and stop "send me a new link" from being used to flood an inbox.

const MINUTE = 60_000;
export const patientThrottleRules = {
  /** Wrong dates of birth from one address, across all links. */
  dobIp: { limit: 20, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  /** New-link requests from one address, matched or not. */
  newLinkIp: { limit: 10, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  /** Fresh links mailed to one address: a few per hour is plenty for a patient. */
  newLinkEmail: { limit: 3, windowMs: 60 * MINUTE, lockMs: 60 * MINUTE },
} as const satisfies Record<string, ThrottleRule>;

export const dobIpKey = (ip: string) => `dob-ip:${ip}`.slice(0, 300);
export const newLinkIpKey = (ip: string) => `newlink-ip:${ip}`.slice(0, 300);
/** Hashed, so the throttle table never holds a patient's email address. */
export const newLinkEmailKey = (email: string) =>
  `newlink-email:${createHash("sha256").update(email.trim().toLowerCase()).digest("hex")}`;

export async function isThrottled(key: string, now: Date = new Date()): Promise<boolean> {
  return isLocked([key], now);
}

/** Counts one event against `key`; true when this event reached the limit (the key is now locked). */
export async function countAttempt(
  key: string,
  rule: ThrottleRule,
  now: Date = new Date(),
): Promise<boolean> {
  const { lockedUntil } = await recordFailure(key, rule, now);
  return lockedUntil !== null && lockedUntil > now;
}
