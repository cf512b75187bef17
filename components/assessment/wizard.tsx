"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
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
import { INELIGIBLE_TITLE_ID, Ineligible, type IneligibleReason } from "./ineligible";
import { Progress } from "./progress";
import { fieldId } from "./questions";
import { StepFields } from "./step-fields";
import { applyServerErrors, postAssessment, toPayload } from "./submit";
import { useDraft } from "./use-draft";
import { useProofOfWork } from "./use-proof-of-work";
import { rememberUrgentHelp } from "./urgent-help";
import { WizardNav, type SubmitStatus } from "./wizard-nav";

const LAST = steps.length - 1;
type FocusTarget = { kind: "heading" | "error" } | { kind: "id"; id: string };

export function AssessmentWizard() {
  const router = useRouter();
  const form = useForm<AssessmentInput, unknown, Assessment>({
    resolver: zodResolver(assessmentSchema),
    defaultValues: emptyAssessment,
    shouldFocusError: false,
  });
  const [step, setStep] = useState(0);
  const [formKey, setFormKey] = useState(0);
  const [showSummary, setShowSummary] = useState(false);
  const [ineligible, setIneligible] = useState<IneligibleReason | null>(null);
  const [returnToReview, setReturnToReview] = useState(false);
  const [status, setStatus] = useState<SubmitStatus>("idle");
  const [focus, setFocus] = useState<{ target: FocusTarget; tick: number } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const tick = useRef(0);
  const honeypot = useRef<HTMLInputElement>(null);
  const { holderRef: proofOfWorkRef, take: takeProofOfWork } = useProofOfWork();

  const draft = useDraft(form, setStep);
  const requestFocus = useCallback((target: FocusTarget) => {
    setFocus({ target, tick: ++tick.current });
  }, []);

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

  const goTo = (next: number, focusOn: "heading" | "error" = "heading") => {
    setStep(next);
    setIneligible(null);
    setShowSummary(focusOn === "error");
    draft.saveStep(next);
    requestFocus({ kind: focusOn });
  };

  const showErrors = () => {
    setShowSummary(true);
    requestFocus({ kind: "error" });
  };

  const onContinue = async () => {
    const current = steps[step]!;
    if (current.key === "about") {
      const result = eligibility(form.getValues("about"));
      if (!result.eligible) {
        setShowSummary(false);
        setIneligible(result.reason);
        requestFocus({ kind: "id", id: INELIGIBLE_TITLE_ID });
        return;
      }
    }
    if (!(await form.trigger(current.key))) return showErrors();
    setReturnToReview(false);
    goTo(returnToReview ? LAST : step + 1);
  };

  const onValid = async (data: Assessment) => {
    setStatus("submitting");
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
      setStatus(first === null ? "failed" : "idle");
      if (first === null) return;
      if (first === step) showErrors();
      else goTo(first, "error");
      setReturnToReview(first !== step);
      return;
    }
    if (result.kind === "refused") return setStatus(result.reason);
    if (result.conflict) draft.resetKey();
    setStatus("failed");
  };

  const onInvalid = (errors: FieldErrors<AssessmentInput>) => {
    const first = steps.findIndex((s) => errors[s.key]);
    if (first === -1 || first === step) return showErrors();
    setReturnToReview(true);
    goTo(first, "error");
  };

  const submit = () => form.handleSubmit(onValid, onInvalid)();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (status === "submitting" || ineligible) return;
    if (step === LAST) void submit();
    else void onContinue();
  };

  const onBack = () => {
    setReturnToReview(false);
    goTo(Math.max(step - 1, 0));
  };

  const onEdit = (index: number) => {
    setReturnToReview(true);
    goTo(index);
  };

  const onClear = () => {
    draft.discard();
    form.reset(emptyAssessment);
    setFormKey((k) => k + 1); // fresh inputs: no checked radio survives in the DOM
    setReturnToReview(false);
    setStatus("idle");
    setStep(0);
    setIneligible(null);
    setShowSummary(false);
    requestFocus({ kind: "heading" });
  };

  const onChangeAnswers = () => {
    const reason = ineligible;
    setIneligible(null);
    requestFocus({
      kind: "id",
      id: fieldId(reason === "state" ? "about.state" : "about.dateOfBirth"),
    });
  };

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
