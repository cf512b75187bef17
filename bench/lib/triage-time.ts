import { performance } from "node:perf_hooks";
import { triage } from "../../lib/triage/rules";
import { assessmentSchema, type Assessment } from "../../lib/validations/assessment";
import { exampleAssessment } from "../../lib/validations/assessment/example";
import { round, summarize, type LatencySummary } from "./stats";

// The screening runs on every submission inside the request: it must stay cheap. Measured in this
// process (the same code the server runs) on a typical patient and on one whose every text field is
// filled to its limit with medicine-laden prose — the worst case the schema allows.

const SENTENCES = [
  "I take Norco 5/325 twice a day and Synthroid 75 mcg every morning.",
  "My mother has cirrhosis and my brother had a kidney transplant.",
  "Stopped tramadol in 2019, never took methadone, no opioids now.",
  "Widespread pain, poor sleep, brain fog and fatigue most days of the week.",
  "Tried physical therapy, gabapentin, duloxetine and acupuncture without much change.",
];

function filled(max: number): string {
  let text = "";
  for (let i = 0; text.length < max - 80; i++) text += `${SENTENCES[i % SENTENCES.length]} `;
  return text.trim();
}

function worstCase(): Assessment {
  const a = structuredClone(assessmentSchema.parse(exampleAssessment));
  a.condition.otherDiagnoses = filled(2000);
  a.symptoms.mainSymptoms = filled(2000);
  a.medications.currentMedications = filled(2000);
  a.medications.drugAllergies = filled(1000);
  a.goals.goals = filled(2000);
  a.goals.previousTreatments = filled(2000);
  a.goals.questions = filled(2000);
  return a;
}

function time(assessment: Assessment, runs: number): LatencySummary {
  for (let i = 0; i < 200; i++) triage(assessment);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    triage(assessment);
    samples.push(performance.now() - start);
  }
  const s = summarize(samples);
  return { p50: round(s.p50, 3), p99: round(s.p99, 3), max: round(s.max, 3) };
}

export type TriageTiming = { typical: LatencySummary; maxLengthText: LatencySummary };

/** Triage time per submission, in milliseconds. */
export function measureTriage(runs = 5000): TriageTiming {
  const typical = assessmentSchema.parse({
    ...exampleAssessment,
    medications: {
      ...exampleAssessment.medications,
      currentMedications: "Duloxetine 30 mg daily; Synthroid 50 mcg; vitamin D",
    },
  });
  return { typical: time(typical, runs), maxLengthText: time(worstCase(), Math.min(runs, 1000)) };
}
