import { ReplyView } from "@/components/reply/reply-view";
import type { PatientView } from "@/lib/dal/patient-view";
import { PrintButton } from "./print-button";

type Sent = Extract<PatientView, { kind: "reply" }>;

/** The physician's sent reply, rendered by the same component as the staff preview. */
export function PatientReply({ view }: { view: Sent }) {
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-8 sm:py-12 print:max-w-none print:p-0">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <p className="text-lg text-slate-700">
          Hello {view.firstName} · Reference{" "}
          <span className="font-mono tracking-wide whitespace-nowrap">{view.reference}</span>
        </p>
        <PrintButton />
      </div>
      <ReplyView {...view.reply} level={1} idPrefix="patient-reply" />
    </div>
  );
}
