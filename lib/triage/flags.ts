import { licensedStatesLabel } from "@/lib/config";

// The flags the screening can raise. `code` values are stored with each submission and used by the
// queue's filter and the API: they never change; a new concept gets a new code. Each flag has a
// label and a one-line reason for staff (built in rules.ts) and, separately, a sentence written for
// the patient — replies are drafted only from the patient sentence. Weights order the queue: a
// crisis or opioid use outranks everything else, and each weight is above the sum of any lighter
// combination (priority = top weight + one per other flag).

type FlagDefinition = {
  weight: number;
  label: string;
  /** For the patient's reply: plain words, no staff shorthand. */
  patient: string;
  /** LDN cannot start while this holds: a draft starts at "not a candidate now". */
  blocksStart?: true;
};

export const flagDefinitions = {
  crisis: {
    weight: 120,
    label: "Crisis answer",
    blocksStart: true,
    patient:
      "You told us you have had thoughts of harming yourself or that you would be better off dead. Your safety comes first: if you are in danger now, call 911, and you can call or text 988 at any time, day or night. We would like to talk with you about support before anything else.",
  },
  opioid_use: {
    weight: 100,
    label: "Opioid use",
    blocksStart: true,
    patient:
      "LDN cannot be taken while you take opioid medicines (such as tramadol, codeine, hydrocodone, oxycodone, methadone or buprenorphine), because naltrexone blocks them and can bring on sudden withdrawal. Starting LDN would need a plan to be off opioids first, agreed with the doctor who prescribes them. Please do not stop any medicine on your own.",
  },
  naltrexone_allergy: {
    weight: 90,
    label: "Naltrexone allergy",
    blocksStart: true,
    patient:
      "You told us you have had an allergic reaction to naltrexone. If that is right, LDN is not safe for you, and we would talk with you about other options.",
  },
  under_18: {
    weight: 80,
    label: "Under 18",
    blocksStart: true,
    patient:
      "Our practice sees adults only, so we cannot offer a consultation before you turn 18. Your own doctor can talk with you about options in the meantime.",
  },
  outside_licensed_state: {
    weight: 70,
    label: "Outside licensed state",
    blocksStart: true,
    patient: `Our physician can only see patients who are in ${licensedStatesLabel()} at the time of the video visit.`,
  },
  planned_surgery: {
    weight: 50,
    label: "Planned surgery",
    patient:
      "Because you have surgery or a procedure coming up, LDN would be paused for a few days beforehand so that pain medicine works if you need it. It can be started, or restarted, once you have recovered.",
  },
  pregnancy: {
    weight: 50,
    label: "Pregnancy, planning or breastfeeding",
    patient:
      "There is little safety information about LDN in pregnancy and breastfeeding, so we would talk through the possible benefits and risks with you before any decision.",
  },
  transplant_immunosuppression: {
    weight: 45,
    label: "Transplant / immunosuppression",
    patient:
      "Because of your transplant or the medicines you take to calm your immune system, we would want to involve your specialist before starting LDN.",
  },
  liver_disease: {
    weight: 40,
    label: "Liver disease",
    patient:
      "Naltrexone is processed by the liver, so we would want recent liver blood tests before starting LDN.",
  },
  naltrexone_for_alcohol: {
    weight: 40,
    label: "Already on naltrexone",
    blocksStart: true,
    patient:
      "You already take a medicine that contains naltrexone or a similar medicine, so LDN would not be added on top of it. We would talk with you about what makes sense.",
  },
  kidney_disease: {
    weight: 30,
    label: "Kidney disease",
    patient:
      "Because of your kidney condition, the dose may need adjusting, and we may ask for recent kidney blood tests.",
  },
  thyroid_medication: {
    weight: 20,
    label: "Thyroid hormone",
    patient:
      "LDN can lower the amount of thyroid hormone your body needs. If you start it, your thyroid blood test (TSH) should be checked after a few weeks; tell us about a racing heart, feeling jittery or trouble sleeping.",
  },
} as const satisfies Record<string, FlagDefinition>;

export type FlagCode = keyof typeof flagDefinitions;
export type Flag = { code: FlagCode; reason: string };
export type Triage = { flags: Flag[]; priority: number };

export const flagCodes = Object.keys(flagDefinitions) as [FlagCode, ...FlagCode[]];

/** Flags that mean LDN cannot start now whatever the condition. */
export function blocksStart(code: FlagCode): boolean {
  return "blocksStart" in flagDefinitions[code];
}
