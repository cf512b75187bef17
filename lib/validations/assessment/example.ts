import { exampleOf } from "./define";
import { FORM_VERSION, steps, type AssessmentInput } from "./index";

/**
 * A complete, valid assessment, made of each question's `example`: the OpenAPI example and the
 * base of the tests' payloads (a unit test checks the schema accepts it unchanged).
 */
export const exampleAssessment = {
  formVersion: FORM_VERSION,
  ...Object.fromEntries(steps.map((step) => [step.key, exampleOf(step)])),
} as AssessmentInput;
