"use client";

import { useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { AssessmentInput } from "@/lib/validations/assessment";
import { ChoiceField, optionalNumber, TextAreaField, TextField } from "./fields";

export function StepCondition() {
  const { clearErrors } = useFormContext<AssessmentInput>();
  const primary = useWatch<AssessmentInput, "condition.primaryCondition">({
    name: "condition.primaryCondition",
  });
  const isOther = primary === "other";

  // A hidden follow-up must not keep an error the patient can no longer see or fix.
  useEffect(() => {
    if (!isOther) clearErrors("condition.otherCondition");
  }, [isOther, clearErrors]);

  return (
    <div className="space-y-6">
      <ChoiceField
        name="condition.primaryCondition"
        hint="Choose the one that matters most to you now. You can mention others below."
      />
      {isOther ? <TextField name="condition.otherCondition" /> : null}
      <ChoiceField name="condition.diagnosis" />
      <TextField
        name="condition.diagnosisYear"
        inputMode="numeric"
        autoComplete="off"
        className="max-w-32"
        hint="For example, 2019. Leave it empty if you are not sure."
        setValueAs={optionalNumber}
      />
      <TextAreaField
        name="condition.otherDiagnoses"
        rows={3}
        hint="For example, other autoimmune conditions, depression or migraine."
      />
    </div>
  );
}
