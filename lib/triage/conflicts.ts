import { opioidUse, pregnancyStatus } from "@/lib/assessment/options";
import { screenedTexts, valueAt } from "./fields";
import { screenText, type Concept, type Finding } from "./screen";

// When a patient's own words name something their answer denies ("Norco" in the medicines, "No" to
// opioids), the wizard asks them, kindly and without blocking. Whatever they choose, the server
// screens the same words again and flags them for the physician.

export type ConflictChoice = { label: string; value: string };

export type Conflict = {
  /** Stable for one mention, so a patient's "no" to it is remembered. */
  key: string;
  concept: Concept;
  /** The text field the words came from and the question they conflict with. */
  textPath: string;
  question: string;
  prompt: string;
  /** Answers that would make the question agree with the words ("No" is always offered too). */
  choices: ConflictChoice[];
};

type Check = {
  question: string;
  denied: readonly string[];
  prompt: (f: Finding) => string;
  choices: ConflictChoice[];
};

const yes = [{ label: "Yes", value: "yes" }];
const named = (f: Finding) => `“${f.excerpt}”`;
const verb = (f: Finding) =>
  f.path === "medications.currentMedications" ? "You listed" : "You wrote";
const contains = (f: Finding, what: string) =>
  !f.generic || f.generic.startsWith("an ") || f.generic === f.excerpt.toLowerCase()
    ? `is ${what}`
    : `contains ${what} (${f.generic})`;

const checks: Partial<Record<Concept, Check>> = {
  opioid: {
    question: "medications.opioidUse",
    denied: ["none"],
    prompt: (f) =>
      `${verb(f)} ${named(f)}, which ${contains(f, "an opioid")}. Do you take it now, or have you taken it in the last 14 days?`,
    choices: [
      { label: opioidUse.current, value: "current" },
      { label: opioidUse.recent, value: "recent" },
    ],
  },
  thyroid: {
    question: "medications.thyroidMedication",
    denied: ["no"],
    prompt: (f) =>
      `${verb(f)} ${named(f)}, which ${contains(f, "a thyroid hormone")}. Do you take it now?`,
    choices: [{ label: "Yes, I take it now", value: "yes" }],
  },
  immunosuppressant: {
    question: "medications.transplantOrImmunosuppressants",
    denied: ["no"],
    prompt: (f) =>
      `${verb(f)} ${named(f)}, which ${contains(f, "a medicine that suppresses the immune system")}. Do you take it now?`,
    choices: [{ label: "Yes, I take it now", value: "yes" }],
  },
  transplant: {
    question: "medications.transplantOrImmunosuppressants",
    denied: ["no"],
    prompt: (f) => `${verb(f)} ${named(f)}. Have you had an organ transplant?`,
    choices: yes,
  },
  antagonist: {
    question: "medications.naltrexoneForAlcohol",
    denied: ["no"],
    prompt: (f) =>
      `${verb(f)} ${named(f)}, which contains naltrexone or a similar medicine. Do you take it now?`,
    choices: [{ label: "Yes, I take it now", value: "yes" }],
  },
  liver: {
    question: "medications.liverDisease",
    denied: ["no"],
    prompt: (f) => `${verb(f)} ${named(f)}. Do you have liver disease or hepatitis?`,
    choices: yes,
  },
  kidney: {
    question: "medications.kidneyDisease",
    denied: ["no"],
    prompt: (f) => `${verb(f)} ${named(f)}. Do you have kidney disease?`,
    choices: yes,
  },
  pregnancy: {
    question: "medications.pregnancy",
    denied: ["no", "not_applicable"],
    prompt: (f) =>
      `${verb(f)} ${named(f)}. Are you pregnant, breastfeeding or planning a pregnancy?`,
    choices: (["pregnant", "breastfeeding", "planning"] as const).map((value) => ({
      label: pregnancyStatus[value],
      value,
    })),
  },
  surgery: {
    question: "medications.plannedSurgery",
    denied: ["no"],
    prompt: (f) => `${verb(f)} ${named(f)}. Do you have surgery or a procedure planned?`,
    choices: yes,
  },
  crisis: {
    question: "symptoms.selfHarmThoughts",
    denied: ["no"],
    prompt: (f) =>
      `${verb(f)} ${named(f)}. Have you had thoughts that you would be better off dead, or of hurting yourself?`,
    choices: yes,
  },
};

/** Mentions in the patient's words that their answer to the matching question denies. */
export function findConflicts(answers: Record<string, unknown>): Conflict[] {
  return screenedTexts(answers)
    .flatMap(screenText)
    .flatMap((f) => {
      const check = checks[f.concept];
      if (!check) return [];
      const answer = valueAt(answers, check.question);
      if (typeof answer !== "string" || !check.denied.includes(answer)) return [];
      return [
        {
          key: `${f.concept}|${f.path}|${f.excerpt.toLowerCase()}`,
          concept: f.concept,
          textPath: f.path,
          question: check.question,
          prompt: check.prompt(f),
          choices: check.choices,
        },
      ];
    });
}

/** A crisis answer, or words that suggest one: the same test the server's crisis flag uses. */
export function suggestsCrisis(answers: Record<string, unknown>): boolean {
  return (
    valueAt(answers, "symptoms.selfHarmThoughts") === "yes" ||
    screenedTexts(answers)
      .flatMap(screenText)
      .some((f) => f.concept === "crisis")
  );
}
