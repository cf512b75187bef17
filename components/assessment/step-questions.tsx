"use client";

import { Fragment, useEffect, type ReactNode } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { isShown, type AssessmentInput, type PathQuestion } from "@/lib/validations/assessment";
import { CrisisHelp } from "./crisis-help";
import { QuestionField } from "./fields";
import { stepQuestions, type FieldName } from "./questions";

/** What the wizard shows right after an answer, beyond the next question. */
const after: Partial<Record<string, (value: unknown) => ReactNode>> = {
  // A "yes" to the self-harm question shows 988/911 at once.
  "symptoms.selfHarmThoughts": (value) => (value === "yes" ? <CrisisHelp variant="alert" /> : null),
};

type Block =
  | { kind: "one"; question: PathQuestion }
  | { kind: "row" | "group"; key: string; questions: PathQuestion[] };

/** Consecutive half-width questions share a row; the questions of a group share a fieldset. */
function blocksOf(questions: PathQuestion[]): Block[] {
  const blocks: Block[] = [];
  for (const question of questions) {
    const last = blocks.at(-1);
    const kind = question.group ? "group" : question.input?.half ? "row" : "one";
    const key = question.group?.path ?? question.path;
    if (kind !== "one" && last?.kind === kind && (kind === "row" || last.key === key))
      last.questions.push(question);
    else if (kind === "one") blocks.push({ kind, question });
    else blocks.push({ kind, key, questions: [question] });
  }
  return blocks;
}

/** The questions of one step of the wizard, in the order and words of its definition. */
export function StepQuestions({ step }: { step: keyof typeof stepQuestions }) {
  const questions = stepQuestions[step];
  const { clearErrors } = useFormContext<AssessmentInput>();
  // Only the answers that decide what shows are watched, not every keystroke of the step.
  const watched = [
    ...new Set(
      questions.flatMap((q) => [
        ...(q.showIf ? [`${step}.${q.showIf.question}`] : []),
        ...(after[q.path] ? [q.path] : []),
      ]),
    ),
  ] as FieldName[];
  const values: readonly unknown[] = useWatch<AssessmentInput>({ name: watched });
  const answers = Object.fromEntries(
    watched.map((path, i) => [path.slice(step.length + 1), values[i]]),
  );
  const shown = questions.filter((q) => isShown(q, answers));
  const hidden = questions.filter((q) => !shown.includes(q)).map((q) => q.path as FieldName);
  const hiddenKey = hidden.join(" ");

  // A hidden follow-up must not keep an error the patient can no longer see or fix.
  useEffect(() => {
    if (hiddenKey) clearErrors(hiddenKey.split(" ") as FieldName[]);
  }, [hiddenKey, clearErrors]);

  const one = (question: PathQuestion) => (
    <Fragment key={question.path}>
      {question.text.note ? (
        <Alert tone="info" title={question.text.note.title}>
          <p>{question.text.note.body}</p>
        </Alert>
      ) : null}
      <QuestionField question={question} />
      {after[question.path]?.(answers[question.path.slice(step.length + 1)])}
    </Fragment>
  );

  return blocksOf(shown).map((block) => {
    if (block.kind === "one") return one(block.question);
    if (block.kind === "row")
      return (
        <div key={block.key} className="grid gap-6 sm:grid-cols-2">
          {block.questions.map(one)}
        </div>
      );
    const { text } = block.questions[0]!.group!;
    const hintId = `${block.key.split(".").at(-1)}-hint`;
    return (
      <fieldset
        key={block.key}
        aria-describedby={text.hint ? hintId : undefined}
        className="min-w-0 space-y-5"
      >
        <legend className="font-semibold text-slate-900">{text.legend}</legend>
        {text.hint ? (
          <p id={hintId} className="text-sm text-slate-700">
            {text.hint}
          </p>
        ) : null}
        {block.questions.map(one)}
      </fieldset>
    );
  });
}
