import { AnswerList } from "@/components/assessment/answer-list";
import { steps } from "@/lib/validations/assessment";

/** Every answer grouped by wizard step; follow-up questions appear only when they were asked. */
export function AnswersByStep({ answers }: { answers: unknown }) {
  return (
    <div className="space-y-4">
      {steps.map((step) => (
        <AnswerList
          key={step.key}
          step={step.key}
          answers={answers}
          title={step.key === "consent" ? "Consent and signature" : step.title}
          headingId={`answers-${step.key}`}
          columns
          className="bg-white"
        />
      ))}
    </div>
  );
}
