import Link from "next/link";
import { conditions } from "@/lib/assessment/options";
import type { QueueItem } from "@/lib/contracts/staff";
import { FlagBadges, OverdueBadge } from "./badges";
import { formatDateTime, isoString, timeAgo } from "./format";
import { TableScroll, tdClass, thClass } from "./table-scroll";

/** The fields of a queue item this table shows. */
type QueueRow = Pick<
  QueueItem,
  | "id"
  | "reference"
  | "firstName"
  | "lastName"
  | "primaryCondition"
  | "flags"
  | "createdAt"
  | "overdue"
>;

function conditionLabel(key: string): string {
  return key in conditions ? conditions[key as keyof typeof conditions] : key;
}

export function QueueTable({ rows, caption }: { rows: QueueRow[]; caption: string }) {
  const now = new Date();
  return (
    <TableScroll label={caption}>
      <table className="w-full min-w-[44rem] border-collapse">
        <caption className="px-3 py-2 text-left text-sm text-slate-700">{caption}</caption>
        <thead className="border-b border-slate-300 bg-slate-100">
          <tr>
            <th scope="col" className={thClass}>
              Reference
            </th>
            <th scope="col" className={thClass}>
              Name
            </th>
            <th scope="col" className={thClass}>
              Condition
            </th>
            <th scope="col" className={thClass}>
              Flags
            </th>
            <th scope="col" className={thClass}>
              Received
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 last:border-0 hover:bg-slate-50">
              <th scope="row" className={`${tdClass} text-left font-normal`}>
                <Link
                  href={`/dashboard/submissions/${row.id}`}
                  className="text-brand-700 hover:text-brand-800 font-mono font-semibold whitespace-nowrap underline underline-offset-2"
                >
                  {row.reference}
                </Link>
              </th>
              <td className={tdClass}>
                {row.firstName} {row.lastName}
              </td>
              <td className={tdClass}>{conditionLabel(row.primaryCondition)}</td>
              <td className={tdClass}>
                <FlagBadges flags={row.flags} />
              </td>
              <td className={`${tdClass} whitespace-nowrap`}>
                <time dateTime={isoString(row.createdAt)} title={formatDateTime(row.createdAt)}>
                  {timeAgo(row.createdAt, now)}
                </time>
                {row.overdue ? (
                  <span className="ml-2">
                    <OverdueBadge />
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
