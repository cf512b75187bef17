import type { Condition } from "@/lib/assessment/options";
import { practice } from "@/lib/config";
import type { FlagCode } from "@/lib/triage/flags";
import { FORM_VERSION, type AssessmentInput } from "@/lib/validations/assessment";
import { conditionStories } from "./condition-stories";
import type { Random } from "./random";

/**
 * The flags a synthetic patient can raise through the real form. `under_18` cannot: the intake
 * schema refuses minors, so no stored submission has it.
 */
export type SeedFlag = Exclude<FlagCode, "under_18">;

export type SyntheticPatient = {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  /** YYYY-MM-DD; fixed rather than "N years ago" so the same patient hashes the same every run. */
  dateOfBirth: string;
  condition: Condition;
  flags: readonly SeedFlag[];
};

/** The answers that make triage raise exactly the patient's flags (see lib/triage/rules.ts). */
function medicationAnswers(
  flags: ReadonlySet<SeedFlag>,
  random: Random,
  currentMedications: string,
) {
  const opioid = flags.has("opioid_use") ? random.pick(["current", "recent"] as const) : "none";
  return {
    currentMedications: flags.has("thyroid_medication")
      ? `${currentMedications}; levothyroxine 75 mcg`
      : currentMedications,
    opioidUse: opioid,
    ...(opioid === "none"
      ? {}
      : {
          opioidDetails:
            opioid === "current"
              ? "Tramadol 50 mg twice daily for back pain"
              : "Hydrocodone for 5 days after a dental extraction, last dose a week ago",
        }),
    plannedSurgery: flags.has("planned_surgery") ? "yes" : "no",
    pregnancy: flags.has("pregnancy")
      ? random.pick(["pregnant", "breastfeeding", "planning"] as const)
      : "no",
    liverDisease: flags.has("liver_disease") ? random.pick(["yes", "unsure"] as const) : "no",
    kidneyDisease: flags.has("kidney_disease") ? random.pick(["yes", "unsure"] as const) : "no",
    thyroidMedication: flags.has("thyroid_medication") ? "yes" : "no",
    transplantOrImmunosuppressants: flags.has("transplant_immunosuppression") ? "yes" : "no",
    naltrexoneForAlcohol: flags.has("naltrexone_for_alcohol") ? "yes" : "no",
    priorLdn: random.chance(0.15) ? "yes" : "no",
    ...(flags.has("naltrexone_allergy") ? { drugAllergies: "Naltrexone: hives and swelling" } : {}),
  } as const;
}

/** A complete assessment as the patient's browser would post it (validate it before storing). */
export function buildAssessment(patient: SyntheticPatient, random: Random): AssessmentInput {
  const flags = new Set(patient.flags);
  const story = conditionStories[patient.condition];
  const score = () => random.int(2, 9);
  return {
    formVersion: FORM_VERSION,
    about: {
      firstName: patient.firstName,
      lastName: patient.lastName,
      email: patient.email,
      ...(patient.phone ? { phone: patient.phone } : {}),
      dateOfBirth: patient.dateOfBirth,
      state: practice.licensedStates[0] ?? "TX",
      inStateForVisit: flags.has("outside_licensed_state") ? "no" : "yes",
    },
    condition: {
      primaryCondition: patient.condition,
      ...(story.otherCondition ? { otherCondition: story.otherCondition } : {}),
      diagnosis: random.chance(0.85) ? "confirmed" : "suspected",
      diagnosisYear: random.int(2008, 2025),
      ...(story.otherDiagnoses ? { otherDiagnoses: story.otherDiagnoses } : {}),
    },
    symptoms: {
      mainSymptoms: story.mainSymptoms,
      duration: random.pick([
        "under_6_months",
        "6_to_24_months",
        "over_2_years",
        "over_2_years",
      ] as const),
      scores: { pain: score(), fatigue: score(), sleep: score(), mood: score() },
      selfHarmThoughts: flags.has("crisis") ? "yes" : "no",
    },
    medications: medicationAnswers(flags, random, story.currentMedications),
    goals: {
      goals: story.goals,
      previousTreatments: story.previousTreatments,
      ...(random.chance(0.3)
        ? { questions: "How long would it take to know whether LDN helps?" }
        : {}),
    },
    consent: {
      telemedicine: true,
      privacy: true,
      notEmergency: true,
      signature: `${patient.firstName} ${patient.lastName}`,
    },
  };
}
