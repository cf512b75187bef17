import Link from "next/link";
import type { SubmissionStatus } from "@/lib/contracts/staff";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { listSubmissions } from "@/lib/dal/queue";
import { queueQuerySchema } from "@/lib/validations/staff";
import { statusLabels } from "@/components/dashboard/badges";
import { QueueFilters } from "@/components/dashboard/queue-filters";
import { QueueTable } from "@/components/dashboard/queue-table";
import { QueueTabs } from "@/components/dashboard/queue-tabs";
import {
  firstValues,
  parseLenient,
  toQuery,
  type RawSearchParams,
} from "@/components/dashboard/search-params";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";

export const dynamic = "force-dynamic";
export const metadata = { title: "Queue" };

type QueuePageProps = { searchParams: Promise<RawSearchParams> };

export default async function QueuePage({ searchParams }: QueuePageProps) {
  const actor = await getActor();
  // Only the path goes into ?next=: a search term typed by staff must not travel through login.
  if (!actor) redirect("/login?next=/dashboard");

  const raw = firstValues(await searchParams);
  const { data: query, ignored } = parseLenient(queueQuerySchema, raw);
  const status = (query.status ?? "NEW") as SubmissionStatus;
  const { items, nextCursor, counts, cappedCounts } = await listSubmissions(actor, query);

  // Filters survive a change of tab; the cursor does not (it belongs to one ordered list).
  const filters = {
    q: query.q,
    condition: query.condition,
    flag: query.flag,
    from: query.from,
    to: query.to,
  };
  const hrefFor = (s: SubmissionStatus) => `/dashboard${toQuery({ status: s, ...filters })}`;
  const filtered = Object.values(filters).some(Boolean);
  const caption = `${statusLabels[status]} submissions${filtered ? " matching the filters" : ""}, most urgent first, then oldest first`;

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold text-slate-900">Queue</h1>
      {ignored.length > 0 ? (
        <Alert tone="warning" role="status" title="Some filters were ignored">
          <p>One or more filter values were not valid and have been left out.</p>
        </Alert>
      ) : null}
      <QueueFilters values={{ status, ...filters }} />
      <QueueTabs current={status} counts={counts} cappedCounts={cappedCounts} hrefFor={hrefFor} />
      {items.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-white p-6 text-slate-800">
          {query.cursor
            ? "No more submissions."
            : `No ${statusLabels[status].toLowerCase()} submissions${filtered ? " match these filters" : ""}.`}
        </p>
      ) : (
        <QueueTable rows={items} caption={caption} />
      )}
      <div className="flex flex-wrap gap-3">
        {query.cursor ? (
          <Link href={hrefFor(status)} className={buttonClass("secondary")}>
            Back to first page
          </Link>
        ) : null}
        {nextCursor ? (
          <Link
            href={`/dashboard${toQuery({ status, ...filters, cursor: nextCursor })}`}
            className={buttonClass("secondary")}
          >
            Next page
          </Link>
        ) : null}
      </div>
    </div>
  );
}
