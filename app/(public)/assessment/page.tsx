import type { Metadata } from "next";
import { AssessmentWizard } from "@/components/assessment/wizard";
import { practice } from "@/lib/config";

export const metadata: Metadata = {
  title: "Free LDN mini-assessment",
  description: `A short, free questionnaire about your condition, symptoms and medicines. ${practice.physician.name} reads it and tells you whether an LDN consultation is worthwhile.`,
};

const days = practice.responseTimeBusinessDays;

export default function AssessmentPage() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-8 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Free LDN mini-assessment</h1>
      <p className="mt-3 text-slate-700">
        Six short steps, about 10 minutes. {practice.physician.name} reads every assessment and
        replies within {days} business day{days === 1 ? "" : "s"}. This is not emergency care: if
        you are in danger now, call 911, or call or text 988.
      </p>
      <div className="mt-8">
        <AssessmentWizard />
      </div>
    </div>
  );
}
