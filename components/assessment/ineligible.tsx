import Link from "next/link";
import { Button } from "@/components/ui/button";
import { licensedStatesLabel, practice, stateNames } from "@/lib/config";
import { MINIMUM_AGE } from "@/lib/validations/assessment";

export type IneligibleReason = "age" | "state";

export const INELIGIBLE_TITLE_ID = "ineligible-title";

type IneligibleProps = {
  reason: IneligibleReason;
  state?: string;
  onChangeAnswers: () => void;
};

/** The early, kind "we can't help with this online" — shown instead of moving past step 1. */
export function Ineligible({ reason, state, onChangeAnswers }: IneligibleProps) {
  const title =
    reason === "age"
      ? `This assessment is for adults ${MINIMUM_AGE} and older`
      : `Our physician is licensed in ${licensedStatesLabel()} only`;
  const where = state ? (stateNames[state] ?? state) : "your state";
  return (
    <section
      aria-labelledby={INELIGIBLE_TITLE_ID}
      className="border-brand-700 bg-brand-50 space-y-3 rounded-md border-l-4 p-4 text-slate-900"
    >
      <h3 id={INELIGIBLE_TITLE_ID} tabIndex={-1} className="text-lg font-semibold">
        {title}
      </h3>
      {reason === "age" ? (
        <p>
          We are sorry, but {practice.physician.name} can only review assessments from adults. LDN
          for children and teenagers is best discussed with a doctor who can see them in person —
          their own doctor is a good place to start.
        </p>
      ) : (
        <p>
          Our physician is licensed in {licensedStatesLabel()} only, so telemedicine rules do not
          allow us to advise someone who lives in {where}. We are sorry we cannot help online. A
          doctor licensed where you live can talk with you about LDN.
        </p>
      )}
      <p>If you entered something by mistake, you can change your answers and continue.</p>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <Button variant="secondary" onClick={onChangeAnswers}>
          Change my answers
        </Button>
        <Link
          href="/learn"
          className="text-brand-700 hover:text-brand-800 inline-flex min-h-11 items-center underline underline-offset-4"
        >
          Read about LDN
        </Link>
      </div>
    </section>
  );
}
