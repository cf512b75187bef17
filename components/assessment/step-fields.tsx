"use client";

import type { StepKey } from "@/lib/validations/assessment";
import { StepAbout } from "./step-about";
import { StepCondition } from "./step-condition";
import { StepGoals } from "./step-goals";
import { StepMedications } from "./step-medications";
import { StepReview } from "./step-review";
import { StepSymptoms } from "./step-symptoms";
import { TextConflicts } from "./text-conflicts";

/** The questions of one step. Only the current step is mounted; RHF keeps the other answers. */
export function StepFields({ step, onEdit }: { step: StepKey; onEdit: (step: number) => void }) {
  if (step === "consent") return <StepReview onEdit={onEdit} />;
  return (
    <>
      <StepQuestions step={step} />
      <TextConflicts step={step} />
    </>
  );
}

function StepQuestions({ step }: { step: Exclude<StepKey, "consent"> }) {
  switch (step) {
    case "about":
      return <StepAbout />;
    case "condition":
      return <StepCondition />;
    case "symptoms":
      return <StepSymptoms />;
    case "medications":
      return <StepMedications />;
    case "goals":
      return <StepGoals />;
  }
}
