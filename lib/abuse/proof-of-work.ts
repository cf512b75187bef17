import "server-only";
import { randomInt } from "node:crypto";
import { createChallenge, verifySolution, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import * as z from "zod";
import { derivedSecret } from "@/lib/abuse/keys";
import { db } from "@/lib/db";

// Self-hosted ALTCHA proof of work on the public assessment (PUBLIC_FORM_PROOF_OF_WORK). The
// challenge is signed with keys derived from AUTH_SECRET, so any instance verifies any other's;
// the wizard's widget solves it in the background while the patient answers. In deterministic mode
// the server knows the answer's key and signs it, so verifying is two HMACs, while solving takes
// the client a few million PBKDF2 rounds. Each solved challenge is accepted once (used_challenge).

export const POW_ALGORITHM = "PBKDF2/SHA-256";
/** PBKDF2 iterations per attempt and the range of the secret counter: ~5M rounds, ~1 s on a laptop. */
const COST = 1000;
const COUNTER = { min: 2000, max: 8000 } as const;
/** Long enough to fill in the form after the page solved it; the wizard re-solves when stale. */
export const CHALLENGE_TTL_MS = 2 * 60 * 60 * 1000;
/** A base64 payload of one challenge and its solution is well under 1 KB. */
const MAX_PAYLOAD_CHARS = 4096;

const secrets = () => ({
  hmacSignatureSecret: derivedSecret("altcha-challenge-signature/v1"),
  hmacKeySignatureSecret: derivedSecret("altcha-key-signature/v1"),
});

/** A fresh signed challenge (GET /api/assessments/challenge). */
export async function newChallenge(now: Date = new Date()): Promise<Challenge> {
  return createChallenge({
    algorithm: POW_ALGORITHM,
    cost: COST,
    counter: randomInt(COUNTER.min, COUNTER.max + 1),
    deriveKey,
    expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
    ...secrets(),
  });
}

const payloadShape = z.object({
  challenge: z.object({
    // Loose: the signature covers every parameter, so none may be dropped before verifying.
    parameters: z.looseObject({
      algorithm: z.literal(POW_ALGORITHM),
      nonce: z.string().regex(/^[0-9a-f]{16,64}$/),
      salt: z.string().max(128),
      cost: z.number().int().positive().max(1_000_000),
      keyLength: z.number().int().positive().max(64),
      keyPrefix: z.string().max(128),
      expiresAt: z.number().int().positive(),
    }),
    signature: z.string().max(256),
  }),
  solution: z.object({ counter: z.number(), derivedKey: z.string().max(256) }),
});

export type PowOutcome = { ok: true } | { ok: false; message: string };

const MESSAGES = {
  missing:
    "A solved anti-spam challenge is required: the form solves one while you answer. Reload the page and try again.",
  invalid: "The anti-spam check did not pass. Reload the page and try again.",
  expired: "The anti-spam check has expired. Submit again to get a fresh one.",
  used: "This anti-spam check was already used. Submit again to get a fresh one.",
} as const;

function decode(raw: unknown): z.infer<typeof payloadShape> | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_PAYLOAD_CHARS) return null;
  try {
    const parsed = payloadShape.safeParse(JSON.parse(Buffer.from(raw, "base64").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Checks the `altcha` field of a submission and marks its challenge used. Signature, expiry and the
 * solution are checked before anything is written, so garbage never reaches the table.
 */
export async function redeemProofOfWork(raw: unknown, now: Date = new Date()): Promise<PowOutcome> {
  if (raw === undefined || raw === null || raw === "")
    return { ok: false, message: MESSAGES.missing };
  const payload = decode(raw);
  if (!payload) return { ok: false, message: MESSAGES.invalid };
  let verdict;
  try {
    verdict = await verifySolution({
      challenge: payload.challenge,
      solution: payload.solution,
      deriveKey,
      ...secrets(),
    });
  } catch {
    return { ok: false, message: MESSAGES.invalid };
  }
  if (verdict.expired) return { ok: false, message: MESSAGES.expired };
  if (!verdict.verified) return { ok: false, message: MESSAGES.invalid };

  const { nonce, expiresAt } = payload.challenge.parameters;
  const claimed = await db().$executeRaw`
    INSERT INTO used_challenge (id, expires_at)
    VALUES (${nonce}, ${new Date(expiresAt * 1000)})
    ON CONFLICT (id) DO NOTHING`;
  // Now and then, forget challenges that can no longer be replayed anyway.
  if (Math.random() < 0.01)
    await db().$executeRaw`DELETE FROM used_challenge WHERE expires_at < ${now}`;
  return claimed === 1 ? { ok: true } : { ok: false, message: MESSAGES.used };
}
