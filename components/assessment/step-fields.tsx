"use client";

import type { StepKey } from "@/lib/validations/assessment";
import { StepAbout } from "./step-about";
import { StepCondition } from "./step-condition";
import { StepGoals } from "./step-goals";
import { StepMedications } from "./step-medications";
import { StepReview } from "./step-review";
import { StepSymptoms } from "./step-symptoms";

/** The questions of one step. Only the current step is mounted; RHF keeps the other answers. */
export function StepFields({ step, onEdit }: { step: StepKey; onEdit: (step: number) => void }) {
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
    case "consent":
      return <StepReview onEdit={onEdit} />;
  }
}
