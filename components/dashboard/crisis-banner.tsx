import Link from "next/link";
import { formatDateTime } from "./format";

/** On every dashboard page until each crisis is acknowledged: references only, no names. */
export function CrisisBanner({
  crises,
}: {
  crises: { id: string; reference: string; createdAt: string }[];
}) {
  if (crises.length === 0) return null;
  return (
    <section
      aria-labelledby="crisis-banner-title"
      className="border-b-4 border-red-800 bg-red-50 px-4 py-3 text-slate-900"
    >
      <div className="mx-auto max-w-7xl space-y-1">
        <h2 id="crisis-banner-title" className="font-semibold text-red-800">
          {crises.length === 1
            ? "A crisis answer needs attention today"
            : `${crises.length} crisis answers need attention today`}
        </h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          {crises.map((c) => (
            <li key={c.id}>
              <Link
                href={`/dashboard/submissions/${c.id}`}
                className="font-mono font-semibold text-red-800 underline underline-offset-2"
              >
                {c.reference}
              </Link>{" "}
              <span className="text-sm">received {formatDateTime(c.createdAt)}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
