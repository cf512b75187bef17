import type { SubmissionStatus } from "@/lib/contracts/staff";
import { flagDefinitions, type FlagCode } from "@/lib/triage/flags";

// Badges keep text at slate-900/white on tints chosen for ≥ 4.5:1 contrast, and never rely on
// colour alone: urgent flags also carry a "!" mark and the words "urgent" for screen readers.

const badgeBase =
  "inline-flex items-center gap-1 rounded px-2 py-0.5 text-sm font-semibold whitespace-nowrap";

/** Flags heavy enough to block LDN outright (crisis, opioids): the physician must see them first. */
export function isUrgentFlag(code: FlagCode): boolean {
  return flagDefinitions[code].weight >= 90;
}

export function flagLabel(code: string): string {
  return code in flagDefinitions ? flagDefinitions[code as FlagCode].label : code;
}

export function FlagBadge({ code }: { code: FlagCode }) {
  if (isUrgentFlag(code)) {
    return (
      <span className={`${badgeBase} bg-red-700 text-white`}>
        <span aria-hidden="true">!</span>
        <span className="sr-only">Urgent: </span>
        {flagLabel(code)}
      </span>
    );
  }
  return (
    <span className={`${badgeBase} border border-amber-700 bg-amber-50 text-amber-900`}>
      {flagLabel(code)}
    </span>
  );
}

export function FlagBadges({ flags }: { flags: readonly FlagCode[] }) {
  if (flags.length === 0) return <span className="text-slate-700">None</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {flags.map((code) => (
        <li key={code}>
          <FlagBadge code={code} />
        </li>
      ))}
    </ul>
  );
}

export function OverdueBadge() {
  return (
    <span className={`${badgeBase} border border-red-700 bg-red-50 text-red-800`}>Overdue</span>
  );
}

export const statusLabels: Record<SubmissionStatus, string> = {
  NEW: "New",
  IN_REVIEW: "In review",
  REPLIED: "Replied",
  ARCHIVED: "Archived",
};

export function StatusBadge({ status }: { status: SubmissionStatus }) {
  return (
    <span className={`${badgeBase} border border-slate-500 bg-slate-100 text-slate-900`}>
      {statusLabels[status]}
    </span>
  );
}
