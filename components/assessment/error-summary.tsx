"use client";

import type { MouseEvent } from "react";
import { useFormState } from "react-hook-form";
import type { AssessmentInput, StepKey } from "@/lib/validations/assessment";
import { fieldId, questionAt, stepQuestions } from "./questions";

export const ERROR_SUMMARY_ID = "error-summary";

type FieldMessage = { path: string; message: string };

/** react-hook-form's nested errors → a flat list of { "about.email", "Enter a valid…" }. */
function flatten(node: unknown, path: string, out: FieldMessage[] = []): FieldMessage[] {
  if (typeof node !== "object" || node === null) return out;
  const record = node as Record<string, unknown>;
  if (typeof record.message === "string" && "type" in record) {
    out.push({ path, message: record.message });
    return out;
  }
  for (const [key, value] of Object.entries(record)) {
    if (key !== "ref") flatten(value, `${path}.${key}`, out);
  }
  return out;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, path: string) {
  const target = document.getElementById(fieldId(path));
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: "center" });
}

/** The errors of one step, in screen order, as links that move focus to each field. */
export function ErrorSummary({ stepKey }: { stepKey: StepKey }) {
  const { errors } = useFormState<AssessmentInput>();
  const order = stepQuestions[stepKey].map((q) => q.path);
  const rank = (path: string) => (order.includes(path) ? order.indexOf(path) : order.length);
  const list = flatten(errors[stepKey], stepKey).sort((a, b) => rank(a.path) - rank(b.path));
  if (list.length === 0) return null;
  // "Please answer this question" alone does not say which one: name the question then.
  const text = (e: FieldMessage) => {
    const label = questionAt.get(e.path)?.text.label;
    const generic =
      e.message.startsWith("Please answer") ||
      list.filter((x) => x.message === e.message).length > 1;
    if (!label || !generic) return e.message;
    return /[?.]$/.test(label) ? `${label} ${e.message}` : `${label}: ${e.message}`;
  };
  return (
    <div
      id={ERROR_SUMMARY_ID}
      role="alert"
      tabIndex={-1}
      aria-labelledby={`${ERROR_SUMMARY_ID}-title`}
      className="rounded-md border-2 border-red-700 bg-red-50 p-4 text-slate-900"
    >
      <h3 id={`${ERROR_SUMMARY_ID}-title`} className="font-semibold">
        {list.length === 1
          ? "Please check this answer"
          : `Please check these ${list.length} answers`}
      </h3>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {list.map((e) => (
          <li key={e.path}>
            <a
              href={`#${fieldId(e.path)}`}
              onClick={(event) => focusField(event, e.path)}
              className="text-red-800 underline underline-offset-2"
            >
              {text(e)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
