"use client";

import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { practice } from "@/lib/config";
import { steps, type AssessmentInput } from "@/lib/validations/assessment";
import { AnswerList } from "./answer-list";
import { StepQuestions } from "./step-questions";

/** Every answer, grouped by step with an Edit button back to each, then consent and signature. */
export function StepReview({ onEdit }: { onEdit: (step: number) => void }) {
  const values = useWatch<AssessmentInput>();
  return (
    <div className="space-y-8">
      <p className="text-slate-700">
        Check your answers. Use an Edit button to change anything, then agree and sign below.
      </p>
      <div className="space-y-6">
        {steps.slice(0, -1).map((step, index) => (
          <AnswerList
            key={step.key}
            step={step.key}
            answers={values}
            title={step.title}
            headingId={`review-${step.key}`}
            action={
              <Button variant="link" onClick={() => onEdit(index)}>
                Edit<span className="sr-only"> {step.title}</span>
              </Button>
            }
          />
        ))}
      </div>

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
