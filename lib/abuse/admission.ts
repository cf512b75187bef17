import "server-only";
import { takeAssessmentPoint, takeConfirmationPoint } from "@/lib/abuse/limits";
import { redeemProofOfWork } from "@/lib/abuse/proof-of-work";
import { env } from "@/lib/env";

// Whether a valid assessment may be stored, and whether its patient is mailed a confirmation.
// Run after validation and only for a new submission (an Idempotency-Key retry skips it).

export type Admission =
  | { kind: "admitted"; confirm: boolean; undo: () => Promise<void> }
  | { kind: "proof_of_work"; message: string }
  | { kind: "rate_limited"; retryAfter: number };

export async function admitSubmission(input: {
  ip: string;
  email: string;
  altcha: unknown;
}): Promise<Admission> {
  if (env().PUBLIC_FORM_PROOF_OF_WORK === "on") {
    const pow = await redeemProofOfWork(input.altcha);
    if (!pow.ok) return { kind: "proof_of_work", message: pow.message };
  }
  const submission = await takeAssessmentPoint(input.ip);
  if (!submission.taken) return { kind: "rate_limited", retryAfter: submission.retryAfter };
  const confirmation = await takeConfirmationPoint(input.email).catch(async (error: unknown) => {
    await submission.give().catch(() => {});
    throw error;
  });
  return {
    kind: "admitted",
    // Past the day's cap the submission is still stored and the practice alerted; the patient is
    // simply not mailed again.
    confirm: confirmation.taken,
    undo: async () => {
      await Promise.allSettled([
        submission.give(),
        confirmation.taken ? confirmation.give() : Promise.resolve(),
      ]);
    },
  };
}
