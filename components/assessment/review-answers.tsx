"use client";

import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { steps, type AssessmentInput } from "@/lib/validations/assessment";
import { AnswerList } from "./answer-list";

/** Every answer, grouped by step, each group with an Edit button that goes back to that step. */
export function ReviewAnswers({ onEdit }: { onEdit: (step: number) => void }) {
  const values = useWatch<AssessmentInput>();
  return (
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
  );
}
