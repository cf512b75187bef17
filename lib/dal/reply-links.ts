import "server-only";
import { timingSafeEqual } from "node:crypto";
import {
  countAttempt,
  dobIpKey,
  isThrottled,
  patientThrottleRules,
} from "@/lib/dal/patient-throttle";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashToken, isWellFormedToken, newToken } from "@/lib/reply-links/token";

// Patient links to /r/<token>. A submission may hold several live links (confirmation, "reply
// ready", fresh ones on request); issuing a new link does not revoke older ones, because the
// patient may open any email they received — each simply expires after REPLY_LINK_TTL_DAYS. A link
// alone shows nothing about the patient: the date of birth must be answered first (a forwarded
// email is not enough), with a per-link lock and a per-address limit against guessing.

const DAY = 24 * 60 * 60_000;
/** Wrong dates of birth that lock a link, and for how long. */
export const DOB_MAX_FAILURES = 5;
export const DOB_LOCK_MS = 15 * 60_000;

export type ReplyLink = {
  id: string;
  submissionId: string;
  expiresAt: Date;
  lockedUntil: Date | null;
};

export type DobResult =
  { kind: "ok"; linkId: string } | { kind: "locked" } | { kind: "wrong" } | { kind: "invalid" };

export type NewReplyLink = { token: string; tokenHash: string; expiresAt: Date };

/** A fresh token with what is stored for it: only its hash and expiry, never the token itself. */
export function prepareReplyLink(now: Date = new Date()): NewReplyLink {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + env().REPLY_LINK_TTL_DAYS * DAY);
  return { token, tokenHash: hashToken(token), expiresAt };
}

/** Creates a link in the caller's transaction and returns the raw token (it is not stored). */
export async function issueReplyLink(
  tx: Prisma.TransactionClient,
  submissionId: string,
  now: Date = new Date(),
): Promise<string> {
  const { token, tokenHash, expiresAt } = prepareReplyLink(now);
  await tx.replyLink.create({
    data: { submissionId, tokenHash, createdAt: now, expiresAt },
    select: { id: true },
  });
  return token;
}

/** The absolute URL an email carries; APP_URL is the public origin. */
export function replyLinkUrl(token: string): string {
  return `${env().APP_URL}/r/${token}`;
}

/** The live link for a token; malformed, unknown and expired tokens all give null alike. */
export async function resolveLink(
  token: string,
  now: Date = new Date(),
): Promise<ReplyLink | null> {
  if (!isWellFormedToken(token)) return null;
  return db().replyLink.findFirst({
    where: { tokenHash: hashToken(token), expiresAt: { gt: now } },
    select: { id: true, submissionId: true, expiresAt: true, lockedUntil: true },
  });
}

export function isLinkLocked(
  link: Pick<ReplyLink, "lockedUntil">,
  now: Date = new Date(),
): boolean {
  return link.lockedUntil !== null && link.lockedUntil > now;
}

/** Compares two YYYY-MM-DD strings in constant time (they are equal length when well-formed). */
function sameDate(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Checks the date of birth (YYYY-MM-DD) for a link. The link row is locked for the check so
 * concurrent guesses are counted one by one; a success clears the count.
 */
export async function verifyDob(
  token: string,
  dob: string,
  ip: string,
  now: Date = new Date(),
): Promise<DobResult> {
  const link = await resolveLink(token, now);
  if (!link) return { kind: "invalid" };
  if (await isThrottled(dobIpKey(ip), now)) return { kind: "locked" };

  const outcome = await db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ locked_until: Date | null; dob: string }[]>`
      SELECT l.locked_until, to_char(s.date_of_birth, 'YYYY-MM-DD') AS dob
      FROM reply_link l JOIN submission s ON s.id = l.submission_id
      WHERE l.id = ${link.id}::uuid FOR UPDATE OF l`;
    if (!row) return "invalid" as const;
    if (row.locked_until && row.locked_until > now) return "locked" as const;
    if (sameDate(row.dob, dob)) {
      await tx.replyLink.update({
        where: { id: link.id },
        data: { failedDobAttempts: 0, lockedUntil: null, lastUsedAt: now },
        select: { id: true },
      });
      return "ok" as const;
    }
    // A lock that has run out starts a fresh count; reaching the limit locks the link again.
    const lockUntil = new Date(now.getTime() + DOB_LOCK_MS);
    const [counted] = await tx.$queryRaw<{ locked_until: Date | null }[]>`
      UPDATE reply_link SET
        failed_dob_attempts = CASE WHEN locked_until IS NOT NULL THEN 1 ELSE failed_dob_attempts + 1 END,
        locked_until = CASE
          WHEN (CASE WHEN locked_until IS NOT NULL THEN 1 ELSE failed_dob_attempts + 1 END) >= ${DOB_MAX_FAILURES}
          THEN ${lockUntil}::timestamptz END
      WHERE id = ${link.id}::uuid
      RETURNING locked_until`;
    return counted?.locked_until ? ("wrong_now_locked" as const) : ("wrong" as const);
  });

  if (outcome === "ok") return { kind: "ok", linkId: link.id };
  if (outcome === "invalid" || outcome === "locked") return { kind: outcome };
  // Only answers actually checked count against the address.
  const ipLocked = await countAttempt(dobIpKey(ip), patientThrottleRules.dobIp, now);
  return ipLocked || outcome === "wrong_now_locked" ? { kind: "locked" } : { kind: "wrong" };
}
