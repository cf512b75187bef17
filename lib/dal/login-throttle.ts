import "server-only";
import { db } from "@/lib/db";

// Brute-force brake for staff sign-in, kept in Postgres so every app instance sees the same counts.
// Each key counts failures in a fixed window; reaching the limit locks the key until lockedUntil,
// after which it unlocks by itself (the next failure starts a new window). Functions take `now`
// so tests can move time without sleeping.

export type ThrottleRule = { limit: number; windowMs: number; lockMs: number };

const MINUTE = 60_000;
export const throttleRules = {
  /** Guessing one account's password: 5 failures in 15 minutes lock that account for 15 minutes. */
  account: { limit: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  /** One address spraying many accounts: 20 failures in 15 minutes lock the address. */
  ip: { limit: 20, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
} as const satisfies Record<string, ThrottleRule>;

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`.slice(0, 300);
export const ipKey = (ip: string) => `ip:${ip}`.slice(0, 300);

/** True while any of the keys is locked. */
export async function isLocked(keys: string[], now: Date = new Date()): Promise<boolean> {
  const rows = await db().loginThrottle.findMany({
    where: { key: { in: keys }, lockedUntil: { gt: now } },
    select: { key: true },
  });
  return rows.length > 0;
}

/**
 * Counts one failure for `key` in a single upsert (safe under concurrent requests on several
 * instances) and locks the key when the window's count reaches the limit.
 */
export async function recordFailure(
  key: string,
  rule: ThrottleRule,
  now: Date = new Date(),
): Promise<{ failures: number; lockedUntil: Date | null }> {
  const windowFloor = new Date(now.getTime() - rule.windowMs);
  const lockUntil = new Date(now.getTime() + rule.lockMs);
  const rows = await db().$queryRaw<{ failures: number; locked_until: Date | null }[]>`
    INSERT INTO login_throttle (key, failures, window_start, locked_until)
    VALUES (${key}, 1, ${now}, CASE WHEN 1 >= ${rule.limit} THEN ${lockUntil}::timestamptz END)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN login_throttle.window_start <= ${windowFloor}
        THEN 1 ELSE login_throttle.failures + 1 END,
      window_start = CASE WHEN login_throttle.window_start <= ${windowFloor}
        THEN ${now} ELSE login_throttle.window_start END,
      locked_until = CASE
        WHEN (CASE WHEN login_throttle.window_start <= ${windowFloor}
          THEN 1 ELSE login_throttle.failures + 1 END) >= ${rule.limit}
        THEN ${lockUntil}::timestamptz ELSE login_throttle.locked_until END
    RETURNING failures, locked_until`;
  const row = rows[0];
  return { failures: row?.failures ?? 0, lockedUntil: row?.locked_until ?? null };
}

/** A successful sign-in clears the account's count (the IP's count stays: it may spray others). */
export async function resetThrottle(key: string): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key } });
}
