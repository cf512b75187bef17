"use client";

import { useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import type { AssessmentInput } from "@/lib/validations/assessment";
import { ChoiceField, TextAreaField, TextField } from "./fields";

// Brand names on purpose: many patients do not know that Norco or Suboxone is an opioid.
const OPIOID_EXAMPLES =
  "For example tramadol, Tylenol #3, Norco, Percocet, Suboxone, methadone, kratom or a codeine cough syrup, whether prescribed or not.";

export function StepMedications() {
  const { clearErrors } = useFormContext<AssessmentInput>();
  const [opioids, priorLdn] = useWatch<
    AssessmentInput,
    ["medications.opioidUse", "medications.priorLdn"]
  >({
    name: ["medications.opioidUse", "medications.priorLdn"],
  });
  const usesOpioids = opioids === "current" || opioids === "recent";

  // A hidden follow-up must not keep an error the patient can no longer see or fix.
  useEffect(() => {
    if (!usesOpioids) clearErrors(["medications.opioidDetails", "medications.opioidLastDose"]);
  }, [usesOpioids, clearErrors]);

  return (
    <div className="space-y-6">
      <TextAreaField
        name="medications.currentMedications"
        rows={3}
        hint="Include doses if you know them, and vitamins or herbal supplements."
      />
      <ChoiceField name="medications.opioidUse" hint={OPIOID_EXAMPLES} />
      {usesOpioids ? (
        <>
          <Alert tone="info" title="A note about opioids">
            <p>
              LDN cannot be taken at the same time as opioid medicines: naltrexone blocks them and
              can bring on sudden withdrawal. Please keep taking your medicines as prescribed and
              carry on with the assessment — the physician will talk with you about timing and other
              options.
            </p>
          </Alert>
          <TextField name="medications.opioidDetails" />
          <TextField
            name="medications.opioidLastDose"
            type="date"
            className="sm:max-w-60"
            setValueAs={(v) => v || undefined}
            hint="If you take it every day, today's date. Methadone and buprenorphine stay in the body longer, so the timing matters."
          />
        </>
      ) : null}
      <ChoiceField
        name="medications.plannedSurgery"
        inline
        hint="LDN is paused before surgery so that pain relief works if you need it."
      />
      <ChoiceField name="medications.pregnancy" />
      <ChoiceField name="medications.liverDisease" inline />
      <ChoiceField name="medications.kidneyDisease" inline />
      <ChoiceField name="medications.thyroidMedication" inline />
      <ChoiceField name="medications.transplantOrImmunosuppressants" inline />
      <ChoiceField name="medications.naltrexoneForAlcohol" inline />
      <ChoiceField name="medications.priorLdn" inline />
      {priorLdn === "yes" ? <TextAreaField name="medications.priorLdnDetails" rows={3} /> : null}
      <TextAreaField
        name="medications.drugAllergies"
        rows={2}
        hint="For example penicillin, codeine or naltrexone, and what happened."
      />
      <TextField
        name="medications.preferredPharmacy"
        hint="If you already use a compounding pharmacy, tell us its name and city."
      />
    </div>
  );
}
