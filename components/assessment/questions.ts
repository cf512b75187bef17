// The wording of every question, in the order the patient sees them. The step components and the
// review step both read from here, so a question reads the same wherever it appears.
import type { FieldPath } from "react-hook-form";
import {
  conditions,
  diagnosisStatus,
  opioidUse,
  pregnancyStatus,
  scoreLabels,
  symptomDurations,
  yesNo,
  yesNoUnsure,
} from "@/lib/assessment/options";
import { licensedStatesLabel, practice, stateNames } from "@/lib/config";
import type { AssessmentInput, StepKey } from "@/lib/validations/assessment";

export type FieldName = FieldPath<AssessmentInput>;
export type ScoreKey = keyof typeof scoreLabels;

/** DOM id of a field's control (the first radio of a group), used by labels and error links. */
export function fieldId(name: string): string {
  return `f-${name.replace(/\./g, "-")}`;
}

const where =
  practice.licensedStates.length === 1
    ? licensedStatesLabel()
    : `one of these states (${licensedStatesLabel()})`;

export const labels = {
  "about.firstName": "First name",
  "about.lastName": "Last name",
  "about.email": "Email",
  "about.phone": "Phone (optional)",
  "about.dateOfBirth": "Date of birth",
  "about.state": "State you live in",
  "about.inStateForVisit": `Will you be in ${where} at the time of a video visit?`,
  "condition.primaryCondition": "Which condition would you like help with?",
  "condition.otherCondition": "Name of your condition",
  "condition.diagnosis": "Has a doctor diagnosed it?",
  "condition.diagnosisYear": "Year it was diagnosed (optional)",
  "condition.otherDiagnoses": "Other diagnoses or health conditions (optional)",
  "symptoms.mainSymptoms": "Your main symptoms",
  "symptoms.duration": "How long have you had these symptoms?",
  "symptoms.scores.pain": scoreLabels.pain,
  "symptoms.scores.fatigue": scoreLabels.fatigue,
  "symptoms.scores.sleep": scoreLabels.sleep,
  "symptoms.scores.mood": scoreLabels.mood,
  "symptoms.selfHarmThoughts":
    "In the past two weeks, have you had thoughts that you would be better off dead or of hurting yourself?",
  "medications.currentMedications": "Medicines and supplements you take now (optional)",
  "medications.opioidUse": "Have you taken any opioid medicine in the last 14 days?",
  "medications.opioidDetails": "Which opioid medicine, and how much?",
  "medications.opioidLastDose": "Date of your last dose",
  "medications.plannedSurgery":
    "Do you have surgery or a procedure planned in the next few months?",
  "medications.pregnancy": "Are you pregnant, breastfeeding or planning a pregnancy?",
  "medications.liverDisease": "Do you have liver disease or hepatitis?",
  "medications.kidneyDisease": "Do you have kidney disease?",
  "medications.thyroidMedication": "Do you take thyroid hormone, such as levothyroxine?",
  "medications.transplantOrImmunosuppressants":
    "Have you had an organ transplant, or do you take anti-rejection or strong immune-suppressing medicines?",
  // Stored under its first wording's name (naltrexoneForAlcohol); it now asks about any reason.
  "medications.naltrexoneForAlcohol":
    "Do you take naltrexone for any reason (for example Vivitrol, Revia or Contrave)?",
  "medications.drugAllergies": "Allergies or bad reactions to any medicine (optional)",
  "medications.priorLdn": "Have you taken LDN before?",
  "medications.priorLdnDetails":
    "What dose did you take, how did it help, and did you have side effects?",
  "medications.preferredPharmacy": "Preferred compounding pharmacy (optional)",
  "goals.goals": "Your goals",
  "goals.previousTreatments": "Treatments you have tried (optional)",
  "goals.questions": "Questions for the physician (optional)",
  "consent.telemedicine": "I agree to be contacted about a telemedicine consultation",
  "consent.privacy": "I have read the privacy notice",
  "consent.notEmergency":
    "I understand this is not emergency care: if I need urgent help I will call 911 or 988",
  "consent.signature": "Type your full name to sign",
} as const satisfies Partial<Record<FieldName, string>>;

