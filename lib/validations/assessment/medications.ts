import * as z from "zod";
import { keysOf, opioidUse, pregnancyStatus, yesNo, yesNoUnsure } from "@/lib/assessment/options";
import { alwaysCheck, choice, optionalText } from "./common";

const answer = "Please answer this question";

export const medicationsSchema = z
  .object({
    currentMedications: optionalText("Current medications", 2000),
    opioidUse: choice(keysOf(opioidUse), answer),
    opioidDetails: optionalText("Opioid details", 500),
    plannedSurgery: choice(keysOf(yesNo), answer),
    pregnancy: choice(keysOf(pregnancyStatus), answer),
    liverDisease: choice(keysOf(yesNoUnsure), answer),
    kidneyDisease: choice(keysOf(yesNoUnsure), answer),
    thyroidMedication: choice(keysOf(yesNo), answer),
    transplantOrImmunosuppressants: choice(keysOf(yesNo), answer),
    naltrexoneForAlcohol: choice(keysOf(yesNo), answer),
    priorLdn: choice(keysOf(yesNo), answer),
    priorLdnDetails: optionalText("Previous LDN details", 1000),
    preferredPharmacy: optionalText("Preferred pharmacy", 200),
  })
  .refine(
    (v) => !(v?.opioidUse === "current" || v?.opioidUse === "recent") || Boolean(v.opioidDetails),
    {
      error: "Tell us which opioid medicine and when you last took it",
      path: ["opioidDetails"],
      ...alwaysCheck,
    },
  );

export type MedicationsAnswers = z.infer<typeof medicationsSchema>;
