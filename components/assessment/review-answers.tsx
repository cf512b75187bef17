"use client";

import { get, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { steps, type AssessmentInput } from "@/lib/validations/assessment";
import {
  choices,
  dateFields,
  followUpOf,
  followUps,
  labels,
  stepFields,
  type LabeledField,
} from "./questions";

const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

function display(name: LabeledField, value: unknown): string {
  if (value === undefined || value === null || value === "" || Number.isNaN(value))
    return "Not answered";
  if (name.startsWith("symptoms.scores.")) return `${String(value)} out of 10`;
  if (dateFields.has(name) && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return longDate.format(new Date(`${value}T00:00:00Z`));
  }
  const options = choices[name];
  if (options && typeof value === "string") return options[value] ?? value;
  return String(value);
}

/** Every answer, grouped by step, each group with an Edit button that goes back to that step. */
export function ReviewAnswers({ onEdit }: { onEdit: (step: number) => void }) {
  const values = useWatch<AssessmentInput>();
  return (
    <div className="space-y-6">
      {steps.slice(0, -1).map((step, index) => {
        const fields = stepFields[step.key].filter((name) => {
          const parent = followUpOf[name];
          return !parent || (followUps[name]?.(get(values, parent)) ?? true);
        });
        return (
          <section
            key={step.key}
            aria-labelledby={`review-${step.key}`}
            className="rounded-md border border-slate-300 p-4"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 id={`review-${step.key}`} className="text-lg font-semibold text-slate-900">
                {step.title}
              </h3>
              <Button variant="link" onClick={() => onEdit(index)}>
                Edit<span className="sr-only"> {step.title}</span>
              </Button>
            </div>
            <dl className="mt-3 space-y-3">
              {fields.map((name) => (
                <div key={name}>
                  <dt className="text-sm text-slate-700">{labels[name]}</dt>
                  <dd className="break-words whitespace-pre-line text-slate-900">
                    {display(name, get(values, name))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
