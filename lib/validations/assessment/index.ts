import * as z from "zod";
import { aboutSchema } from "./about";
import { conditionSchema } from "./condition";
import { consentSchema } from "./consent";
import { goalsSchema } from "./goals";
import { medicationsSchema } from "./medications";
import { symptomsSchema } from "./symptoms";

export const FORM_VERSION = 1;

/** Largest accepted request body; a complete assessment with every text field full is ~20 KB. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Wizard steps in order; each validates one key of the payload with its own schema. */
export const steps = [
  { key: "about", title: "About you", schema: aboutSchema },
  { key: "condition", title: "Your condition", schema: conditionSchema },
  { key: "symptoms", title: "Symptoms", schema: symptomsSchema },
  { key: "medications", title: "Medications and safety", schema: medicationsSchema },
  { key: "goals", title: "Goals and history", schema: goalsSchema },
  { key: "consent", title: "Review and sign", schema: consentSchema },
] as const;

export type StepKey = (typeof steps)[number]["key"];

function normalizeName(s: string): string {
  return s.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The whole assessment as the API accepts it. Unknown keys are dropped, not stored. */
export const assessmentSchema = z
  .object({
    formVersion: z.literal(FORM_VERSION, { error: `formVersion must be ${FORM_VERSION}` }),
    about: aboutSchema,
    condition: conditionSchema,
    symptoms: symptomsSchema,
    medications: medicationsSchema,
    goals: goalsSchema,
    consent: consentSchema,
  })
  .refine(
    (v) =>
      normalizeName(v.consent.signature) ===
      normalizeName(`${v.about.firstName} ${v.about.lastName}`),
    {
      error: "Type your first and last name exactly as entered above",
      path: ["consent", "signature"],
    },
  );

export type AssessmentInput = z.input<typeof assessmentSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;

export {
  aboutSchema,
  conditionSchema,
  symptomsSchema,
  medicationsSchema,
  goalsSchema,
  consentSchema,
};
export { eligibility, ageOn, MINIMUM_AGE } from "./about";
export { CONSENT_VERSION } from "./consent";

/** zod issues → { "about.email": "Enter a valid email…" }, the one error shape of the API and UI. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_root";
    fields[path] ??= issue.message;
  }
  return fields;
}
