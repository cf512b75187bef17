import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { auditActions } from "@/lib/audit";
import { getActor } from "@/lib/auth/session";
import { canViewAudit } from "@/lib/authorization";
import { listAuditEvents } from "@/lib/dal/audit-log";
import { auditQuerySchema } from "@/lib/validations/staff";
import { AuditFilters } from "@/components/dashboard/audit-filters";
import { AuditTable } from "@/components/dashboard/audit-table";
import {
  firstValues,
  parseLenient,
  toQuery,
  type RawSearchParams,
} from "@/components/dashboard/search-params";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";

export const dynamic = "force-dynamic";
export const metadata = { title: "Audit log" };

type AuditPageProps = { searchParams: Promise<RawSearchParams> };

export default async function AuditPage({ searchParams }: AuditPageProps) {
  const actor = await getActor();
  if (!actor) redirect("/login?next=/dashboard/audit");
  // A physician gets a 404, not a page that admits the log exists (the DAL would refuse anyway).
  if (!canViewAudit(actor)) notFound();

  const { data: query, ignored } = parseLenient(auditQuerySchema, firstValues(await searchParams));
  const { items, nextCursor } = await listAuditEvents(actor, query);
  const filters = {
    action: query.action,
    actorId: query.actorId,
    subjectId: query.subjectId,
    from: query.from,
    to: query.to,
  };

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold text-slate-900">Audit log</h1>
      {ignored.length > 0 ? (
        <Alert tone="warning" role="status" title="Some filters were ignored">
          <p>One or more filter values were not valid and have been left out.</p>
        </Alert>
      ) : null}
      <AuditFilters values={filters} actions={auditActions} />
      {items.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-white p-6 text-slate-800">
          No events match.
        </p>
      ) : (
        <AuditTable rows={items} />
      )}
      <div className="flex flex-wrap gap-3">
        {query.cursor ? (
          <Link href={`/dashboard/audit${toQuery(filters)}`} className={buttonClass("secondary")}>
            Back to first page
          </Link>
        ) : null}
        {nextCursor ? (
          <Link
            href={`/dashboard/audit${toQuery({ ...filters, cursor: nextCursor })}`}
            className={buttonClass("secondary")}
          >
            Next page
          </Link>
        ) : null}
      </div>
    </div>
  );
}
