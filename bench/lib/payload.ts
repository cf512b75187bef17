import { assessmentSchema, type Assessment } from "../../lib/validations/assessment";
import { exampleAssessment } from "../../lib/validations/assessment/example";

// Every request carries a distinct, valid assessment: the same answers as the OpenAPI example, with
// the patient's email (a normalized, indexed column) made unique, so no two stored rows are equal.

/** The i-th request body, exactly as a browser would POST it. */
export function submissionBody(i: number): string {
  return JSON.stringify({
    ...exampleAssessment,
    about: { ...exampleAssessment.about, email: `bench.${i}@example.com` },
  });
}

const parsedExample: Assessment = assessmentSchema.parse(exampleAssessment);

/** The i-th assessment after validation, as the data layer receives it (for the pg floor). */
export function parsedAssessment(i: number): Assessment {
  return { ...parsedExample, about: { ...parsedExample.about, email: `bench.${i}@example.com` } };
}
