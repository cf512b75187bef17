// The questions of each step in screen order, as the step files of lib/validations/assessment
// declare them: the wizard, its error summary, the review step and the staff view all read these.
import type { FieldPath } from "react-hook-form";
import {
  questionsOf,
  steps,
  type AssessmentInput,
  type PathQuestion,
  type StepKey,
} from "@/lib/validations/assessment";

export type FieldName = FieldPath<AssessmentInput>;

/** DOM id of a field's control (the first radio of a group), used by labels and error links. */
export function fieldId(name: string): string {
  return `f-${name.replace(/\./g, "-")}`;
}

/** The questions of each step, in screen order (also the order of the error summary). */
export const stepQuestions = Object.fromEntries(
  steps.map((step) => [step.key, questionsOf(step)]),
) as Record<StepKey, PathQuestion[]>;

/** Every question by its path ("medications.opioidDetails"). */
export const questionAt: ReadonlyMap<string, PathQuestion> = new Map(
  Object.values(stepQuestions).flatMap((list) => list.map((q) => [q.path, q] as const)),
);
