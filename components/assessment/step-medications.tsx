"use client";

import { useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import type { AssessmentInput } from "@/lib/validations/assessment";
import { ChoiceField, TextAreaField, TextField } from "./fields";

const OPIOID_EXAMPLES =
  "For example tramadol, codeine, hydrocodone, oxycodone, morphine, fentanyl, methadone, buprenorphine, kratom or an opioid cough syrup.";

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
    if (!usesOpioids) clearErrors("medications.opioidDetails");
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
      <TextField
        name="medications.preferredPharmacy"
        hint="If you already use a compounding pharmacy, tell us its name and city."
      />
    </div>
  );
}
