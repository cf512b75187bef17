import Link from "next/link";
import type { AuditEventDto } from "@/lib/contracts/staff";
import { formatDateTime, isoString } from "./format";
import { toQuery } from "./search-params";
import { TableScroll, tdClass, thClass } from "./table-scroll";

const linkClass = "text-brand-700 hover:text-brand-800 underline underline-offset-2";

function detailsText(details: unknown): string {
  if (details === null || details === undefined) return "";
  if (typeof details !== "object") return String(details);
  return Object.entries(details as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
    .join(", ");
}

/** Audit events, newest first. Actor and subject link to the log filtered by them. */
export function AuditTable({ rows }: { rows: AuditEventDto[] }) {
  return (
    <TableScroll label="Audit events">
      <table className="w-full min-w-[56rem] border-collapse text-sm">
        <caption className="px-3 py-2 text-left text-slate-700">Audit events, newest first</caption>
        <thead className="border-b border-slate-300 bg-slate-100">
          <tr>
            {["Time", "Action", "Actor", "Subject", "IP address", "Details"].map((h) => (
              <th key={h} scope="col" className={thClass}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id} className="border-b border-slate-200 last:border-0">
              <td className={`${tdClass} whitespace-nowrap`}>
                <time dateTime={isoString(e.at)}>{formatDateTime(e.at)}</time>
              </td>
              <td className={`${tdClass} font-mono`}>{e.action}</td>
              <td className={tdClass}>
                {e.actorId ? (
                  <Link
                    href={`/dashboard/audit${toQuery({ actorId: e.actorId })}`}
                    className={linkClass}
                  >
                    {e.actorEmail ?? e.actorId}
                  </Link>
                ) : (
                  (e.actorEmail ?? "—")
                )}
              </td>
              <td className={tdClass}>
                {e.subjectId ? (
                  <Link
                    href={`/dashboard/audit${toQuery({ subjectId: e.subjectId })}`}
                    className={`${linkClass} font-mono break-all`}
                  >
                    {e.subjectType ? `${e.subjectType} ` : ""}
                    {e.subjectId}
                  </Link>
                ) : (
                  "—"
                )}
              </td>
              <td className={`${tdClass} font-mono`}>{e.ip ?? "—"}</td>
              <td className={`${tdClass} break-words`}>{detailsText(e.details) || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
