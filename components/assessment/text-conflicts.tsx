"use client";

import { useDeferredValue, useEffect, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import type { Conflict } from "@/lib/triage/conflicts";
import type { AssessmentInput, StepKey } from "@/lib/validations/assessment";
import { fieldId, type FieldName } from "./questions";

type Finder = (answers: Record<string, unknown>) => Conflict[];

/** Mentions the patient has already said "no" to, for this visit of the page. */
const dismissed = new Set<string>();

/**
 * Asks the patient when their own words name something an answer on this step denies ("You listed
 * Norco, which contains an opioid (hydrocodone). Do you take it now?"). Never blocks: "No" simply
 * closes the question, and the physician sees the words either way.
 */
export function TextConflicts({ step }: { step: StepKey }) {
  const { setValue } = useFormContext<AssessmentInput>();
  const answers = useDeferredValue(useWatch<AssessmentInput>());
  const [find, setFind] = useState<Finder | null>(null);
  const [, rerender] = useState(0);

  // The lexicon loads only when a step with questions to check is shown.
  useEffect(() => {
    let live = true;
    void import("@/lib/triage/conflicts").then((m) => live && setFind(() => m.findConflicts));
    return () => {
      live = false;
    };
  }, []);

  const conflicts = (find?.(answers as Record<string, unknown>) ?? []).filter(
    (c) =>
      !dismissed.has(c.key) &&
      (c.question.startsWith(`${step}.`) || c.textPath.startsWith(`${step}.`)),
  );

  const answer = (conflict: Conflict, value: string | null) => {
    if (value === null) dismissed.add(conflict.key);
    else {
      const question = conflict.question as FieldName;
      setValue(question, value as never, { shouldDirty: true, shouldValidate: true });
      document.getElementById(fieldId(question))?.focus();
    }
    rerender((n) => n + 1);
  };

  return (
    <div aria-live="polite" className="space-y-4 empty:hidden">
      {conflicts.map((c) => (
        <section
          key={c.key}
          aria-label="Please check an answer"
          className="border-brand-700 bg-brand-50 space-y-3 rounded-md border-l-4 p-4 text-slate-900"
        >
          <p className="font-semibold">Please check an answer</p>
          <p>{c.prompt}</p>
          {c.concept === "crisis" ? (
            <p>
              If you are in danger now, call 911. You can call or text 988 at any time, day or
              night.
            </p>
          ) : null}
          <div className="flex flex-wrap gap-3">
            {c.choices.map((choice) => (
              <Button
                key={choice.value}
                variant="secondary"
                onClick={() => answer(c, choice.value)}
              >
                {choice.label}
              </Button>
            ))}
            <Button variant="secondary" onClick={() => answer(c, null)}>
              No
            </Button>
          </div>
        </section>
      ))}
    </div>
  );
}
