"use client";

import { useCallback, useEffect, useRef } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { Assessment, AssessmentInput } from "@/lib/validations/assessment";
import { emptyAssessment } from "./defaults";
import { mergeDefaults, newIdempotencyKey, readDraft, removeDraft, writeDraft } from "./draft";
import type { WizardAction } from "./wizard-state";

const SAVE_DELAY_MS = 300;

type Form = UseFormReturn<AssessmentInput, unknown, Assessment>;

/**
 * Autosave of the whole form, the current step and the idempotency key to localStorage.
 * The draft is read in an effect, after hydration, so server and first client render match.
 */
export function useDraft(form: Form, dispatch: (action: WizardAction) => void) {
  const { getValues, reset, watch } = form;
  const stepRef = useRef(0);
  const keyRef = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const save = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    writeDraft({ step: stepRef.current, values: getValues(), idempotencyKey: keyRef.current });
  }, [getValues]);

  useEffect(() => {
    const draft = readDraft();
    if (!draft) return;
    reset(mergeDefaults(emptyAssessment, draft.values));
    stepRef.current = draft.step;
    keyRef.current = draft.idempotencyKey;
    dispatch({ type: "restore", step: draft.step });
  }, [reset, dispatch]);

  useEffect(() => {
    // `name` is set for the patient's edits and absent for reset(): clearing must not re-save.
    const subscription = watch((_values, { name }) => {
      if (!name) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(save, SAVE_DELAY_MS);
    });
    const flush = () => {
      if (timer.current !== undefined) save();
    };
    window.addEventListener("pagehide", flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [watch, save]);

  return {
    /** Saves now with the step the patient has moved to. */
    saveStep: useCallback(
      (step: number) => {
        stepRef.current = step;
        save();
      },
      [save],
    ),
    /** The key for this submission attempt, created (and saved) on first use. */
    ensureKey: useCallback(() => {
      keyRef.current ??= newIdempotencyKey();
      save();
      return keyRef.current;
    }, [save]),
    /** The answers are about to change, so the next submission is a new attempt. */
    resetKey: useCallback(() => {
      keyRef.current = undefined;
      save();
    }, [save]),
    discard: useCallback(() => {
      clearTimeout(timer.current);
      timer.current = undefined;
      keyRef.current = undefined;
      stepRef.current = 0;
      removeDraft();
    }, []),
  };
}
