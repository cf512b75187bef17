"use client";

import { Controller, useFormContext } from "react-hook-form";
import { describedBy, FieldError } from "@/components/ui/field";
import type { AssessmentInput, PathQuestion } from "@/lib/validations/assessment";
import { fieldId, type FieldName } from "./questions";

const values = Array.from({ length: 11 }, (_, i) => i);

/**
 * A 0–10 rating as a row of radios: unlike a slider it has no pre-set value, so an unanswered
 * score stays unanswered, and the chosen number is shown in words below the row.
 */
export function ScoreField({ question }: { question: PathQuestion }) {
  const name = question.path as FieldName;
  const { control, trigger } = useFormContext<AssessmentInput>();
  const id = fieldId(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const current = typeof field.value === "number" ? field.value : undefined;
        const error = fieldState.error?.message;
        const errorId = error ? `${id}-error` : undefined;
        return (
          <fieldset
            role="radiogroup"
            aria-describedby={describedBy(errorId)}
            aria-invalid={error ? true : undefined}
            className="min-w-0"
          >
            <legend className="mb-1.5 font-semibold text-slate-900">{question.text.label}</legend>
            <div className="grid grid-cols-6 gap-2 min-[440px]:grid-cols-11 min-[440px]:gap-1">
              {values.map((n) => (
                <label
                  key={n}
                  htmlFor={n === 0 ? id : `${id}-${n}`}
                  className="has-checked:border-brand-700 has-checked:bg-brand-50 flex min-h-11 cursor-pointer flex-col items-center gap-0.5 rounded-md border border-slate-300 py-1 text-slate-900"
                >
                  <span>{n}</span>
                  <input
                    type="radio"
                    id={n === 0 ? id : `${id}-${n}`}
                    name={field.name}
                    value={n}
                    checked={current === n}
                    onChange={() => {
                      field.onChange(n);
                      if (fieldState.invalid) void trigger(name);
                    }}
                    onBlur={field.onBlur}
                    ref={n === 0 ? field.ref : undefined}
                    className="accent-brand-700 size-6"
                  />
                </label>
              ))}
            </div>
            <p className="mt-1 text-sm text-slate-700">
              {current === undefined ? "Not rated yet" : `Your rating: ${current} out of 10`}
            </p>
            <FieldError id={errorId} message={error} />
          </fieldset>
        );
      }}
    />
  );
}
