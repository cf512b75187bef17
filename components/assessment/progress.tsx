import { steps } from "@/lib/validations/assessment";

/** "Step 2 of 6: Your condition" plus a list of all steps, marking done and current ones. */
export function Progress({ current }: { current: number }) {
  const step = steps[current] ?? steps[0];
  return (
    <div className="space-y-2">
      <p className="text-brand-700 text-sm font-semibold">
        Step {current + 1} of {steps.length}: {step.title}
      </p>
      <ol aria-label="Assessment steps" className="grid grid-cols-6 gap-1.5">
        {steps.map((s, i) => {
          const state = i < current ? "done" : i === current ? "current" : "todo";
          return (
            <li
              key={s.key}
              aria-current={state === "current" ? "step" : undefined}
              className={`h-2 rounded-full ${state === "todo" ? "bg-slate-300" : "bg-brand-700"}`}
            >
              <span className="sr-only">
                {s.title}
                {state === "done" ? " (completed)" : state === "current" ? " (current step)" : ""}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
