import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { listFailedEmails, unsentSummary } from "@/lib/dal/outbox";
import { formatDateTime, isoString, timeAgo } from "@/components/dashboard/format";
import { TableScroll, tdClass, thClass } from "@/components/dashboard/table-scroll";
import { retryEmailAction } from "./actions";
import { RetryButton } from "./_components/retry-button";

export const dynamic = "force-dynamic";
export const metadata = { title: "Email" };

/** Emails the worker gave up on after every attempt; staff can put each back in the queue. */
export default async function OutboxPage() {
  const actor = await getActor();
  if (!actor) redirect("/login?next=/dashboard/outbox");
  const [failed, backlog] = await Promise.all([listFailedEmails(actor), unsentSummary(actor)]);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold text-slate-900">Email</h1>
      <p className="max-w-prose text-slate-800">
        Emails are retried automatically with growing pauses. The ones below failed on every
        attempt; retry them once the cause (shown as the last error) is fixed.
      </p>
      <p className="max-w-prose text-slate-800" data-testid="outbox-backlog">
        {backlog.oldestQueuedAt ? (
          <>
            {backlog.unsent.toLocaleString("en-US")} email{backlog.unsent === 1 ? "" : "s"} waiting
            to be sent; the oldest was queued{" "}
            <time dateTime={isoString(backlog.oldestQueuedAt)}>
              {timeAgo(backlog.oldestQueuedAt)}
            </time>
            .
          </>
        ) : (
          "Every queued email has been sent."
        )}
      </p>
      {failed.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-white p-6 text-slate-800">
          No failed emails.
        </p>
      ) : (
        <TableScroll label="Failed emails">
          <table className="w-full min-w-[48rem] border-collapse text-sm">
            <caption className="px-3 py-2 text-left text-slate-700">
              Failed emails, newest first
            </caption>
            <thead className="border-b border-slate-300 bg-slate-100">
              <tr>
                {["Email", "Recipient", "Attempts", "Last error", "Queued", "Action"].map((h) => (
                  <th key={h} scope="col" className={thClass}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {failed.map((e) => (
                <tr key={e.id} className="border-b border-slate-200 last:border-0">
                  <td className={tdClass}>{e.kindLabel}</td>
                  <td className={`${tdClass} font-mono`}>{e.recipient}</td>
                  <td className={tdClass}>{e.attempts}</td>
                  <td className={`${tdClass} font-mono break-all`}>{e.lastError ?? "—"}</td>
                  <td className={`${tdClass} whitespace-nowrap`}>
                    <time dateTime={isoString(e.createdAt)}>{formatDateTime(e.createdAt)}</time>
                  </td>
                  <td className={tdClass}>
                    <RetryButton
                      id={e.id}
                      description={`${e.kindLabel} to ${e.recipient}`}
                      retry={retryEmailAction}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
