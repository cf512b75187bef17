import { inputClass } from "@/components/ui/field";
import { FilterActions, FilterDate, FilterField, FilterText } from "./filter-form";

export type AuditFilterValues = {
  action?: string;
  actorId?: string;
  subjectId?: string;
  from?: string;
  to?: string;
};

/** GET form over the audit log: action, who, what, when. */
export function AuditFilters({
  values,
  actions,
}: {
  values: AuditFilterValues;
  actions: readonly string[];
}) {
  return (
    <form
      method="get"
      action="/dashboard/audit"
      aria-label="Filter audit events"
      className="grid gap-4 rounded-md border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5"
    >
      <FilterField id="audit-action" label="Action">
        <select
          id="audit-action"
          name="action"
          defaultValue={values.action ?? ""}
          className={inputClass}
        >
          <option value="">All actions</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </FilterField>
      <FilterText
        id="audit-actor"
        label="Actor (user ID)"
        name="actorId"
        value={values.actorId}
        mono
      />
      <FilterText
        id="audit-subject"
        label="Subject ID"
        name="subjectId"
        value={values.subjectId}
        mono
      />
      <FilterDate id="audit-from" label="From" name="from" value={values.from} />
      <FilterDate id="audit-to" label="To" name="to" value={values.to} />
      <FilterActions clearHref="/dashboard/audit" className="sm:col-span-2 lg:col-span-5" />
    </form>
  );
}
