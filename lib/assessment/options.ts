// Answer choices for the assessment, with the words patients and staff see. The zod schemas take
// their enums from here, so a choice cannot exist in the form without existing in validation.

export const conditions = {
  fibromyalgia: "Fibromyalgia",
  multiple_sclerosis: "Multiple sclerosis",
  crohns: "Crohn's disease",
  ulcerative_colitis: "Ulcerative colitis or other inflammatory bowel disease",
  crps: "Complex regional pain syndrome (CRPS)",
  hashimotos: "Hashimoto's thyroiditis",
  other_autoimmune: "Another autoimmune condition",
  chronic_pain: "Chronic pain with an inflammatory or nerve component",
  long_covid: "Long COVID",
  me_cfs: "ME/CFS (chronic fatigue syndrome)",
  other: "Something else",
} as const;
export type Condition = keyof typeof conditions;

export const diagnosisStatus = {
  confirmed: "Diagnosed by a doctor",
  suspected: "Suspected, not yet diagnosed",
} as const;

export const symptomDurations = {
  under_6_months: "Less than 6 months",
  "6_to_24_months": "6 months to 2 years",
  over_2_years: "More than 2 years",
} as const;

// 14 days, not 10: after methadone or buprenorphine naltrexone can bring on withdrawal for up to two
// weeks (Vivitrol label §2.1); the date of the last dose lets the physician apply the shorter
// window to short-acting opioids.
export const opioidUse = {
  none: "No, none in the last 14 days",
  current: "Yes, I take them now",
  recent: "Yes, in the last 14 days but not now",
} as const;

export const pregnancyStatus = {
  no: "No",
  pregnant: "I am pregnant",
  breastfeeding: "I am breastfeeding",
  planning: "I am planning a pregnancy in the next year",
  not_applicable: "Not applicable",
} as const;

export const yesNo = { yes: "Yes", no: "No" } as const;
export const yesNoUnsure = { yes: "Yes", no: "No", unsure: "I'm not sure" } as const;

export function keysOf<T extends Record<string, string>>(
  record: T,
): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];
}
