import * as z from "zod";
import { opioidUse, pregnancyStatus, yesNo, yesNoUnsure } from "@/lib/assessment/options";
import { practiceDate } from "@/lib/practice-time";
import { optionalText } from "./common";
import { defineStep, radio } from "./define";

const answer = "Please answer this question";
const usesOpioids = { question: "opioidUse", is: ["current", "recent"] } as const;

export const medicationsStep = defineStep({
  key: "medications",
  title: "Medications and safety",
  questions: {
    currentMedications: {
      kind: "textarea",
      schema: optionalText("Current medications", 2000, "medications"),
      example: "Duloxetine 30 mg daily; vitamin D",
      text: {
        label: "Medicines and supplements you take now (optional)",
        hint: "Include doses if you know them, and vitamins or herbal supplements.",
      },
      input: { rows: 3 },
    },
    opioidUse: radio(opioidUse, answer, "none", {
      flags: ["opioid_use"],
      text: {
        label: "Have you taken any opioid medicine in the last 14 days?",
        // Brand names on purpose: many patients do not know that Norco or Suboxone is an opioid.
        hint: "For example tramadol, Tylenol #3, Norco, Percocet, Suboxone, methadone, kratom or a codeine cough syrup, whether prescribed or not.",
      },
    }),
    opioidDetails: {
      kind: "text",
      schema: optionalText("Opioid details", 500, "medications"),
      showIf: usesOpioids,
      requiredWhenShown: "Tell us which opioid medicine you take or took",
      flags: ["opioid_use"],
      text: {
        label: "Which opioid medicine, and how much?",
        note: {
          title: "A note about opioids",
          body: "LDN cannot be taken at the same time as opioid medicines: naltrexone blocks them and can bring on sudden withdrawal. Please keep taking your medicines as prescribed and carry on with the assessment — the physician will talk with you about timing and other options.",
        },
      },
    },
    // Optional so that API clients written before it keep working; the wizard asks it.
    opioidLastDose: {
      kind: "text",
      schema: z.iso
        .date({ error: "Enter the date as YYYY-MM-DD" })
        .refine((v) => v >= "1900-01-01", { error: "Enter a date after 1900" })
        // Checked per parse against the practice's calendar, so "today" is the patient's today.
        .refine((v) => v <= practiceDate(), { error: "The date cannot be in the future" })
        .optional(),
      showIf: usesOpioids,
      flags: ["opioid_use"],
      date: true,
      text: {
        label: "Date of your last dose",
        hint: "If you take it every day, today's date. Methadone and buprenorphine stay in the body longer, so the timing matters.",
      },
      input: { type: "date", className: "sm:max-w-60", valueAs: "optional" },
    },
    plannedSurgery: radio(yesNo, answer, "no", {
      flags: ["planned_surgery"],
      text: {
        label: "Do you have surgery or a procedure planned in the next few months?",
        hint: "LDN is paused before surgery so that pain relief works if you need it.",
      },
      input: { inline: true },
    }),
    pregnancy: radio(pregnancyStatus, answer, "no", {
      flags: ["pregnancy"],
      text: { label: "Are you pregnant, breastfeeding or planning a pregnancy?" },
    }),
    liverDisease: radio(yesNoUnsure, answer, "no", {
      flags: ["liver_disease"],
      text: { label: "Do you have liver disease or hepatitis?" },
      input: { inline: true },
    }),
    kidneyDisease: radio(yesNoUnsure, answer, "no", {
      flags: ["kidney_disease"],
      text: { label: "Do you have kidney disease?" },
      input: { inline: true },
    }),
    thyroidMedication: radio(yesNo, answer, "no", {
      flags: ["thyroid_medication"],
      text: { label: "Do you take thyroid hormone, such as levothyroxine?" },
      input: { inline: true },
    }),
    transplantOrImmunosuppressants: radio(yesNo, answer, "no", {
      flags: ["transplant_immunosuppression"],
      text: {
        label:
          "Have you had an organ transplant, or do you take anti-rejection or strong immune-suppressing medicines?",
      },
      input: { inline: true },
    }),
    // Stored under its first wording's name; it now asks about naltrexone for any reason.
    naltrexoneForAlcohol: radio(yesNo, answer, "no", {
      flags: ["naltrexone_for_alcohol"],
      text: {
        label: "Do you take naltrexone for any reason (for example Vivitrol, Revia or Contrave)?",
      },
      input: { inline: true },
    }),
    priorLdn: radio(yesNo, answer, "no", {
      text: { label: "Have you taken LDN before?" },
      input: { inline: true },
    }),
    priorLdnDetails: {
      kind: "textarea",
      schema: optionalText("Previous LDN details", 1000, "prior-ldn"),
      showIf: { question: "priorLdn", is: ["yes"] },
      text: { label: "What dose did you take, how did it help, and did you have side effects?" },
      input: { rows: 3 },
    },
    // An allergy to naltrexone rules LDN out; optional for API clients written before it.
    drugAllergies: {
      kind: "textarea",
      schema: optionalText("Medicine allergies", 1000, "allergy"),
      flags: ["naltrexone_allergy"],
      text: {
        label: "Allergies or bad reactions to any medicine (optional)",
        hint: "For example penicillin, codeine or naltrexone, and what happened.",
      },
      input: { rows: 2 },
    },
    preferredPharmacy: {
      kind: "text",
      schema: optionalText("Preferred pharmacy", 200, false),
      text: {
        label: "Preferred compounding pharmacy (optional)",
        hint: "If you already use a compounding pharmacy, tell us its name and city.",
      },
    },
  },
});

export const medicationsSchema = medicationsStep.schema;

export type MedicationsAnswers = z.infer<typeof medicationsSchema>;
