import type { ComponentProps, ReactNode } from "react";
import { describedBy, FieldError, FieldHint } from "./field";

export type RadioOption = { value: string; label: ReactNode };

type RadioGroupProps = {
  /** Id of the first radio, so an error link can focus the group. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: RadioOption[];
  /** Props shared by every radio (name, onChange, ref… — e.g. react-hook-form's register()). */
  inputProps: Omit<ComponentProps<"input">, "type" | "id" | "value">;
  inline?: boolean;
};

/** Radios in a fieldset whose legend is the question; the error sits under the options. */
export function RadioGroup({
  id,
  legend,
  hint,
  error,
  options,
  inputProps,
  inline,
}: RadioGroupProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    // role="radiogroup" (still named by its legend) is where ARIA allows aria-invalid for radios.
    <fieldset
      role="radiogroup"
      aria-describedby={describedBy(hintId, errorId)}
      aria-invalid={error ? true : undefined}
      className="min-w-0"
    >
      <legend className="mb-1.5 font-semibold text-slate-900">{legend}</legend>
      <div className="space-y-2">
        <FieldHint id={hintId}>{hint}</FieldHint>
        <div className={inline ? "flex flex-wrap gap-x-8 gap-y-2" : "space-y-1"}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div key={option.value} className="flex items-start gap-3">
                <input
                  {...inputProps}
                  type="radio"
                  id={optionId}
                  value={option.value}
                  className="accent-brand-700 mt-2 size-6 shrink-0"
                />
                <label htmlFor={optionId} className="min-h-10 py-2 text-slate-900">
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
        <FieldError id={errorId} message={error} />
      </div>
    </fieldset>
  );
}
