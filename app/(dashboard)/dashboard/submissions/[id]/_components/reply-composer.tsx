"use client";

import { useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { likelihoods } from "@/components/reply/likelihood";
import { ReplyView } from "@/components/reply/reply-view";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatClock } from "@/components/dashboard/format";
import { sendReplyAction } from "../actions";
import { ComposerFields } from "./composer-fields";
import {
  sendSchema,
  type ReplyForm,
  type ReplyFormValues,
  type TemplateOption,
} from "./reply-form-values";
import { SendConfirm } from "./send-confirm";
import { TemplatePicker } from "./template-picker";
import { useAutosave, type SaveStatus } from "./use-autosave";

type ReplyComposerProps = {
  submissionId: string;
  initial: ReplyFormValues;
  /** True when `initial` is the stored draft (so it need not be saved again). */
  fromDraft: boolean;
  savedAt: string | null;
  templates: TemplateOption[];
  physicianName: string;
  /** Admins see the composer read-only: only physicians give medical opinions. */
  disabled: boolean;
  onSent: (version: number) => void;
};

function saveText(status: SaveStatus): string {
  if (status.kind === "saving") return "Saving draft…";
  if (status.kind === "saved") return `Draft saved ${formatClock(status.at)}`;
  if (status.kind === "error") return `Draft not saved: ${status.message}`;
  return "";
}

// Drafts may be incomplete (autosave takes anything replyInputSchema accepts); the resolver holds
// the stricter rules that apply when the physician presses "Send reply".
const resolver = zodResolver(sendSchema);

/** "Not a candidate now" beside "if you would like to go ahead" or "book a visit". */
function mixedMessage({ likelihood, message }: ReplyFormValues): boolean {
  const offersVisit = likelihood ? likelihoods[likelihood].offersVisit : true;
  return !offersVisit && /\bgo ahead\b|\bbook\b/i.test(message ?? "");
}

const fieldOrder = ["likelihood", "benefits", "timeline", "considerations", "message"] as const;

export function ReplyComposer(props: ReplyComposerProps) {
  const { submissionId, disabled } = props;
  const form: ReplyForm = useForm({
    defaultValues: props.initial,
    resolver,
    shouldFocusError: false,
  });
  const { status, flush } = useAutosave(submissionId, form, {
    enabled: !disabled,
    alreadySaved: props.fromDraft,
    savedAt: props.savedAt,
  });
  const [preview, setPreview] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [sendError, setSendError] = useState<string | null>(null);

  function applyTemplate(template: TemplateOption) {
    const opts = { shouldDirty: true };
    form.setValue("likelihood", template.likelihood, opts);
    form.setValue("benefits", template.benefits, opts);
    form.setValue("timeline", template.timeline, opts);
    form.setValue("considerations", template.considerations, opts);
    form.setValue("message", template.message, opts);
    form.setValue("templateKey", template.key as ReplyFormValues["templateKey"], opts);
    setNotice(`Template “${template.title}” applied.`);
  }

  async function send() {
    setSending(true);
    setSendError(null);
    const saved = await flush();
    const result = saved ? await sendReplyAction(submissionId) : null;
    setSending(false);
    setConfirming(false);
    if (result?.ok) return props.onSent(result.version);
    if (result?.fields) {
      for (const [name, message] of Object.entries(result.fields)) {
        form.setError(name as keyof ReplyFormValues, { message });
      }
    }
    setSendError(result ? result.message : "The draft could not be saved, so nothing was sent.");
  }

  const values = useWatch({ control: form.control }) as ReplyFormValues;
  return (
    <FormProvider {...form}>
      <form
        noValidate
        aria-labelledby="composer-title"
        onSubmit={form.handleSubmit(
          () => {
            setPreview(false);
            setConfirming(true);
          },
          (errors) => {
            // Errors may sit in fields hidden by the preview: show them, then focus the first.
            setPreview(false);
            const first = fieldOrder.find((name) => errors[name]);
            if (first) setTimeout(() => form.setFocus(first), 0);
          },
        )}
        className="space-y-5 rounded-md border border-slate-300 bg-white p-4 sm:p-6"
      >
        <h3 id="composer-title" className="text-lg font-semibold text-slate-900">
          {disabled ? "Reply draft" : "Write the reply"}
        </h3>
        {disabled ? (
          <Alert tone="info" title="Only physicians write and send replies">
            <p>You can read the draft, change the status and add notes.</p>
          </Alert>
        ) : null}
        <fieldset disabled={disabled || sending} className="min-w-0 space-y-5">
          <legend className="sr-only">Reply</legend>
          <TemplatePicker
            templates={props.templates}
            current={values.templateKey}
            onApply={applyTemplate}
          />
          <div hidden={preview}>
            <ComposerFields />
          </div>
          {preview ? (
            <section aria-label="Preview as the patient will see it" className="space-y-2">
              <p className="text-sm font-semibold text-slate-700">
                Preview: what the patient will see
              </p>
              <ReplyView
                {...values}
                physicianName={props.physicianName}
                level={3}
                idPrefix="preview"
              />
            </section>
          ) : null}
          {mixedMessage(values) ? (
            <Alert tone="warning" title="The message and the opinion disagree">
              <p>
                The opinion offers no visit, but the message invites the patient to go ahead or book
                one. The patient would read both: please reword the message.
              </p>
            </Alert>
          ) : null}
          <div className="flex flex-wrap items-center gap-3">
            <Button
              variant="secondary"
              aria-pressed={preview}
              onClick={() => setPreview((p) => !p)}
            >
              {preview ? "Back to editing" : "Preview"}
            </Button>
            {disabled ? null : (
              <Button type="submit" disabled={confirming}>
                Send reply
              </Button>
            )}
            <p role="status" className="text-sm text-slate-700">
              {disabled ? "" : saveText(status)}
            </p>
          </div>
        </fieldset>
        <p role="status" className="text-brand-800 text-sm font-semibold">
          {notice}
        </p>
        {sendError ? (
          <Alert tone="error" role="alert" title="The reply was not sent">
            <p>{sendError}</p>
          </Alert>
        ) : null}
        {confirming ? (
          <SendConfirm
            sending={sending}
            onConfirm={() => void send()}
            onCancel={() => setConfirming(false)}
          />
        ) : null}
      </form>
    </FormProvider>
  );
}
