import Link from "next/link";
import type { SubmissionStatus } from "@/lib/contracts/staff";
import { statusLabels } from "./badges";

type QueueTabsProps = {
  current: SubmissionStatus;
  counts: Record<SubmissionStatus, number>;
  /** Tabs whose count stopped at the cap: shown as "1,000+". */
  cappedCounts?: SubmissionStatus[];
  /** Builds the link for a status, keeping the other filters. */
  hrefFor: (status: SubmissionStatus) => string;
};

/** Status "tabs" as plain links (they work without JavaScript); the current one has aria-current. */
export function QueueTabs({ current, counts, cappedCounts = [], hrefFor }: QueueTabsProps) {
  const statuses = Object.keys(statusLabels) as SubmissionStatus[];
  return (
    <nav aria-label="Queue status">
      <ul className="flex flex-wrap gap-1 border-b border-slate-300">
        {statuses.map((status) => (
          <li key={status}>
            <Link
              href={hrefFor(status)}
              aria-current={status === current ? "page" : undefined}
              className="aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800 -mb-px inline-flex min-h-11 items-center gap-2 rounded-t-md border-b-4 border-transparent px-3 font-medium text-slate-800 hover:bg-white hover:underline aria-[current=page]:bg-white"
            >
              {statusLabels[status]}{" "}
              <span className="rounded-full bg-slate-200 px-2 text-sm text-slate-900">
                <span className="sr-only">(</span>
                {counts[status].toLocaleString("en-US")}
                {cappedCounts.includes(status) ? "+" : ""}
                <span className="sr-only">)</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
