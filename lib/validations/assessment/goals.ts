import type * as z from "zod";
import { optionalText, requiredText } from "./common";
import { defineStep } from "./define";

export const goalsStep = defineStep({
  key: "goals",
  title: "Goals and history",
  questions: {
    goals: {
      kind: "textarea",
      schema: requiredText("Goals", 2000, "Tell us what you hope treatment could change"),
      example: "Less pain on most days and enough energy to work full time.",
      text: {
        label: "Your goals",
        hint: "What would you most like LDN to help with? For example, less pain on most days or more energy for work.",
      },
    },
    previousTreatments: {
      kind: "textarea",
      schema: optionalText("Treatments you have tried", 2000, "past"),
      example: "Physical therapy, gabapentin (stopped for dizziness)",
      text: {
        label: "Treatments you have tried (optional)",
        hint: "Medicines, therapies or diets, and how they worked for you.",
      },
    },
    questions: {
      kind: "textarea",
      schema: optionalText("Questions for the physician", 2000),
      text: { label: "Questions for the physician (optional)" },
      input: { rows: 3 },
    },
  },
});

export const goalsSchema = goalsStep.schema;

export type GoalsAnswers = z.infer<typeof goalsSchema>;
