"use client";

import { practice } from "@/lib/config";
import { ReviewAnswers } from "./review-answers";
import { StepQuestions } from "./step-questions";

export function StepReview({ onEdit }: { onEdit: (step: number) => void }) {
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
        <StepQuestions step="consent" />
      </section>
    </div>
  );
}
