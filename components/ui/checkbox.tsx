import type { ComponentProps, ReactNode } from "react";
import { describedBy, FieldError, FieldHint } from "./field";

type CheckboxProps = Omit<ComponentProps<"input">, "type" | "id"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

/** A checkbox with its label beside it, then an optional hint and error. */
export function Checkbox({ id, label, hint, error, ...inputProps }: CheckboxProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-3">
        <input
          {...inputProps}
          type="checkbox"
          id={id}
          aria-describedby={describedBy(hintId, errorId)}
          aria-invalid={error ? true : undefined}
          className="accent-brand-700 mt-2 size-6 shrink-0"
        />
        <label htmlFor={id} className="min-h-10 py-2 text-slate-900">
          {label}
        </label>
      </div>
      <div className="space-y-1 pl-9">
        <FieldHint id={hintId}>{hint}</FieldHint>
        <FieldError id={errorId} message={error} />
      </div>
    </div>
  );
}
