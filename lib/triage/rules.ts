import { licensedStatesLabel, practice, stateNames } from "@/lib/config";
import { opioidUse, pregnancyStatus, yesNo, yesNoUnsure } from "@/lib/assessment/options";
import { daysBetween, practiceDate } from "@/lib/practice-time";
import type { Assessment } from "@/lib/validations/assessment";
import { ageOn, MINIMUM_AGE } from "@/lib/validations/assessment/about";
import { screenedTexts } from "./fields";
import { flagDefinitions, type Flag, type FlagCode, type Triage } from "./flags";
import { drugClasses, LONG_ACTING } from "./lexicon";
import { screenText, type Concept, type Finding } from "./screen";

export { flagDefinitions, blocksStart, flagCodes } from "./flags";
export type { Flag, FlagCode, Triage } from "./flags";

// The app flags; the physician decides. Each flag comes from the yes/no answers, from the patient's
// own words (lib/triage/screen.ts), or both, and its reason says which, in words the physician can
// check against the answers: "Current medications mentions 'Norco 5/325' (hydrocodone, an opioid);
// answered 'No, none in the last 14 days' to opioid use."

/** Opioid-free days needed before naltrexone (Vivitrol label §2.1: 7–10 days; up to 14 after
 * methadone or buprenorphine). */
const OPIOID_FREE_DAYS = { short: 10, long: 14 } as const;

type Answers = Assessment;
type Structured = (a: Answers, today: Date) => string | null;

/** The question each flag answers, to name a conflict between it and the patient's words. */
type Question = { topic: string; answer: (a: Answers) => string | undefined };

const said = (choices: Record<string, string>, value: string | undefined) =>
  value === undefined ? undefined : (choices[value] ?? value);

const questions: Partial<Record<FlagCode, Question>> = {
  crisis: {
    topic: "thoughts of self-harm",
    answer: (a) => said(yesNo, a.symptoms.selfHarmThoughts),
  },
  opioid_use: { topic: "opioid use", answer: (a) => said(opioidUse, a.medications.opioidUse) },
  planned_surgery: {
    topic: "planned surgery",
    answer: (a) => said(yesNo, a.medications.plannedSurgery),
  },
  pregnancy: { topic: "pregnancy", answer: (a) => said(pregnancyStatus, a.medications.pregnancy) },
  transplant_immunosuppression: {
    topic: "transplant or immunosuppressants",
    answer: (a) => said(yesNo, a.medications.transplantOrImmunosuppressants),
  },
  liver_disease: {
    topic: "liver disease",
    answer: (a) => said(yesNoUnsure, a.medications.liverDisease),
  },
  naltrexone_for_alcohol: {
    topic: "naltrexone",
    answer: (a) => said(yesNo, a.medications.naltrexoneForAlcohol),
  },
  kidney_disease: {
    topic: "kidney disease",
    answer: (a) => said(yesNoUnsure, a.medications.kidneyDisease),
  },
  thyroid_medication: {
    topic: "thyroid hormone",
    answer: (a) => said(yesNo, a.medications.thyroidMedication),
  },
};

/** Which flag a concept found in text raises. */
const conceptFlag: Record<Concept, FlagCode> = {
  opioid: "opioid_use",
  thyroid: "thyroid_medication",
  immunosuppressant: "transplant_immunosuppression",
  transplant: "transplant_immunosuppression",
  antagonist: "naltrexone_for_alcohol",
  allergy: "naltrexone_allergy",
  liver: "liver_disease",
  kidney: "kidney_disease",
  pregnancy: "pregnancy",
  surgery: "planned_surgery",
  crisis: "crisis",
};

const conditionWords: Partial<Record<Concept, string>> = {
  liver: "liver disease",
  kidney: "kidney disease",
  transplant: "an organ transplant",
  pregnancy: "pregnancy, planning a pregnancy or breastfeeding",
  surgery: "planned surgery or a procedure",
  crisis: "thoughts of suicide or self-harm",
};

function usesLongActing(a: Answers, findings: Finding[]): boolean {
  const details = `${a.medications.opioidDetails ?? ""} ${a.medications.currentMedications ?? ""}`;
  return (
    findings.some((f) => f.generic !== undefined && LONG_ACTING.has(f.generic)) ||
    /methadon|bupren|suboxone|subutex|sublocade|zubsolv|butrans|belbuca/i.test(details)
  );
}

function opioidReason(a: Answers, today: Date, longActing: boolean): string | null {
  const use = a.medications.opioidUse;
  if (use !== "current" && use !== "recent") return null;
  const answered = `answered '${opioidUse[use]}'`;
  const window = longActing
    ? `methadone or buprenorphine: about ${OPIOID_FREE_DAYS.long} opioid-free days before naltrexone`
    : `short-acting opioids: ${OPIOID_FREE_DAYS.short - 3}–${OPIOID_FREE_DAYS.short} opioid-free days before naltrexone`;
  const last = a.medications.opioidLastDose;
  const lastDose = last
    ? `; last dose ${last} (${daysBetween(last, practiceDate(today))} days ago)`
    : "; date of last dose not given";
  return use === "current"
    ? `Takes opioids now (${answered})${lastDose}: naltrexone blocks them and can precipitate withdrawal; LDN cannot start while taking opioids (${window}).`
    : `Took opioids recently (${answered})${lastDose}: naltrexone can precipitate withdrawal; confirm the opioid-free interval first (${window}).`;
}

