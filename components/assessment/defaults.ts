import type { DefaultValues } from "react-hook-form";
import { FORM_VERSION, steps, type AssessmentInput } from "@/lib/validations/assessment";
import { stepQuestions } from "./questions";

function set(target: Record<string, unknown>, path: string[], value: unknown) {
  const [key, ...rest] = path as [string, ...string[]];
  if (rest.length === 0) target[key] = value;
  else set((target[key] ??= {}) as Record<string, unknown>, rest, value);
}

/**
 * The empty form, from the questions' kinds. Typed text starts as "" (so inputs are never
 * uncontrolled → controlled), choices, scores and numbers start unanswered, and the consent boxes
 * start unticked: the schema only accepts `true`, which is why this object is cast rather than
 * typed as a valid input.
 */
export const emptyAssessment = (() => {
  const empty: Record<string, unknown> = { formVersion: FORM_VERSION };
  for (const { key } of steps) {
    empty[key] = {};
    for (const q of stepQuestions[key]) {
      const path = q.path.split(".");
      if (q.group) set(empty, q.group.path.split("."), {});
      else if (q.kind === "checkbox") set(empty, path, false);
      else if (["text", "textarea", "select"].includes(q.kind) && !q.input?.valueAs)
        set(empty, path, "");
    }
  }
  return empty as DefaultValues<AssessmentInput>;
})();
