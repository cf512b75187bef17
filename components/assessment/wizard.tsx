"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useReducer, useRef, type FormEvent } from "react";
import { FormProvider, useForm, type FieldErrors } from "react-hook-form";
import {
  assessmentSchema,
  eligibility,
  steps,
  type Assessment,
  type AssessmentInput,
} from "@/lib/validations/assessment";
import { ClearAnswers } from "./clear-answers";
import { emptyAssessment } from "./defaults";
import { ERROR_SUMMARY_ID, ErrorSummary } from "./error-summary";
import { Honeypot } from "./honeypot";
import { INELIGIBLE_TITLE_ID, Ineligible } from "./ineligible";
import { Progress } from "./progress";
import { fieldId } from "./questions";
import { StepFields } from "./step-fields";
import { applyServerErrors, postAssessment, toPayload } from "./submit";
import { useDraft } from "./use-draft";
import { useProofOfWork } from "./use-proof-of-work";
import { rememberUrgentHelp } from "./urgent-help";
import { WizardNav } from "./wizard-nav";
import { initialWizardState, wizardReducer } from "./wizard-state";

const LAST = steps.length - 1;

export function AssessmentWizard() {
  const router = useRouter();
  const form = useForm<AssessmentInput, unknown, Assessment>({
    resolver: zodResolver(assessmentSchema),
    defaultValues: emptyAssessment,
    shouldFocusError: false,
  });
  const [state, dispatch] = useReducer(wizardReducer, initialWizardState);
  const { step, formKey, showSummary, ineligible, returnToReview, status, focus } = state;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const honeypot = useRef<HTMLInputElement>(null);
  const { holderRef: proofOfWorkRef, take: takeProofOfWork } = useProofOfWork();

  const draft = useDraft(form, dispatch);

  // Focus moves after React has rendered the new step or the new error messages.
  useEffect(() => {
    if (!focus) return;
    const { target } = focus;
    if (target.kind === "heading") return headingRef.current?.focus();
    if (target.kind === "id") return document.getElementById(target.id)?.focus();
    // handleSubmit publishes its errors a tick after onInvalid: wait a few frames for them.
    let frame = 0;
    let handle = 0;
    const attempt = () => {
      const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      // A radio group is marked invalid as a whole: focus its first radio.
      const control = invalid?.matches("input, select, textarea")
        ? invalid
        : invalid?.querySelector<HTMLElement>("input");
      if (control) return control.focus();
      if (++frame < 10) handle = requestAnimationFrame(attempt);
      else (document.getElementById(ERROR_SUMMARY_ID) ?? headingRef.current)?.focus();
    };
    attempt();
    return () => cancelAnimationFrame(handle);
  }, [focus]);

  const goTo = (
    next: number,
    returnToReview: boolean,
    focusOn: "heading" | "error" = "heading",
  ) => {
    draft.saveStep(next);
    dispatch({ type: "go", step: next, focusOn, returnToReview });
  };

  const onContinue = async () => {
    const current = steps[step]!;
    if (current.key === "about") {
      const result = eligibility(form.getValues("about"));
      if (!result.eligible) {
        dispatch({ type: "ineligible", reason: result.reason, focusId: INELIGIBLE_TITLE_ID });
        return;
      }
    }
    if (!(await form.trigger(current.key))) return dispatch({ type: "showErrors" });
    goTo(returnToReview ? LAST : step + 1, false);
  };

  const onValid = async (data: Assessment) => {
    dispatch({ type: "status", status: "submitting" });
    const send = async () =>
      postAssessment(toPayload(data), draft.ensureKey(), {
        altcha: await takeProofOfWork(),
        website: honeypot.current?.value ?? "",
      });
    let result = await send();
    // A refused proof of work (expired while the tab slept, say) is solved afresh once.
    if (result.kind === "refused" && result.reason === "unverified") result = await send();
    if (result.kind === "created") {
      draft.discard();
      // The thanks page leads with 988/911 after a crisis answer; it learns that from this tab's
      // session storage, never from the URL.
      const { suggestsCrisis } = await import("@/lib/triage/conflicts");
      rememberUrgentHelp(result.reference, suggestsCrisis(data));
      router.push(`/assessment/thanks?ref=${encodeURIComponent(result.reference)}`);
      return;
    }
    if (result.kind === "invalid") {
      draft.resetKey();
      const first = applyServerErrors(form.setError, result.fields);
      dispatch({ type: "status", status: first === null ? "failed" : "idle" });
      if (first === null) return;
      if (first === step) dispatch({ type: "showErrors", returnToReview: false });
      else goTo(first, true, "error");
      return;
    }
    if (result.kind === "refused") return dispatch({ type: "status", status: result.reason });
    if (result.conflict) draft.resetKey();
    dispatch({ type: "status", status: "failed" });
  };

  const onInvalid = (errors: FieldErrors<AssessmentInput>) => {
    const first = steps.findIndex((s) => errors[s.key]);
    if (first === -1 || first === step) return dispatch({ type: "showErrors" });
    goTo(first, true, "error");
  };

  const submit = () => form.handleSubmit(onValid, onInvalid)();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (status === "submitting" || ineligible) return;
    if (step === LAST) void submit();
    else void onContinue();
  };

  const onBack = () => goTo(Math.max(step - 1, 0), false);

  const onEdit = (index: number) => goTo(index, true);

  const onClear = () => {
    draft.discard();
    form.reset(emptyAssessment);
    dispatch({ type: "clear" });
  };

  const onChangeAnswers = () =>
    dispatch({
      type: "changeAnswers",
      focusId: fieldId(ineligible === "state" ? "about.state" : "about.dateOfBirth"),
    });

  const current = steps[step]!;
  return (
    <div className="space-y-6">
      <Progress current={step} />
      <FormProvider {...form}>
        <form ref={formRef} key={formKey} noValidate onSubmit={onSubmit} className="space-y-6">
          <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-bold text-slate-900">
            {current.title}
          </h2>
          {showSummary && !ineligible ? <ErrorSummary stepKey={current.key} /> : null}
          <Honeypot inputRef={honeypot} />
          {ineligible ? (
            <Ineligible
              reason={ineligible}
              state={form.getValues("about.state")}
              onChangeAnswers={onChangeAnswers}
            />
          ) : (
            <>
              <StepFields step={current.key} onEdit={onEdit} />
              <WizardNav
                isFirst={step === 0}
                isLast={step === LAST}
                status={status}
                onBack={onBack}
                onRetry={() => void submit()}
              />
            </>
          )}
        </form>
      </FormProvider>
      <ClearAnswers onClear={onClear} />
      {/* The proof-of-work widget works here, hidden: it has nothing to show or to ask. */}
      <div ref={proofOfWorkRef} hidden />
    </div>
  );
}
