import { steps } from "@/lib/validations/assessment";
import {
  choices,
  dateFields,
  followUpOf,
  followUps,
  labels,
  stepFields,
  type LabeledField,
} from "@/components/assessment/questions";

// The patient's answers in the order and words of the wizard, so staff read what the patient read.

const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

function valueAt(answers: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => {
    if (node && typeof node === "object" && key in node)
      return (node as Record<string, unknown>)[key];
    return undefined;
  }, answers);
}

function display(name: LabeledField, value: unknown): string {
  if (value === undefined || value === null || value === "") return "Not answered";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (name.startsWith("symptoms.scores.")) return `${String(value)} out of 10`;
  if (dateFields.has(name) && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return longDate.format(new Date(`${value}T00:00:00Z`));
  }
  const options = choices[name];
  if (options && typeof value === "string") return options[value] ?? value;
  return String(value);
}

/** Every answer grouped by wizard step; follow-up questions appear only when they were asked. */
export function AnswersByStep({ answers }: { answers: unknown }) {
  return (
    <div className="space-y-4">
      {steps.map((step) => {
        const fields = stepFields[step.key].filter((name) => {
          const parent = followUpOf[name];
          return !parent || (followUps[name]?.(valueAt(answers, parent)) ?? true);
        });
        const headingId = `answers-${step.key}`;
        return (
          <section
            key={step.key}
            aria-labelledby={headingId}
            className="rounded-md border border-slate-300 bg-white p-4"
          >
            <h3 id={headingId} className="text-lg font-semibold text-slate-900">
              {step.key === "consent" ? "Consent and signature" : step.title}
            </h3>
            <dl className="mt-3 grid gap-x-6 gap-y-3 md:grid-cols-2">
              {fields.map((name) => {
                const text = display(name, valueAt(answers, name));
                const long = text.length > 80 || text.includes("\n");
                return (
                  <div key={name} className={long ? "md:col-span-2" : undefined}>
                    <dt className="text-sm text-slate-700">{labels[name]}</dt>
                    <dd className="break-words whitespace-pre-line text-slate-900">{text}</dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
