"use client";

import type { ReactNode } from "react";
import { get, useFormContext, useFormState, useWatch } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, inputClass, type ControlAria } from "@/components/ui/field";
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

/** A labelled <input>, <textarea> or <select> (its choices sorted by their words: Alabama → Wyoming). */
function LabeledField({ question }: FieldProps) {
  const name = question.path as FieldName;
  const error = useFieldError(name);
  const field = useRegister(question);
  const { type = "text", className = "", rows = 4, ...input } = question.input ?? {};
  const control = (aria: ControlAria) => {
    if (question.kind === "textarea")
      return <textarea rows={rows} {...field} {...aria} className={inputClass} />;
    if (question.kind !== "select")
      return (
        <input
          type={type}
          autoComplete={input.autoComplete}
          inputMode={input.inputMode}
          spellCheck={input.spellCheck}
          {...field}
          {...aria}
          className={`${inputClass} ${className}`}
        />
      );
    const options = Object.entries(question.choices ?? {}).sort((x, y) => x[1].localeCompare(y[1]));
    return (
      <select autoComplete={input.autoComplete} {...field} {...aria} className={inputClass}>
        <option value="">{question.text.placeholder}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    );
  };
  return (
    <Field id={fieldId(name)} label={question.text.label} hint={hintOf(question)} error={error}>
      {control}
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
  text: LabeledField,
  textarea: LabeledField,
  select: LabeledField,
  radio: ChoiceField,
  checkbox: CheckboxField,
  score: ScoreField,
} satisfies Record<PathQuestion["kind"], (props: FieldProps) => ReactNode>;

/** One question, asked the way its definition says. */
export function QuestionField({ question }: FieldProps) {
  const Control = byKind[question.kind];
  return <Control question={question} />;
}
