import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// Reply-link tokens and the access cookie, as pure functions (no env, no database) so they can be
// unit-tested. The raw token travels only in the patient's email; the database keeps its SHA-256,
// so reading the table does not give anyone a working link.

/** 32 random bytes: 256 bits, far beyond guessing, and 43 URL-safe characters. */
export const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

/** Cheap syntactic check, so malformed input never reaches the database. */
export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** Lower-case hex SHA-256 of the token: what reply_link.token_hash stores. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

// The access cookie proves "this browser answered the date of birth for this link until <exp>".
// It carries no patient data: an expiry and an HMAC over the link id and that expiry.

function mac(key: Buffer, linkId: string, expiresAtMs: number): string {
  return createHmac("sha256", key)
    .update(`reply-link-access:${linkId}:${expiresAtMs}`)
    .digest("base64url");
}

export function signAccess(key: Buffer, linkId: string, expiresAtMs: number): string {
  return `${expiresAtMs}.${mac(key, linkId, expiresAtMs)}`;
}

/** True when `value` was signed with `key` for this link and has not expired at `now`. */
export function verifyAccess(
  key: Buffer,
  value: string | undefined,
  linkId: string,
  now: Date,
): boolean {
  const match = /^(\d{13,15})\.([A-Za-z0-9_-]{43})$/.exec(value ?? "");
  if (!match) return false;
  const expiresAtMs = Number(match[1]);
  if (!(expiresAtMs > now.getTime())) return false;
  const expected = Buffer.from(mac(key, linkId, expiresAtMs));
  const given = Buffer.from(match[2] as string);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
