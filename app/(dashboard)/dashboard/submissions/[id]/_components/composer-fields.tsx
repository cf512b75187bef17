"use client";

import { useFormContext, useFormState } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { likelihoodKeys, likelihoods } from "@/components/reply/likelihood";
import type { ReplyFormValues } from "./reply-form-values";

type TextName = "benefits" | "timeline" | "considerations" | "message";

const textFields: { name: TextName; label: string; hint?: string; rows: number; max: number }[] = [
  {
    name: "benefits",
    label: "Expected benefits",
    hint: "What LDN may change for this patient's condition.",
    rows: 5,
    max: 5000,
  },
  {
    name: "timeline",
    label: "Expected timeline",
    hint: "How long before benefits may show.",
    rows: 4,
    max: 5000,
  },
  {
    name: "considerations",
    label: "Special considerations",
    hint: "Flags, medicines or conditions to discuss. May be empty when there are none.",
    rows: 5,
    max: 5000,
  },
  { name: "message", label: "Message to the patient", rows: 6, max: 10000 },
];

/** The four structured parts of a reply plus the free message. */
export function ComposerFields() {
  const { register } = useFormContext<ReplyFormValues>();
  const { errors } = useFormState<ReplyFormValues>();
  return (
    <div className="space-y-5">
      <RadioGroup
        id="reply-likelihood"
        legend="Is LDN likely to help?"
        error={errors.likelihood?.message}
        options={likelihoodKeys.map((key) => ({ value: key, label: likelihoods[key].label }))}
        inputProps={register("likelihood")}
        inline
      />
      {textFields.map((f) => (
        <Field
          key={f.name}
          id={`reply-${f.name}`}
          label={f.label}
          hint={f.hint}
          error={errors[f.name]?.message}
        >
          {(aria) => (
            <textarea
              {...aria}
              {...register(f.name)}
              rows={f.rows}
              maxLength={f.max}
              className={inputClass}
            />
          )}
        </Field>
      ))}
    </div>
  );
}
