import type { Assessment } from "@/lib/validations/assessment";
import { ageOn, MINIMUM_AGE } from "@/lib/validations/assessment/about";
import { practice } from "@/lib/config";

// The app flags; the physician decides. Each rule names why it matters in one line the dashboard
// shows next to the flag. Weights order the queue: a crisis or opioid use outranks everything else.

export const flagDefinitions = {
  crisis: { weight: 100, label: "Crisis answer" },
  opioid_use: { weight: 90, label: "Opioid use" },
  under_18: { weight: 80, label: "Under 18" },
  outside_licensed_state: { weight: 70, label: "Outside licensed state" },
  planned_surgery: { weight: 50, label: "Planned surgery" },
  pregnancy: { weight: 50, label: "Pregnancy or breastfeeding" },
  transplant_immunosuppression: { weight: 45, label: "Transplant / immunosuppression" },
  liver_disease: { weight: 40, label: "Liver disease" },
  naltrexone_for_alcohol: { weight: 40, label: "Already on naltrexone" },
  kidney_disease: { weight: 30, label: "Kidney disease" },
  thyroid_medication: { weight: 20, label: "Thyroid hormone" },
} as const;

export type FlagCode = keyof typeof flagDefinitions;
export type Flag = { code: FlagCode; reason: string };
export type Triage = { flags: Flag[]; priority: number };

type Rule = (a: Assessment, today: Date) => Flag | null;

const rules: Rule[] = [
  (a) =>
    a.symptoms.selfHarmThoughts === "yes"
      ? {
          code: "crisis",
          reason: "Reported thoughts of self-harm: reach out today; 988 and 911 were shown.",
        }
      : null,
  (a) =>
    a.medications.opioidUse === "current"
      ? {
          code: "opioid_use",
          reason:
            "Takes opioids now: naltrexone blocks them and can precipitate withdrawal; not a candidate while taking opioids.",
        }
      : a.medications.opioidUse === "recent"
        ? {
            code: "opioid_use",
            reason:
              "Opioids in the last 10 days: naltrexone can precipitate withdrawal; confirm an opioid-free interval first.",
          }
        : null,
  (a, today) =>
    ageOn(a.about.dateOfBirth, today) < MINIMUM_AGE
      ? { code: "under_18", reason: "Under 18: the practice treats adults only." }
      : null,
  (a) =>
    !practice.licensedStates.includes(a.about.state) || a.about.inStateForVisit === "no"
      ? {
          code: "outside_licensed_state",
          reason: "Will not be in a licensed state at the time of the visit.",
        }
      : null,
  (a) =>
    a.medications.plannedSurgery === "yes"
      ? {
          code: "planned_surgery",
          reason:
            "Surgery or a procedure planned soon: may need opioid pain relief; LDN is paused before it.",
        }
      : null,
  (a) =>
    a.medications.pregnancy === "pregnant" ||
    a.medications.pregnancy === "breastfeeding" ||
    a.medications.pregnancy === "planning"
      ? {
          code: "pregnancy",
          reason: `Pregnancy status: ${a.medications.pregnancy}; limited safety data, discuss risks and benefits.`,
        }
      : null,
  (a) =>
    a.medications.transplantOrImmunosuppressants === "yes"
      ? {
          code: "transplant_immunosuppression",
          reason:
            "Organ transplant or strong immunosuppressants: immune effects need specialist input.",
        }
      : null,
  (a) =>
    a.medications.liverDisease !== "no"
      ? {
          code: "liver_disease",
          reason: `Liver disease or hepatitis (${a.medications.liverDisease}): naltrexone is processed by the liver; check liver tests.`,
        }
      : null,
  (a) =>
    a.medications.naltrexoneForAlcohol === "yes"
      ? {
          code: "naltrexone_for_alcohol",
          reason: "Already takes naltrexone for alcohol dependence: LDN would duplicate it.",
        }
      : null,
  (a) =>
    a.medications.kidneyDisease !== "no"
      ? {
          code: "kidney_disease",
          reason: `Kidney disease (${a.medications.kidneyDisease}): dosing may need adjustment.`,
        }
      : null,
  (a) =>
    a.medications.thyroidMedication === "yes"
      ? {
          code: "thyroid_medication",
          reason:
            "Takes thyroid hormone: LDN can lower the dose needed; watch for over-replacement.",
        }
      : null,
];

/** Flags with reasons, most urgent first, and a priority: the top weight plus one per other flag. */
export function triage(assessment: Assessment, today: Date = new Date()): Triage {
  const flags = rules
    .map((rule) => rule(assessment, today))
    .filter((flag): flag is Flag => flag !== null)
    .sort((a, b) => flagDefinitions[b.code].weight - flagDefinitions[a.code].weight);
  const top = flags[0] ? flagDefinitions[flags[0].code].weight : 0;
  return { flags, priority: flags.length === 0 ? 0 : top + flags.length - 1 };
}
