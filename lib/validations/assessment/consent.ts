import * as z from "zod";
import { personName } from "./common";

/** Bumped whenever the consent wording on the review step changes; stored with each submission. */
export const CONSENT_VERSION = "2026-11-01";

const agree = (message: string) => z.literal(true, { error: message });

export const consentSchema = z.object({
  telemedicine: agree("Please agree to be contacted about a telemedicine consultation"),
  privacy: agree("Please confirm you have read the privacy notice"),
  notEmergency: agree("Please confirm you understand this is not emergency care"),
  signature: personName("Signature", 200, "word"),
});

export type ConsentAnswers = z.infer<typeof consentSchema>;
