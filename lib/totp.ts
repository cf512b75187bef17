import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";

// TOTP second factor (RFC 6238: SHA-1, 6 digits, 30 s — what every authenticator app supports).
// Pure functions: the key material (AUTH_SECRET) is passed in, so they are unit-testable.

const DIGITS = 6;
const PERIOD = 30;

export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secretBase32: string, label = "", issuer = ""): TOTP {
  return new TOTP({
    issuer,
    label,
    algorithm: "SHA1",
    digits: DIGITS,
    period: PERIOD,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** otpauth:// URI for the QR code; the label is the staff email (not patient data). */
export function totpUri(secretBase32: string, email: string, issuer: string): string {
  return totp(secretBase32, email, issuer).toString();
}

export function generateTotpCode(secretBase32: string, now: Date = new Date()): string {
  return totp(secretBase32).generate({ timestamp: now.getTime() });
}

/** The RFC 6238 time-step (counter) that `now` falls in: whole 30-second periods since 1970. */
export function totpStepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / PERIOD);
}

/**
 * The time-step of the code, or null when it does not match. Accepts the current code and one
 * period either side (clock drift between phone and server). Callers store the step and refuse a
 * later code whose step is not greater, so a code (even an observed one) works only once.
 */
export function matchTotpStep(
  secretBase32: string,
  code: string,
  now: Date = new Date(),
): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secretBase32).validate({ token, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : totpStepAt(now) + delta;
}

// --- Encryption at rest: a database dump alone must not yield working second factors. ---

function keyFrom(authSecret: string): Buffer {
  // A dedicated sub-key, so the TOTP key is never the raw secret Auth.js signs cookies with.
  return Buffer.from(hkdfSync("sha256", authSecret, "ldn-intake", "totp-secret-encryption v1", 32));
}

/** "v1.<iv>.<tag>.<ciphertext>" (base64url), AES-256-GCM with a fresh 96-bit IV. */
export function encryptTotpSecret(plain: string, authSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(authSecret), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), data].map((b) => b.toString("base64url"));
  return `v1.${parts.join(".")}`;
}

/** Throws when the value was tampered with or encrypted under another AUTH_SECRET. */
export function decryptTotpSecret(stored: string, authSecret: string): string {
  const [version, iv, tag, data] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !data) throw new Error("Unrecognised TOTP secret format");
  const decipher = createDecipheriv(
    "aes-256-gcm",
    keyFrom(authSecret),
    Buffer.from(iv, "base64url"),
  );
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(data, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}

// --- Recovery codes: shown once, stored as hashes, each usable once. ---

// 32 symbols (so `byte % 32` is unbiased) without the o/0 and l/i look-alikes.
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz123456789";
export const RECOVERY_CODE_COUNT = 10;

/** Ten codes like "k7mq-x2vd-9rth" (60 bits each from a CSPRNG). */
export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(12);
    const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Recovery codes are long random strings, so a fast hash is enough (no dictionary to attack). */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(normalizeRecoveryCode(code)).digest("hex");
}

export function looksLikeRecoveryCode(code: string): boolean {
  return normalizeRecoveryCode(code).length === 12 && !/^\d+$/.test(code.trim());
}
