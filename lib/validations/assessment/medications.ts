import * as z from "zod";
import { keysOf, opioidUse, pregnancyStatus, yesNo, yesNoUnsure } from "@/lib/assessment/options";
import { practiceDate } from "@/lib/practice-time";
import { alwaysCheck, choice, optionalText } from "./common";

const answer = "Please answer this question";

export const medicationsSchema = z
  .object({
    currentMedications: optionalText("Current medications", 2000, "medications"),
    opioidUse: choice(keysOf(opioidUse), answer),
    opioidDetails: optionalText("Opioid details", 500, "medications"),
    // Optional so that API clients written before it keep working; the wizard asks it.
    opioidLastDose: z.iso
      .date({ error: "Enter the date as YYYY-MM-DD" })
      .refine((v) => v >= "1900-01-01", { error: "Enter a date after 1900" })
      // Checked per parse against the practice's calendar, so "today" is the patient's today.
      .refine((v) => v <= practiceDate(), { error: "The date cannot be in the future" })
      .optional(),
    plannedSurgery: choice(keysOf(yesNo), answer),
    pregnancy: choice(keysOf(pregnancyStatus), answer),
    liverDisease: choice(keysOf(yesNoUnsure), answer),
    kidneyDisease: choice(keysOf(yesNoUnsure), answer),
    thyroidMedication: choice(keysOf(yesNo), answer),
    transplantOrImmunosuppressants: choice(keysOf(yesNo), answer),
    naltrexoneForAlcohol: choice(keysOf(yesNo), answer),
    priorLdn: choice(keysOf(yesNo), answer),
    priorLdnDetails: optionalText("Previous LDN details", 1000, "prior-ldn"),
    // An allergy to naltrexone rules LDN out; optional for API clients written before it.
    drugAllergies: optionalText("Medicine allergies", 1000, "allergy"),
    preferredPharmacy: optionalText("Preferred pharmacy", 200, false),
  })
  .refine(
    (v) => !(v?.opioidUse === "current" || v?.opioidUse === "recent") || Boolean(v.opioidDetails),
    {
      error: "Tell us which opioid medicine you take or took",
      path: ["opioidDetails"],
      ...alwaysCheck,
    },
  );

export type MedicationsAnswers = z.infer<typeof medicationsSchema>;
