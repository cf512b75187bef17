import type { ReactNode } from "react";
import { isShown, type PathQuestion, type StepKey } from "@/lib/validations/assessment";
import { stepQuestions } from "./questions";

// The patient's answers in the order and words of the wizard: the review step shows them to the
// patient, the submission page to staff, so staff read what the patient read.

const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

function valueAt(answers: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => {
    if (node && typeof node === "object" && key in node)
      return (node as Record<string, unknown>)[key];
    return undefined;
  }, answers);
}

function display(question: PathQuestion, value: unknown): string {
  if (value === undefined || value === null || value === "" || Number.isNaN(value))
    return "Not answered";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (question.kind === "score") return `${String(value)} out of 10`;
  if (question.date && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return longDate.format(new Date(`${value}T00:00:00Z`));
  }
  if (question.choices && typeof value === "string") return question.choices[value] ?? value;
  return String(value);
}

type AnswerListProps = {
  step: StepKey;
  /** The whole assessment (or the form's values). */
  answers: unknown;
  title: string;
  headingId: string;
  /** Beside the title: the review step's Edit button. */
  action?: ReactNode;
  /** Two columns on wide screens, long answers across both (the staff view). */
  columns?: boolean;
  className?: string;
};

/** One step's answers; a follow-up question appears only when it was asked. */
export function AnswerList({
  step,
  answers,
  title,
  headingId,
  action,
  columns,
  className = "",
}: AnswerListProps) {
  const stepAnswers = valueAt(answers, step);
  const rows = stepQuestions[step]
    .filter((q) => isShown(q, stepAnswers))
    .map((q) => ({
      path: q.path,
      label: q.text.label,
      text: display(q, valueAt(answers, q.path)),
    }));
  const heading = (
    <h3 id={headingId} className="text-lg font-semibold text-slate-900">
      {title}
    </h3>
  );
  return (
    <section
      aria-labelledby={headingId}
      className={["rounded-md border border-slate-300 p-4", className].filter(Boolean).join(" ")}
    >
      {action ? (
        <div className="flex flex-wrap items-center justify-between gap-2">
          {heading}
          {action}
        </div>
      ) : (
        heading
      )}
      <dl className={columns ? "mt-3 grid gap-x-6 gap-y-3 md:grid-cols-2" : "mt-3 space-y-3"}>
        {rows.map(({ path, label, text }) => {
          const long = columns && (text.length > 80 || text.includes("\n"));
          return (
            <div key={path} className={long ? "md:col-span-2" : undefined}>
              <dt className="text-sm text-slate-700">{label}</dt>
              <dd className="break-words whitespace-pre-line text-slate-900">{text}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
