import * as z from "zod";
import { symptomDurations, yesNo } from "@/lib/assessment/options";
import { requiredText } from "./common";
import { defineStep, radio, type Question } from "./define";

const rate = (label: string) => `Rate your ${label} from 0 to 10`;

/** A baseline 0–10 score: the starting point that later follow-ups compare against. */
function score(label: string, words: string, example: number) {
  return {
    kind: "score",
    schema: z
      .number({ error: rate(words) })
      .int({ error: rate(words) })
      .min(0, { error: rate(words) })
      .max(10, { error: rate(words) }),
    example,
    text: { label },
  } satisfies Question;
}

export const symptomsStep = defineStep({
  key: "symptoms",
  title: "Symptoms",
  questions: {
    mainSymptoms: {
      kind: "textarea",
      schema: requiredText("Main symptoms", 2000, "Describe your main symptoms"),
      example: "Widespread pain, morning stiffness and poor sleep.",
      text: {
        label: "Your main symptoms",
        hint: "What bothers you most, and how does it affect your day?",
      },
    },
    duration: radio(
      symptomDurations,
      "Tell us how long you have had these symptoms",
      "over_2_years",
      { text: { label: "How long have you had these symptoms?" } },
    ),
    scores: {
      kind: "group",
      text: {
        legend: "Over the past week, how much have these affected you?",
        hint: "0 means not at all and 10 means the worst you can imagine.",
      },
      questions: {
        pain: score("Pain", "pain", 7),
        fatigue: score("Fatigue", "fatigue", 8),
        sleep: score("Sleep problems", "sleep problems", 6),
        mood: score("Low mood", "low mood", 4),
      },
    },
    // Screening question for self-harm: a "yes" shows 988/911 at once and flags the submission.
    selfHarmThoughts: radio(yesNo, "Please answer this question", "no", {
      flags: ["crisis"],
      text: {
        label:
          "In the past two weeks, have you had thoughts that you would be better off dead or of hurting yourself?",
      },
      input: { inline: true },
    }),
  },
});

export const symptomsSchema = symptomsStep.schema;

export type SymptomsAnswers = z.infer<typeof symptomsSchema>;
