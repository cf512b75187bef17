import type { AssessmentInput } from "./index";

/** A complete, valid assessment: the OpenAPI example and the base of the tests' payloads. */
export const exampleAssessment = {
  formVersion: 1,
  about: {
    firstName: "Jordan",
    lastName: "Rivera",
    email: "jordan.rivera@example.com",
    phone: "(512) 555-0100",
    dateOfBirth: "1984-03-14",
    state: "TX",
    inStateForVisit: "yes",
  },
  condition: {
    primaryCondition: "fibromyalgia",
    diagnosis: "confirmed",
    diagnosisYear: 2019,
    otherDiagnoses: "Irritable bowel syndrome",
  },
  symptoms: {
    mainSymptoms: "Widespread pain, morning stiffness and poor sleep.",
    duration: "over_2_years",
    scores: { pain: 7, fatigue: 8, sleep: 6, mood: 4 },
    selfHarmThoughts: "no",
  },
  medications: {
    currentMedications: "Duloxetine 30 mg daily; vitamin D",
    opioidUse: "none",
    plannedSurgery: "no",
    pregnancy: "no",
    liverDisease: "no",
    kidneyDisease: "no",
    thyroidMedication: "no",
    transplantOrImmunosuppressants: "no",
    naltrexoneForAlcohol: "no",
    priorLdn: "no",
  },
  goals: {
    goals: "Less pain on most days and enough energy to work full time.",
    previousTreatments: "Physical therapy, gabapentin (stopped for dizziness)",
  },
  consent: {
    telemedicine: true,
    privacy: true,
    notEmergency: true,
    signature: "Jordan Rivera",
  },
} satisfies AssessmentInput;
