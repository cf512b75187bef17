import Link from "next/link";
import { conditions } from "@/lib/assessment/options";
import { flagDefinitions } from "@/lib/triage/rules";
import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";

export type QueueFilterValues = {
  status: string;
  q?: string;
  condition?: string;
  flag?: string;
  from?: string;
  to?: string;
};

const labelClass = "block text-sm font-semibold text-slate-900";

/**
 * A GET form, so filtering works without JavaScript and a filtered queue can be bookmarked.
 * The search term is typed by staff; it is never put in a URL by the app itself.
 */
export function QueueFilters({ values }: { values: QueueFilterValues }) {
  return (
    <form
      method="get"
      action="/dashboard"
      role="search"
      aria-label="Filter submissions"
      className="grid gap-4 rounded-md border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
    >
      <input type="hidden" name="status" value={values.status} />
      <div className="space-y-1.5 sm:col-span-2">
        <label htmlFor="queue-q" className={labelClass}>
          Search name, email or reference
        </label>
        <input
          id="queue-q"
          name="q"
          type="search"
          maxLength={100}
          autoComplete="off"
          defaultValue={values.q ?? ""}
          className={inputClass}
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="queue-condition" className={labelClass}>
          Condition
        </label>
        <select
          id="queue-condition"
          name="condition"
          defaultValue={values.condition ?? ""}
          className={inputClass}
        >
          <option value="">All conditions</option>
          {Object.entries(conditions).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1.5">
        <label htmlFor="queue-flag" className={labelClass}>
          Flag
        </label>
        <select id="queue-flag" name="flag" defaultValue={values.flag ?? ""} className={inputClass}>
          <option value="">Any or no flag</option>
          {Object.entries(flagDefinitions).map(([code, def]) => (
            <option key={code} value={code}>
              {def.label}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1.5">
        <label htmlFor="queue-from" className={labelClass}>
          Received from
        </label>
        <input
          id="queue-from"
          name="from"
          type="date"
          defaultValue={values.from ?? ""}
          className={inputClass}
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="queue-to" className={labelClass}>
          Received to
        </label>
        <input
          id="queue-to"
          name="to"
          type="date"
          defaultValue={values.to ?? ""}
          className={inputClass}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-6">
        <button type="submit" className={buttonClass("primary")}>
          Apply filters
        </button>
        <Link href={`/dashboard?status=${values.status}`} className={buttonClass("link")}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
