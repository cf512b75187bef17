import { describe, expect, it } from "vitest";
import {
  initialWizardState,
  wizardReducer,
  type WizardState,
} from "@/components/assessment/wizard-state";

const at = (changes: Partial<WizardState>): WizardState => ({ ...initialWizardState, ...changes });

describe("the wizard's state", () => {
  it("moves to a step, leaves the ineligible notice and asks for focus on the heading", () => {
    const next = wizardReducer(at({ ineligible: "age", showSummary: true }), {
      type: "go",
      step: 2,
    });
    expect(next).toMatchObject({ step: 2, ineligible: null, showSummary: false });
    expect(next.focus).toEqual({ target: { kind: "heading" }, tick: 1 });
  });

  it("goes to a step with errors showing its summary, and remembers to return to review", () => {
    const next = wizardReducer(at({ step: 5 }), {
      type: "go",
      step: 1,
      focusOn: "error",
      returnToReview: true,
    });
    expect(next).toMatchObject({ step: 1, showSummary: true, returnToReview: true });
    expect(next.focus?.target).toEqual({ kind: "error" });
  });

  it("makes every focus request a new one, even to the same place", () => {
    const once = wizardReducer(initialWizardState, { type: "showErrors" });
    const twice = wizardReducer(once, { type: "showErrors" });
    expect(twice.focus).not.toBe(once.focus);
    expect(twice.focus?.tick).toBe(2);
  });

  it("keeps the step and the status apart", () => {
    expect(wizardReducer(at({ step: 3 }), { type: "status", status: "failed" })).toEqual(
      at({ step: 3, status: "failed" }),
    );
  });

  it("starts again on clear with fresh inputs", () => {
    const next = wizardReducer(
      at({ step: 4, formKey: 2, status: "failed", returnToReview: true, ineligible: "state" }),
      { type: "clear" },
    );
    expect(next).toMatchObject({ ...initialWizardState, formKey: 3, focus: { tick: 1 } });
  });
});
