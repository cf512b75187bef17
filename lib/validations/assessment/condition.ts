import * as z from "zod";
import { conditions, diagnosisStatus } from "@/lib/assessment/options";
import { optionalText } from "./common";
import { defineStep, radio } from "./define";

const year = "Enter a year, like 2019";

export const conditionStep = defineStep({
  key: "condition",
  title: "Your condition",
  questions: {
    primaryCondition: radio(conditions, "Choose the condition you want help with", "fibromyalgia", {
      text: {
        label: "Which condition would you like help with?",
        hint: "Choose the one that matters most to you now. You can mention others below.",
      },
    }),
    otherCondition: {
      kind: "text",
      schema: optionalText("Condition name", 200),
      showIf: { question: "primaryCondition", is: ["other"] },
      requiredWhenShown: "Tell us the name of your condition",
      text: { label: "Name of your condition" },
    },
    diagnosis: radio(diagnosisStatus, "Tell us whether a doctor has diagnosed it", "confirmed", {
      text: { label: "Has a doctor diagnosed it?" },
    }),
    diagnosisYear: {
      kind: "text",
      schema: z
        .number({ error: year })
        .int({ error: year })
        .min(1930, { error: "Enter a year after 1930" })
        // Checked per parse, not at module load, so a long-running server keeps up with the calendar.
        .refine((y) => y <= new Date().getUTCFullYear(), {
          error: "The year cannot be in the future",
        })
        .optional(),
      example: 2019,
      text: {
        label: "Year it was diagnosed (optional)",
        hint: "For example, 2019. Leave it empty if you are not sure.",
      },
      input: {
        inputMode: "numeric",
        autoComplete: "off",
        className: "max-w-32",
        valueAs: "number",
      },
    },
    otherDiagnoses: {
      kind: "textarea",
      schema: optionalText("Other diagnoses", 2000),
      example: "Irritable bowel syndrome",
      text: {
        label: "Other diagnoses or health conditions (optional)",
        hint: "For example, other autoimmune conditions, depression or migraine.",
      },
      input: { rows: 3 },
    },
  },
});

export const conditionSchema = conditionStep.schema;

export type ConditionAnswers = z.infer<typeof conditionSchema>;
