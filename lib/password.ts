import { type Algorithm, hash, verify } from "@node-rs/argon2";
import { commonPasswords } from "@/lib/auth/common-passwords";

// Staff password hashing. Not marked server-only because scripts/user-create.ts (plain Node) uses it;
// the native argon2 binding cannot be bundled for a browser anyway.

/**
 * argon2id, stronger than OWASP's minimum (m=19456 KiB, t=2, p=1): 64 MiB, 3 passes, 4 lanes.
 * Measured ≈ 200–250 ms per hash on the 2-core target machine — slow for a guesser, fine for a sign-in.
 */
export const ARGON2_PARAMS = {
  // Algorithm.Argon2id: a const enum, which isolatedModules cannot inline, hence the literal.
  algorithm: 2 as Algorithm,
  memoryCost: 65536,
  timeCost: 3,
  parallelism: 4,
} as const;

/** The OWASP floor; tests and `needsRehash` compare stored hashes against it. */
export const OWASP_MIN = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), ARGON2_PARAMS);
}

/** False for a wrong password and for a malformed hash (never throws on bad input). */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password.normalize("NFC"));
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/**
 * Verifies against a throwaway hash with the same parameters, so an unknown email costs as much time
 * as a known one and response timing does not reveal which accounts exist.
 */
export async function verifyDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("dummy-password-for-timing-only");
  await verifyPassword(await dummyHash, password);
  return false;
}

/** Parses the m/t/p numbers out of a PHC string ($argon2id$v=19$m=…,t=…,p=…$salt$hash). */
export function hashParams(
  phc: string,
): { algorithm: string; m: number; t: number; p: number } | null {
  const match = /^\$(argon2(?:id|i|d))\$v=\d+\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(phc);
  if (!match) return null;
  return { algorithm: match[1]!, m: Number(match[2]), t: Number(match[3]), p: Number(match[4]) };
}

/** Why a new password is refused, or null when it is acceptable. Messages are shown to the user. */
export function passwordProblem(password: string, email?: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (email && lower === email.trim().toLowerCase())
    return "The password must not be your email address.";
  if (commonPasswords.has(lower)) return "This password is too common. Choose another one.";
  return null;
}
