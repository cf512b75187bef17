import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";
import { signAccess, verifyAccess } from "@/lib/reply-links/token";

// The cookie set after a correct date of birth. Short-lived, httpOnly, SameSite=Strict, and scoped
// to Path=/r/<token>, so it unlocks only the link it was earned on. Its key is derived from
// AUTH_SECRET for this one purpose, so it cannot be confused with anything else signed by it.

export const ACCESS_COOKIE = "reply_access";
export const ACCESS_TTL_MS = 30 * 60_000;

function accessKey(): Buffer {
  return createHmac("sha256", env().AUTH_SECRET).update("reply-link-access-cookie/v1").digest();
}

/** The Set-Cookie header value granting access to this link for ACCESS_TTL_MS. */
export function accessCookieHeader(token: string, linkId: string, now: Date = new Date()): string {
  const value = signAccess(accessKey(), linkId, now.getTime() + ACCESS_TTL_MS);
  const secure = env().NODE_ENV === "production" ? "; Secure" : "";
  return `${ACCESS_COOKIE}=${value}; Path=/r/${token}; Max-Age=${ACCESS_TTL_MS / 1000}; HttpOnly; SameSite=Strict${secure}`;
}

export function hasAccess(
  cookieValue: string | undefined,
  linkId: string,
  now: Date = new Date(),
): boolean {
  return verifyAccess(accessKey(), cookieValue, linkId, now);
}
