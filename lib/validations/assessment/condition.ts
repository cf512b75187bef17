import * as z from "zod";
import { conditions, diagnosisStatus, keysOf } from "@/lib/assessment/options";
import { alwaysCheck, choice, optionalText } from "./common";

export const conditionSchema = z
  .object({
    primaryCondition: choice(keysOf(conditions), "Choose the condition you want help with"),
    otherCondition: optionalText("Condition name", 200),
    diagnosis: choice(keysOf(diagnosisStatus), "Tell us whether a doctor has diagnosed it"),
    diagnosisYear: z
      .number({ error: "Enter a year, like 2019" })
      .int({ error: "Enter a year, like 2019" })
      .min(1930, { error: "Enter a year after 1930" })
      // Checked per parse, not at module load, so a long-running server keeps up with the calendar.
      .refine((y) => y <= new Date().getUTCFullYear(), {
        error: "The year cannot be in the future",
      })
      .optional(),
    otherDiagnoses: optionalText("Other diagnoses", 2000),
  })
  .refine((v) => v?.primaryCondition !== "other" || Boolean(v.otherCondition), {
    error: "Tell us the name of your condition",
    path: ["otherCondition"],
    ...alwaysCheck,
  });

export type ConditionAnswers = z.infer<typeof conditionSchema>;
