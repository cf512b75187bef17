import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// RFC 6238 §5.2: a verifier must not accept the same one-time password twice. Each accepted
// code's time-step is stored on the user; a code whose step is not later than that is refused,
// which also refuses the previous period's code once the current one was used.

type Tx = Pick<Prisma.TransactionClient, "$executeRaw">;

/**
 * Records `step` as the user's last accepted TOTP step, unless that step or a later one was
 * already accepted. One conditional UPDATE, so of two concurrent requests carrying the same code
 * only one gets true.
 */
export async function claimTotpStep(tx: Tx, userId: string, step: number): Promise<boolean> {
  const updated = await tx.$executeRaw`
    UPDATE "user" SET totp_last_step = ${step}::int
    WHERE id = ${userId}::uuid AND (totp_last_step IS NULL OR totp_last_step < ${step}::int)`;
  return updated === 1;
}