export type LabeledField = keyof typeof labels;

/** Answer choices by field, for radio groups and for showing a stored key as words. */
export const choices: Partial<Record<LabeledField, Record<string, string>>> = {
  "about.state": stateNames,
  "about.inStateForVisit": yesNo,
  "condition.primaryCondition": conditions,
  "condition.diagnosis": diagnosisStatus,
  "symptoms.duration": symptomDurations,
  "symptoms.selfHarmThoughts": yesNo,
  "medications.opioidUse": opioidUse,
  "medications.plannedSurgery": yesNo,
  "medications.pregnancy": pregnancyStatus,
  "medications.liverDisease": yesNoUnsure,
  "medications.kidneyDisease": yesNoUnsure,
  "medications.thyroidMedication": yesNo,
  "medications.transplantOrImmunosuppressants": yesNo,
  "medications.naltrexoneForAlcohol": yesNo,
  "medications.priorLdn": yesNo,
};

type AnswerStep = Exclude<StepKey, "consent">;

/** The questions of each step in screen order (also the order of the error summary). */
export const stepFields: Record<StepKey, LabeledField[]> = {
  about: [
    "about.firstName",
    "about.lastName",
    "about.email",
    "about.phone",
    "about.dateOfBirth",
    "about.state",
    "about.inStateForVisit",
  ],
  condition: [
    "condition.primaryCondition",
    "condition.otherCondition",
    "condition.diagnosis",
    "condition.diagnosisYear",
    "condition.otherDiagnoses",
  ],
  symptoms: [
    "symptoms.mainSymptoms",
    "symptoms.duration",
    "symptoms.scores.pain",
    "symptoms.scores.fatigue",
    "symptoms.scores.sleep",
    "symptoms.scores.mood",
    "symptoms.selfHarmThoughts",
  ],
  medications: [
    "medications.currentMedications",
    "medications.opioidUse",
    "medications.opioidDetails",
    "medications.opioidLastDose",
    "medications.plannedSurgery",
    "medications.pregnancy",
    "medications.liverDisease",
    "medications.kidneyDisease",
    "medications.thyroidMedication",
    "medications.transplantOrImmunosuppressants",
    "medications.naltrexoneForAlcohol",
    "medications.priorLdn",
    "medications.priorLdnDetails",
    "medications.drugAllergies",
    "medications.preferredPharmacy",
  ],
  goals: ["goals.goals", "goals.previousTreatments", "goals.questions"],
  consent: ["consent.telemedicine", "consent.privacy", "consent.notEmergency", "consent.signature"],
} satisfies Record<AnswerStep | "consent", LabeledField[]>;

/** Questions answered with a calendar date (YYYY-MM-DD), shown as "March 14, 1984". */
export const dateFields: ReadonlySet<LabeledField> = new Set([
  "about.dateOfBirth",
  "medications.opioidLastDose",
]);

/** Follow-up questions asked only after a particular answer. */
export const followUps: Partial<Record<LabeledField, (answer: unknown) => boolean>> = {
  "condition.otherCondition": (v) => v === "other",
  "medications.opioidDetails": (v) => v === "current" || v === "recent",
  "medications.opioidLastDose": (v) => v === "current" || v === "recent",
  "medications.priorLdnDetails": (v) => v === "yes",
};

/** The question each follow-up depends on. */
export const followUpOf: Partial<Record<LabeledField, LabeledField>> = {
  "condition.otherCondition": "condition.primaryCondition",
  "medications.opioidDetails": "medications.opioidUse",
  "medications.opioidLastDose": "medications.opioidUse",
  "medications.priorLdnDetails": "medications.priorLdn",
};
