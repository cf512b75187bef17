import * as z from "zod";
import { optionalText, requiredText } from "./common";

export const goalsSchema = z.object({
  goals: requiredText("Goals", 2000, "Tell us what you hope treatment could change"),
  previousTreatments: optionalText("Treatments you have tried", 2000, "past"),
  questions: optionalText("Questions for the physician", 2000),
});

export type GoalsAnswers = z.infer<typeof goalsSchema>;
