"use client";

import { useWatch } from "react-hook-form";
import { practice } from "@/lib/config";
import type { AssessmentInput } from "@/lib/validations/assessment";
import { CheckboxField, TextField } from "./fields";
import { ReviewAnswers } from "./review-answers";

const linkClass = "text-brand-700 underline underline-offset-2 hover:text-brand-800";

export function StepReview({ onEdit }: { onEdit: (step: number) => void }) {
  const [first, last] = useWatch<AssessmentInput, ["about.firstName", "about.lastName"]>({
    name: ["about.firstName", "about.lastName"],
  });
  const fullName = `${first ?? ""} ${last ?? ""}`.trim();
  return (
    <div className="space-y-8">
      <p className="text-slate-700">
        Check your answers. Use an Edit button to change anything, then agree and sign below.
      </p>
      <ReviewAnswers onEdit={onEdit} />

      <section aria-labelledby="consent-title" className="space-y-4">
        <h3 id="consent-title" className="text-lg font-semibold text-slate-900">
          Agree and sign
        </h3>
        <p className="rounded-md bg-slate-100 p-4 text-slate-900">
          {practice.physician.name} will read your answers and reply with an opinion on whether a
          telemedicine consultation about LDN is worthwhile for you. The reply is not a diagnosis
          and not a prescription: a prescription can only follow a consultation.
        </p>
        <CheckboxField name="consent.telemedicine" />
        <CheckboxField
          name="consent.privacy"
          hint={
            <>
              Read the{" "}
              <a href="/privacy" target="_blank" rel="noopener" className={linkClass}>
                privacy notice (opens in a new tab)
              </a>
              .
            </>
          }
        />
        <CheckboxField name="consent.notEmergency" />
        <TextField
          name="consent.signature"
          autoComplete="name"
          hint={
            fullName
              ? `Type your first and last name as you entered them: ${fullName}.`
              : "Type your first and last name as you entered them."
          }
        />
      </section>
    </div>
  );
}
