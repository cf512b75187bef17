import * as z from "zod";
import { aboutStep } from "./about";
import { conditionStep } from "./condition";
import { consentStep } from "./consent";
import { goalsStep } from "./goals";
import { medicationsStep } from "./medications";
import { symptomsStep } from "./symptoms";

export const FORM_VERSION = 1;

/** Largest accepted request body; a complete assessment with every text field full is ~20 KB. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Wizard steps in order; each declares its questions (./define.ts) and validates one key of the
 * payload with the schema derived from them.
 */
export const steps = [
  aboutStep,
  conditionStep,
  symptomsStep,
  medicationsStep,
  goalsStep,
  consentStep,
] as const;

export type StepKey = (typeof steps)[number]["key"];

function normalizeName(s: string): string {
  return s.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The whole assessment as the API accepts it. Unknown keys are dropped, not stored. */
export const assessmentSchema = z
  .object({
    formVersion: z.literal(FORM_VERSION, { error: `formVersion must be ${FORM_VERSION}` }),
    about: aboutStep.schema,
    condition: conditionStep.schema,
    symptoms: symptomsStep.schema,
    medications: medicationsStep.schema,
    goals: goalsStep.schema,
    consent: consentStep.schema,
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

export { aboutSchema, eligibility, ageOn, MINIMUM_AGE } from "./about";
export { conditionSchema } from "./condition";
export { symptomsSchema } from "./symptoms";
export { medicationsSchema } from "./medications";
export { goalsSchema } from "./goals";
export { CONSENT_VERSION, consentSchema } from "./consent";
export { isShown, questionsOf, type PathQuestion } from "./define";

/** zod issues → { "about.email": "Enter a valid email…" }, the one error shape of the API and UI. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_root";
    fields[path] ??= issue.message;
  }
  return fields;
}
