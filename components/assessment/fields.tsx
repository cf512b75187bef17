"use client";

import type { ComponentProps, ReactNode } from "react";
import { get, useFormContext, useFormState } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, inputClass } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import type { AssessmentInput } from "@/lib/validations/assessment";
import { choices, fieldId, labels, type LabeledField } from "./questions";

export function useFieldError(name: LabeledField): string | undefined {
  const { errors } = useFormState<AssessmentInput>({ name });
  return (get(errors, name) as { message?: string } | undefined)?.message;
}

/**
 * register() that re-checks a field while the patient corrects it, but only once it shows an error:
 * nothing turns red while someone is still typing their first answer.
 */
function useRegister(name: LabeledField, setValueAs?: (value: string) => unknown) {
  const { register, getFieldState, trigger } = useFormContext<AssessmentInput>();
  return register(name, {
    ...(setValueAs ? { setValueAs } : {}),
    onChange: () => {
      if (getFieldState(name).invalid) void trigger(name);
    },
  });
}

/** "" → undefined and "2019" → 2019: empty optional numbers stay absent; junk becomes NaN (an error). */
export function optionalNumber(value: string): number | undefined {
  return value === "" || value == null ? undefined : Number(value);
}

type TextFieldProps = Omit<ComponentProps<"input">, "name"> & {
  name: LabeledField;
  hint?: ReactNode;
  setValueAs?: (value: string) => unknown;
};

export function TextField({ name, hint, setValueAs, className = "", ...rest }: TextFieldProps) {
  const error = useFieldError(name);
  const field = useRegister(name, setValueAs);
  return (
    <Field id={fieldId(name)} label={labels[name]} hint={hint} error={error}>
      {(aria) => (
        <input
          type="text"
          {...rest}
          {...field}
          {...aria}
          className={`${inputClass} ${className}`}
        />
      )}
    </Field>
  );
}

type TextAreaFieldProps = { name: LabeledField; hint?: ReactNode; rows?: number };

export function TextAreaField({ name, hint, rows = 4 }: TextAreaFieldProps) {
  const error = useFieldError(name);
  const field = useRegister(name);
  return (
    <Field id={fieldId(name)} label={labels[name]} hint={hint} error={error}>
      {(aria) => <textarea rows={rows} {...field} {...aria} className={inputClass} />}
    </Field>
  );
}

type SelectFieldProps = {
  name: LabeledField;
  placeholder: string;
  hint?: ReactNode;
  autoComplete?: string;
};

/** A <select> of the field's choices, sorted by their words (so states read Alabama → Wyoming). */
export function SelectField({ name, placeholder, hint, autoComplete }: SelectFieldProps) {
  const error = useFieldError(name);
  const field = useRegister(name);
  const options = Object.entries(choices[name] ?? {}).sort((a, b) => a[1].localeCompare(b[1]));
  return (
    <Field id={fieldId(name)} label={labels[name]} hint={hint} error={error}>
      {(aria) => (
        <select autoComplete={autoComplete} {...field} {...aria} className={inputClass}>
          <option value="">{placeholder}</option>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

type ChoiceFieldProps = { name: LabeledField; hint?: ReactNode; inline?: boolean };

/** A question answered with radios; the options come from `choices`. */
export function ChoiceField({ name, hint, inline }: ChoiceFieldProps) {
  const error = useFieldError(name);
  const field = useRegister(name);
  const options = Object.entries(choices[name] ?? {}).map(([value, label]) => ({ value, label }));
  return (
    <RadioGroup
      id={fieldId(name)}
      legend={labels[name]}
      hint={hint}
      error={error}
      options={options}
      inputProps={field}
      inline={inline}
    />
  );
}

export function CheckboxField({ name, hint }: { name: LabeledField; hint?: ReactNode }) {
  const error = useFieldError(name);
  const field = useRegister(name);
  return <Checkbox id={fieldId(name)} label={labels[name]} hint={hint} error={error} {...field} />;
}
