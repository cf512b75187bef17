"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { templateInputSchema, type TemplateInput } from "@/lib/validations/staff";
import { likelihoodKeys, likelihoods } from "@/components/reply/likelihood";
import { formatClock } from "@/components/dashboard/format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { updateTemplateAction } from "../actions";

type Values = TemplateInput;

type TextName = Exclude<keyof Values, "likelihood" | "title">;

const textFields: { name: TextName; label: string; rows: number; max: number }[] = [
  { name: "benefits", label: "Expected benefits", rows: 5, max: 5000 },
  { name: "timeline", label: "Expected timeline", rows: 4, max: 5000 },
  { name: "considerations", label: "Special considerations", rows: 5, max: 5000 },
  { name: "message", label: "Message to the patient", rows: 6, max: 10000 },
];

const resolver = zodResolver(templateInputSchema);

/** Edits one reply template. The same schema checks the fields here and again in the DAL. */
export function TemplateForm({
  templateKey,
  initial,
  disabled,
}: {
  templateKey: string;
  initial: Values;
  disabled: boolean;
}) {
  const form = useForm<Values>({ defaultValues: initial, resolver });
  const { errors, isSubmitting } = form.formState;
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setResult(null);
    const response = await updateTemplateAction(templateKey, values);
    if (response.ok) {
      form.reset(values);
      setResult({ ok: true, text: `Template saved ${formatClock(response.updatedAt)}.` });
      return;
    }
    for (const [name, message] of Object.entries(response.fields ?? {})) {
      form.setError(name as keyof Values, { message });
    }
    setResult({ ok: false, text: response.message });
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <fieldset disabled={disabled || isSubmitting} className="min-w-0 space-y-5">
        <legend className="sr-only">Template</legend>
        <Field id="template-title" label="Title" error={errors.title?.message}>
          {(aria) => (
            <input {...aria} {...form.register("title")} maxLength={200} className={inputClass} />
          )}
        </Field>
        <RadioGroup
          id="template-likelihood"
          legend="Starting likelihood"
          error={errors.likelihood?.message}
          options={likelihoodKeys.map((key) => ({ value: key, label: likelihoods[key].label }))}
          inputProps={form.register("likelihood")}
          inline
        />
        {textFields.map((f) => (
          <Field
            key={f.name}
            id={`template-${f.name}`}
            label={f.label}
            error={errors[f.name]?.message}
          >
            {(aria) => (
              <textarea
                {...aria}
                {...form.register(f.name)}
                rows={f.rows}
                maxLength={f.max}
                className={inputClass}
              />
            )}
          </Field>
        ))}
        {disabled ? null : (
          <Button type="submit">{isSubmitting ? "Saving…" : "Save template"}</Button>
        )}
      </fieldset>
      <div role="status">
        {result?.ok ? <p className="text-brand-800 font-semibold">{result.text}</p> : null}
      </div>
      {result && !result.ok ? (
        <Alert tone="error" role="alert" title="The template was not saved">
          <p>{result.text}</p>
        </Alert>
      ) : null}
    </form>
  );
}
