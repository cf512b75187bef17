"use client";

import type { ReactNode } from "react";
import { get, useFormContext, useFormState, useWatch } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, inputClass } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import type { AssessmentInput, PathQuestion } from "@/lib/validations/assessment";
import { fieldId, type FieldName } from "./questions";
import { ScoreField } from "./score-field";

const linkClass = "text-brand-700 underline underline-offset-2 hover:text-brand-800";

export function useFieldError(name: FieldName): string | undefined {
  const { errors } = useFormState<AssessmentInput>({ name });
  return (get(errors, name) as { message?: string } | undefined)?.message;
}

/** "" → undefined and "2019" → 2019: empty optional numbers stay absent; junk becomes NaN (an error). */
function optionalNumber(value: string): number | undefined {
  return value === "" || value == null ? undefined : Number(value);
}

const valueAs = {
  number: optionalNumber,
  optional: (value: string) => value || undefined,
};

/**
 * register() that re-checks a field while the patient corrects it, but only once it shows an error:
 * nothing turns red while someone is still typing their first answer.
 */
function useRegister(question: PathQuestion) {
  const name = question.path as FieldName;
  const { register, getFieldState, trigger } = useFormContext<AssessmentInput>();
  const setValueAs = question.input?.valueAs && valueAs[question.input.valueAs];
  return register(name, {
    ...(setValueAs ? { setValueAs } : {}),
    onChange: () => {
      if (getFieldState(name).invalid) void trigger(name);
    },
  });
}

/** The hint of a signature: it repeats the name the patient entered. */
function NamedHint({ plain, named }: { plain: string; named: string }) {
  const [first, last] = useWatch<AssessmentInput, ["about.firstName", "about.lastName"]>({
    name: ["about.firstName", "about.lastName"],
  });
  const fullName = `${first ?? ""} ${last ?? ""}`.trim();
  return fullName ? named.replace("{name}", fullName) : plain;
}

function hintOf({ text }: PathQuestion): ReactNode {
  if (!text.hint) return undefined;
  if (text.hintWithName) return <NamedHint plain={text.hint} named={text.hintWithName} />;
  if (!text.link) return text.hint;
  const [before, after] = text.hint.split("{link}");
  return (
    <>
      {before}
      <a href={text.link.href} target="_blank" rel="noopener" className={linkClass}>
        {text.link.text}
      </a>
      {after}
    </>
  );
}

type FieldProps = { question: PathQuestion };

function TextField({ question }: FieldProps) {
  const name = question.path as FieldName;
  const error = useFieldError(name);
  const field = useRegister(question);
  const {
    type = "text",
    className = "",
    autoComplete,
    inputMode,
    spellCheck,
  } = question.input ?? {};
  return (
    <Field id={fieldId(name)} label={question.text.label} hint={hintOf(question)} error={error}>
      {(aria) => (
        <input
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          spellCheck={spellCheck}
          {...field}
          {...aria}
          className={`${inputClass} ${className}`}
        />
      )}
    </Field>
  );
}

function TextAreaField({ question }: FieldProps) {
  const name = question.path as FieldName;
  const error = useFieldError(name);
  const field = useRegister(question);
  return (
    <Field id={fieldId(name)} label={question.text.label} hint={hintOf(question)} error={error}>
      {(aria) => (
        <textarea rows={question.input?.rows ?? 4} {...field} {...aria} className={inputClass} />
      )}
    </Field>
  );
}

/** A <select> of the field's choices, sorted by their words (so states read Alabama → Wyoming). */
function SelectField({ question }: FieldProps) {
  const name = question.path as FieldName;
  const error = useFieldError(name);
  const field = useRegister(question);
  const options = Object.entries(question.choices ?? {}).sort((a, b) => a[1].localeCompare(b[1]));
  return (
    <Field id={fieldId(name)} label={question.text.label} hint={hintOf(question)} error={error}>
      {(aria) => (
        <select
          autoComplete={question.input?.autoComplete}
          {...field}
          {...aria}
          className={inputClass}
        >
          <option value="">{question.text.placeholder}</option>
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

/** A question answered with radios. */
function ChoiceField({ question }: FieldProps) {
  const name = question.path as FieldName;
  const error = useFieldError(name);
  const field = useRegister(question);
  const options = Object.entries(question.choices ?? {}).map(([value, label]) => ({
    value,
    label,
  }));
  return (
    <RadioGroup
      id={fieldId(name)}
      legend={question.text.label}
      hint={hintOf(question)}
      error={error}
      options={options}
      inputProps={field}
      inline={question.input?.inline}
    />
  );
}

function CheckboxField({ question }: FieldProps) {
  const name = question.path as FieldName;
  const error = useFieldError(name);
  const field = useRegister(question);
  return (
    <Checkbox
      id={fieldId(name)}
      label={question.text.label}
      hint={hintOf(question)}
      error={error}
      {...field}
    />
  );
}

const byKind = {
  text: TextField,
  textarea: TextAreaField,
  select: SelectField,
  radio: ChoiceField,
  checkbox: CheckboxField,
  score: ScoreField,
} satisfies Record<PathQuestion["kind"], (props: FieldProps) => ReactNode>;

/** One question, asked the way its definition says. */
export function QuestionField({ question }: FieldProps) {
  const Control = byKind[question.kind];
  return <Control question={question} />;
}
