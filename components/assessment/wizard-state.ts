import type { IneligibleReason } from "./ineligible";
import type { SubmitStatus } from "./wizard-nav";

export type FocusTarget = { kind: "heading" | "error" } | { kind: "id"; id: string };

/** Everything the wizard remembers besides the answers (react-hook-form keeps those). */
export type WizardState = {
  step: number;
  /** Bumped by "Clear my answers": fresh inputs, so no checked radio survives in the DOM. */
  formKey: number;
  showSummary: boolean;
  ineligible: IneligibleReason | null;
  /** The patient came from the review step (an Edit link or an error there) and goes back to it. */
  returnToReview: boolean;
  status: SubmitStatus;
  /** Where focus moves once React has rendered; `tick` makes a repeated request a new one. */
  focus: { target: FocusTarget; tick: number } | null;
};

export type WizardAction =
  | { type: "go"; step: number; focusOn?: "heading" | "error"; returnToReview?: boolean }
  | { type: "restore"; step: number }
  | { type: "showErrors"; returnToReview?: boolean }
  | { type: "ineligible"; reason: IneligibleReason; focusId: string }
  | { type: "changeAnswers"; focusId: string }
  | { type: "status"; status: SubmitStatus }
  | { type: "clear" };

export const initialWizardState: WizardState = {
  step: 0,
  formKey: 0,
  showSummary: false,
  ineligible: null,
  returnToReview: false,
  status: "idle",
  focus: null,
};

function focus(state: WizardState, target: FocusTarget): WizardState["focus"] {
  return { target, tick: (state.focus?.tick ?? 0) + 1 };
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case "go": {
      const focusOn = action.focusOn ?? "heading";
      return {
        ...state,
        step: action.step,
        ineligible: null,
        showSummary: focusOn === "error",
        returnToReview: action.returnToReview ?? state.returnToReview,
        focus: focus(state, { kind: focusOn }),
      };
    }
    case "restore":
      return { ...state, step: action.step };
    case "showErrors":
      return {
        ...state,
        showSummary: true,
        returnToReview: action.returnToReview ?? state.returnToReview,
        focus: focus(state, { kind: "error" }),
      };
    case "ineligible":
      return {
        ...state,
        showSummary: false,
        ineligible: action.reason,
        focus: focus(state, { kind: "id", id: action.focusId }),
      };
    case "changeAnswers":
      return {
        ...state,
        ineligible: null,
        focus: focus(state, { kind: "id", id: action.focusId }),
      };
    case "status":
      return { ...state, status: action.status };
    case "clear":
      return {
        ...initialWizardState,
        formKey: state.formKey + 1,
        focus: focus(state, { kind: "heading" }),
      };
  }
}