/** Flags raised by the yes/no answers alone, with the staff reason. */
const structured: Partial<Record<FlagCode, Structured>> = {
  crisis: (a) =>
    a.symptoms.selfHarmThoughts === "yes"
      ? "Answered 'Yes' to thoughts of being better off dead or of self-harm in the past two weeks: contact the patient today."
      : null,
  under_18: (a, today) =>
    ageOn(a.about.dateOfBirth, today) < MINIMUM_AGE
      ? `Under 18 (born ${a.about.dateOfBirth}): the practice treats adults only.`
      : null,
  outside_licensed_state: (a) =>
    !practice.licensedStates.includes(a.about.state)
      ? `Lives in ${stateNames[a.about.state] ?? a.about.state}, outside the licensed state(s) (${licensedStatesLabel()}).`
      : a.about.inStateForVisit === "no"
        ? `Answered 'No' to being in ${licensedStatesLabel()} at the time of the visit.`
        : null,
  planned_surgery: (a) =>
    a.medications.plannedSurgery === "yes"
      ? "Surgery or a procedure planned in the next few months: may need opioid pain relief; LDN is paused before it."
      : null,
  pregnancy: (a) => {
    const v = a.medications.pregnancy;
    return v === "pregnant" || v === "breastfeeding" || v === "planning"
      ? `Answered '${pregnancyStatus[v]}': limited safety data in pregnancy and breastfeeding; discuss benefits and risks.`
      : null;
  },
  transplant_immunosuppression: (a) =>
    a.medications.transplantOrImmunosuppressants === "yes"
      ? "Organ transplant or strong immunosuppressants (answered 'Yes'): immune effects need specialist input."
      : null,
  liver_disease: (a) =>
    a.medications.liverDisease !== "no"
      ? `Answered '${yesNoUnsure[a.medications.liverDisease]}' to liver disease or hepatitis: naltrexone is processed by the liver; check liver tests.`
      : null,
  naltrexone_for_alcohol: (a) =>
    a.medications.naltrexoneForAlcohol === "yes"
      ? "Already takes naltrexone (answered 'Yes'): LDN would duplicate it."
      : null,
  kidney_disease: (a) =>
    a.medications.kidneyDisease !== "no"
      ? `Answered '${yesNoUnsure[a.medications.kidneyDisease]}' to kidney disease: dosing may need adjustment; check kidney function.`
      : null,
  thyroid_medication: (a) =>
    a.medications.thyroidMedication === "yes"
      ? "Takes thyroid hormone (answered 'Yes'): LDN may lower the dose needed; check TSH."
      : null,
};

/** "Current medications mentions 'Norco 5/325' (hydrocodone, an opioid)" */
function describe(f: Finding): string {
  const what =
    f.concept === "opioid" ||
    f.concept === "thyroid" ||
    f.concept === "immunosuppressant" ||
    f.concept === "antagonist"
      ? drugClasses[f.concept].staff
      : f.concept === "allergy"
        ? "an allergy to naltrexone, a contraindication"
        : conditionWords[f.concept];
  const generic =
    f.generic && !f.generic.startsWith("an ") && f.generic !== f.excerpt.toLowerCase()
      ? `${f.generic}, `
      : "";
  const recent = f.recent ? ", mentioned as recent" : "";
  return `${f.field} mentions '${f.excerpt}' (${generic}${what}${recent})`;
}

const MAX_MENTIONS = 3;

/** Flags with reasons, most urgent first, and a priority: the top weight plus one per other flag. */
export function triage(assessment: Answers, today: Date = new Date()): Triage {
  const findings = screenedTexts(assessment).flatMap(screenText);
  const byCode = new Map<FlagCode, Finding[]>();
  for (const f of findings) {
    const code = conceptFlag[f.concept];
    byCode.set(code, [...(byCode.get(code) ?? []), f]);
  }

  const flags: Flag[] = [];
  for (const code of Object.keys(flagDefinitions) as FlagCode[]) {
    const fromAnswer =
      code === "opioid_use"
        ? opioidReason(assessment, today, usesLongActing(assessment, findings))
        : (structured[code]?.(assessment, today) ?? null);
    // The opioid answer's own follow-up names the opioid: repeating it would add nothing.
    const mentions = (byCode.get(code) ?? [])
      .filter((f) => !(fromAnswer && f.path === "medications.opioidDetails"))
      .slice(0, MAX_MENTIONS);
    if (!fromAnswer && mentions.length === 0) continue;
    const text = mentions.map(describe).join("; ");
    let reason: string;
    if (fromAnswer) reason = mentions.length > 0 ? `${fromAnswer} Also: ${text}.` : fromAnswer;
    else {
      const question = questions[code];
      const answer = question?.answer(assessment);
      const conflict = question
        ? answer === undefined
          ? `; did not answer the question on ${question.topic}`
          : `; answered '${answer}' to ${question.topic}`
        : "";
      const extra =
        code === "opioid_use"
          ? usesLongActing(assessment, findings)
            ? ` Methadone or buprenorphine: about ${OPIOID_FREE_DAYS.long} opioid-free days before naltrexone.`
            : ` Naltrexone can precipitate withdrawal: confirm when the last dose was.`
          : "";
      reason = `${text}${conflict}.${extra}`;
    }
    flags.push({ code, reason });
  }

  flags.sort((a, b) => flagDefinitions[b.code].weight - flagDefinitions[a.code].weight);
  const top = flags[0] ? flagDefinitions[flags[0].code].weight : 0;
  return { flags, priority: flags.length === 0 ? 0 : top + flags.length - 1 };
}
