"use client";

import { useWatch } from "react-hook-form";
import type { AssessmentInput } from "@/lib/validations/assessment";
import { CrisisHelp } from "./crisis-help";
import { ChoiceField, TextAreaField } from "./fields";
import { ScoreField } from "./score-field";

const SCORES_HINT_ID = "scores-hint";

export function StepSymptoms() {
  const selfHarm = useWatch<AssessmentInput, "symptoms.selfHarmThoughts">({
    name: "symptoms.selfHarmThoughts",
  });
  return (
    <div className="space-y-6">
      <TextAreaField
        name="symptoms.mainSymptoms"
        hint="What bothers you most, and how does it affect your day?"
      />
      <ChoiceField name="symptoms.duration" />
      <fieldset aria-describedby={SCORES_HINT_ID} className="min-w-0 space-y-5">
        <legend className="font-semibold text-slate-900">
          Over the past week, how much have these affected you?
        </legend>
        <p id={SCORES_HINT_ID} className="text-sm text-slate-700">
          0 means not at all and 10 means the worst you can imagine.
        </p>
        <ScoreField score="pain" />
        <ScoreField score="fatigue" />
        <ScoreField score="sleep" />
        <ScoreField score="mood" />
      </fieldset>
      <ChoiceField name="symptoms.selfHarmThoughts" inline />
      {selfHarm === "yes" ? <CrisisHelp variant="alert" /> : null}
    </div>
  );
}
