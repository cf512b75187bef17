import * as z from "zod";
import type { FlagCode } from "@/lib/triage/flags";
import { keysOf } from "@/lib/assessment/options";
import { alwaysCheck, choice } from "./common";

// The questionnaire as data. Each step file (about.ts, condition.ts, …) declares its questions once:
// the answer's schema, how it is asked, its words, when it shows and which flags read it. From that
// come the step's zod schema (with the "required when shown" rules and the pruning of hidden
// answers), the wizard's fields, the review page, the staff view and the OpenAPI example. The words
// sit under `text` so they can move to message catalogs keyed by the question's path.

/** How a question is asked (components/assessment/questions.tsx renders each kind). */
export type Kind = "text" | "textarea" | "select" | "radio" | "score" | "checkbox";

export type QuestionText = {
  label: string;
  hint?: string;
  /** A hint holding `{link}`, shown as a link to `href` with the words `link`. */
  link?: { href: string; text: string };
  /** A hint holding `{name}`, used once the patient's name is known. */
  hintWithName?: string;
  placeholder?: string;
  /** Shown before the question, when it shows. */
  note?: { title: string; body: string };
};

export type Question<S extends z.ZodType = z.ZodType> = {
  kind: Kind;
  schema: S;
  text: QuestionText;
  /** The answer in the documented example (OpenAPI, tests' payloads); absent: left unanswered. */
  example?: z.input<S>;
  choices?: Readonly<Record<string, string>>;
  /** A follow-up: asked (and kept) only while the step's answer `question` is one of `is`. */
  showIf?: { question: string; is: readonly string[] };
  /** The error of a follow-up left empty while it shows. */
  requiredWhenShown?: string;
  /** Flags computed from this answer (lib/triage/rules.ts); documentation for the reader. */
  flags?: readonly FlagCode[];
  /** Shown as a calendar date (YYYY-MM-DD → "March 14, 1984"). */
  date?: boolean;
  input?: {
    type?: "email" | "tel" | "date";
    autoComplete?: string;
    inputMode?: "numeric";
    spellCheck?: boolean;
    className?: string;
    rows?: number;
    inline?: boolean;
    /** Half width beside the next half-width question on wide screens. */
    half?: boolean;
    /** How the typed text becomes the answer: a number, or absent when empty. */
    valueAs?: "number" | "optional";
  };
};

/** A question answered with one of `choices` (radios), with `error` when it is not answered. */
export function radio<const C extends Record<string, string>, const E extends keyof C & string>(
  choices: C,
  error: string,
  example: E,
  rest: Omit<Question, "kind" | "schema" | "choices" | "example">,
) {
  const schema = choice(keysOf(choices), error);
  return { kind: "radio" as const, schema, choices, example, ...rest };
}

/** Questions answered together under one legend, stored as one object (the 0–10 scores). */
export type Group<Q extends Record<string, Question> = Record<string, Question>> = {
  kind: "group";
  text: { legend: string; hint?: string };
  questions: Q;
};

type Item = Question | Group;

type ShapeOf<I extends Record<string, Item>> = {
  [K in keyof I]: I[K] extends Group<infer G>
    ? z.ZodObject<{ [J in keyof G]: G[J]["schema"] }>
    : I[K] extends Question<infer S>
      ? S
      : never;
};

export type StepDefinition<K extends string, I extends Record<string, Item>> = {
  key: K;
  title: string;
  questions: I;
};

/** One question of a step with its full path ("medications.opioidDetails"), in screen order. */
export type PathQuestion = Question & {
  path: string;
  group?: { path: string; text: Group["text"] };
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether a question shows (is asked, kept, shown on review) given its step's answers. */
export function isShown(question: Pick<Question, "showIf">, stepAnswers: unknown): boolean {
  if (!question.showIf) return true;
  const value = isRecord(stepAnswers) ? stepAnswers[question.showIf.question] : undefined;
  return typeof value === "string" && question.showIf.is.includes(value);
}

/** The step's zod schema: each answer's schema, the follow-ups' rules, hidden answers dropped. */
export function defineStep<const K extends string, const I extends Record<string, Item>>(
  definition: StepDefinition<K, I>,
) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, item] of Object.entries(definition.questions)) {
    shape[name] =
      item.kind === "group"
        ? z.object(
            Object.fromEntries(Object.entries(item.questions).map(([n, q]) => [n, q.schema])),
          )
        : item.schema;
  }
  let schema = z.object(shape as ShapeOf<I>);
  const followUps = Object.entries(definition.questions).filter(
    (entry): entry is [string, Question] => entry[1].kind !== "group" && Boolean(entry[1].showIf),
  );
  for (const [name, question] of followUps) {
    if (!question.requiredWhenShown) continue;
    schema = schema.refine(
      (v: unknown) => !isShown(question, v) || Boolean(isRecord(v) && v[name]),
      { error: question.requiredWhenShown, path: [name], ...alwaysCheck },
    );
  }
  // A follow-up to an answer later changed is not kept: the physician sees what applies.
  schema = schema.overwrite((v) => {
    const hidden = followUps.filter(([, q]) => !isShown(q, v)).map(([name]) => name);
    if (hidden.every((name) => !(name in v))) return v;
    const kept = { ...v } as Record<string, unknown>;
    for (const name of hidden) delete kept[name];
    return kept as typeof v;
  });
  return { ...definition, schema };
}

/** A step's answers in the documented example: every question with an `example`. */
export function exampleOf(step: { questions: Record<string, Item> }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(step.questions)) {
    if (item.kind === "group") out[name] = exampleOf(item);
    else if (item.example !== undefined) out[name] = item.example;
  }
  return out;
}

/** The questions of a step in screen order, each with its full path. */
export function questionsOf(step: {
  key: string;
  questions: Record<string, Item>;
}): PathQuestion[] {
  return Object.entries(step.questions).flatMap(([name, item]) => {
    const path = `${step.key}.${name}`;
    if (item.kind !== "group") return [{ ...item, path }];
    const group = { path, text: item.text };
    return Object.entries(item.questions).map(([n, q]) => ({ ...q, path: `${path}.${n}`, group }));
  });
}
