"use client";

import type { StepKey } from "@/lib/validations/assessment";
import { StepQuestions } from "./step-questions";
import { StepReview } from "./step-review";
import { TextConflicts } from "./text-conflicts";

/** The questions of one step. Only the current step is mounted; RHF keeps the other answers. */
export function StepFields({ step, onEdit }: { step: StepKey; onEdit: (step: number) => void }) {
  if (step === "consent") return <StepReview onEdit={onEdit} />;
  return (
    <>
      <div className="space-y-6">
        <StepQuestions step={step} />
      </div>
      <TextConflicts step={step} />
    </>
  );
}
