import { conditions } from "@/lib/assessment/options";
import { flagDefinitions } from "@/lib/triage/flags";
import { inputClass } from "@/components/ui/field";
import { FilterActions, FilterDate, FilterField } from "./filter-form";

export type QueueFilterValues = {
  status: string;
  q?: string;
  condition?: string;
  flag?: string;
  from?: string;
  to?: string;
};

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
      <FilterField id="queue-q" label="Search name, email or reference" className="sm:col-span-2">
        <input
          id="queue-q"
          name="q"
          type="search"
          maxLength={100}
          autoComplete="off"
          defaultValue={values.q ?? ""}
          className={inputClass}
        />
      </FilterField>
      <FilterField id="queue-condition" label="Condition">
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
      </FilterField>
      <FilterField id="queue-flag" label="Flag">
        <select id="queue-flag" name="flag" defaultValue={values.flag ?? ""} className={inputClass}>
          <option value="">Any or no flag</option>
          {Object.entries(flagDefinitions).map(([code, def]) => (
            <option key={code} value={code}>
              {def.label}
            </option>
          ))}
        </select>
      </FilterField>
      <FilterDate id="queue-from" label="Received from" name="from" value={values.from} />
      <FilterDate id="queue-to" label="Received to" name="to" value={values.to} />
      <FilterActions
        clearHref={`/dashboard?status=${values.status}`}
        className="sm:col-span-2 lg:col-span-6"
      />
    </form>
  );
}
