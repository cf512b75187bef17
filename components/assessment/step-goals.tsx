"use client";

import { TextAreaField } from "./fields";

export function StepGoals() {
  return (
    <div className="space-y-6">
      <TextAreaField
        name="goals.goals"
        hint="What would you most like LDN to help with? For example, less pain on most days or more energy for work."
      />
      <TextAreaField
        name="goals.previousTreatments"
        hint="Medicines, therapies or diets, and how they worked for you."
      />
      <TextAreaField name="goals.questions" rows={3} />
    </div>
  );
}
