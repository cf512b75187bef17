import type { DefaultValues } from "react-hook-form";
import { FORM_VERSION, type AssessmentInput } from "@/lib/validations/assessment";

/**
 * The empty form. Text starts as "" (so inputs are never uncontrolled → controlled), choices and
 * scores start unanswered, and the consent boxes start unticked: the schema only accepts `true`,
 * which is why this object is cast rather than typed as a valid input.
 */
export const emptyAssessment = {
  formVersion: FORM_VERSION,
  about: { firstName: "", lastName: "", email: "", phone: "", dateOfBirth: "", state: "" },
  condition: { otherCondition: "", otherDiagnoses: "" },
  symptoms: { mainSymptoms: "", scores: {} },
  medications: {
    currentMedications: "",
    opioidDetails: "",
    priorLdnDetails: "",
    drugAllergies: "",
    preferredPharmacy: "",
  },
  goals: { goals: "", previousTreatments: "", questions: "" },
  consent: { telemedicine: false, privacy: false, notEmergency: false, signature: "" },
} as unknown as DefaultValues<AssessmentInput>;
