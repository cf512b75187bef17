import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";

/**
 * A purpose-bound key derived from AUTH_SECRET, so one secret never signs two kinds of thing
 * (the same derivation as the reply-page cookie's key).
 */
export function derivedSecret(purpose: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(purpose).digest("hex");
}

/**
 * An email address as a limiter key: keyed HMAC of the lowercased address, so the counters table
 * never holds an address and a leaked table cannot be matched against a list of addresses.
 */
export function emailKey(email: string): string {
  return createHmac("sha256", derivedSecret("abuse-limit-email-key/v1"))
    .update(email.trim().toLowerCase())
    .digest("hex");
}
