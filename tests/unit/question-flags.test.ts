import { describe, expect, it } from "vitest";
import { flagCodes, triage, type FlagCode } from "@/lib/triage/rules";
import { steps, type Assessment } from "@/lib/validations/assessment";
import { questionsOf } from "@/lib/validations/assessment/define";
import { exampleAssessment } from "@/lib/validations/assessment/example";

// Each question declares which flags read it (`flags` in its step file). The triage rules live in
// lib/triage/rules.ts; this keeps the two in step: every choice of a question is tried on the
// example assessment, and the flags that appear must be exactly the ones the question declares.

const today = new Date("2026-06-01T12:00:00Z");
const codes = (a: unknown) => new Set(triage(a as Assessment, today).flags.map((f) => f.code));
const baseline = codes(exampleAssessment);

function withAnswer(path: string, value: string): unknown {
  const copy = structuredClone(exampleAssessment) as Record<string, unknown>;
  const keys = path.split(".");
  let node = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return copy;
}

const questions = steps.flatMap((step) => questionsOf(step));
const withChoices = questions.filter((q) => q.choices);

describe("the flags each question declares", () => {
  it("starts from an example that raises no flag", () => {
    expect([...baseline]).toEqual([]);
  });

  it.each(withChoices.map((q) => [q.path, q] as const))(
    "%s raises exactly the flags it declares",
    (path, question) => {
      const raised = new Set<FlagCode>();
      for (const value of Object.keys(question.choices!))
        for (const code of codes(withAnswer(path, value))) raised.add(code);
      expect([...raised].sort()).toEqual([...(question.flags ?? [])].sort());
    },
  );

  it("names every flag on at least one question", () => {
    const declared = new Set(questions.flatMap((q) => q.flags ?? []));
    expect(flagCodes.filter((code) => !declared.has(code))).toEqual([]);
  });
});
