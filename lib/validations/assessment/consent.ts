import * as z from "zod";
import { personName } from "./common";
import { defineStep } from "./define";

/** Bumped whenever the consent wording on the review step changes; stored with each submission. */
export const CONSENT_VERSION = "2026-11-01";

const agree = (message: string) => z.literal(true, { error: message });

export const consentStep = defineStep({
  key: "consent",
  title: "Review and sign",
  questions: {
    telemedicine: {
      kind: "checkbox",
      schema: agree("Please agree to be contacted about a telemedicine consultation"),
      example: true,
      text: { label: "I agree to be contacted about a telemedicine consultation" },
    },
    privacy: {
      kind: "checkbox",
      schema: agree("Please confirm you have read the privacy notice"),
      example: true,
      text: {
        label: "I have read the privacy notice",
        hint: "Read the {link}.",
        link: { href: "/privacy", text: "privacy notice (opens in a new tab)" },
      },
    },
    notEmergency: {
      kind: "checkbox",
      schema: agree("Please confirm you understand this is not emergency care"),
      example: true,
      text: {
        label:
          "I understand this is not emergency care: if I need urgent help I will call 911 or 988",
      },
    },
    signature: {
      kind: "text",
      schema: personName("Signature", 200, "word"),
      example: "Jordan Rivera",
      text: {
        label: "Type your full name to sign",
        hint: "Type your first and last name as you entered them.",
        hintWithName: "Type your first and last name as you entered them: {name}.",
      },
      input: { autoComplete: "name" },
    },
  },
});

export const consentSchema = consentStep.schema;

export type ConsentAnswers = z.infer<typeof consentSchema>;
