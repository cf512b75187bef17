import { kb, type PageJs } from "./first-load-js";
import { round } from "./stats";

// Budgets for first-load JS (gzipped): the education page adds almost nothing to the framework's
// own JS, and the assessment wizard (react-hook-form + zod) stays under a fixed ceiling.
export const LEARN_OVER_BARE_BUDGET_KB = 10;
export const ASSESSMENT_BUDGET_KB = 230;

export type JsBudgets = {
  learnOverBareKb: number | null;
  learnWithin10KbOfBare: boolean | null;
  assessmentUnder230Kb: boolean | null;
};

/** A page that is not there yet (no HTTP 200) has no verdict: null. */
export function checkBudgets(bare: PageJs, learn: PageJs, assessment: PageJs): JsBudgets {
  const learnOverBareKb = learn.status === 200 ? round(kb(learn.gzipBytes - bare.gzipBytes)) : null;
  return {
    learnOverBareKb,
    learnWithin10KbOfBare:
      learnOverBareKb === null ? null : learnOverBareKb <= LEARN_OVER_BARE_BUDGET_KB,
    assessmentUnder230Kb:
      assessment.status === 200 ? kb(assessment.gzipBytes) < ASSESSMENT_BUDGET_KB : null,
  };
}
