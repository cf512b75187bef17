import * as z from "zod";
import { keysOf, symptomDurations, yesNo } from "@/lib/assessment/options";
import { choice, requiredText } from "./common";

const score = (label: string) =>
  z
    .number({ error: `Rate your ${label} from 0 to 10` })
    .int({ error: `Rate your ${label} from 0 to 10` })
    .min(0, { error: `Rate your ${label} from 0 to 10` })
    .max(10, { error: `Rate your ${label} from 0 to 10` });

export const symptomsSchema = z.object({
  mainSymptoms: requiredText("Main symptoms", 2000, "Describe your main symptoms"),
  duration: choice(keysOf(symptomDurations), "Tell us how long you have had these symptoms"),
  // Baseline 0–10 scores: the starting point that later follow-ups compare against.
  scores: z.object({
    pain: score("pain"),
    fatigue: score("fatigue"),
    sleep: score("sleep problems"),
    mood: score("low mood"),
  }),
  // Screening question for self-harm: a "yes" shows 988/911 at once and flags the submission.
  selfHarmThoughts: choice(keysOf(yesNo), "Please answer this question"),
});

export type SymptomsAnswers = z.infer<typeof symptomsSchema>;
