import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";

export type AuditFilterValues = {
  action?: string;
  actorId?: string;
  subjectId?: string;
  from?: string;
  to?: string;
};

const labelClass = "block text-sm font-semibold text-slate-900";

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
      <div className="space-y-1.5">
        <label htmlFor="audit-action" className={labelClass}>
          Action
        </label>
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
      </div>
      <div className="space-y-1.5">
        <label htmlFor="audit-actor" className={labelClass}>
          Actor (user ID)
        </label>
        <input
          id="audit-actor"
          name="actorId"
          defaultValue={values.actorId ?? ""}
          autoComplete="off"
          spellCheck={false}
          className={`${inputClass} font-mono text-sm`}
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="audit-subject" className={labelClass}>
          Subject ID
        </label>
        <input
          id="audit-subject"
          name="subjectId"
          defaultValue={values.subjectId ?? ""}
          autoComplete="off"
          spellCheck={false}
          className={`${inputClass} font-mono text-sm`}
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="audit-from" className={labelClass}>
          From
        </label>
        <input
          id="audit-from"
          name="from"
          type="date"
          defaultValue={values.from ?? ""}
          className={inputClass}
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="audit-to" className={labelClass}>
          To
        </label>
        <input
          id="audit-to"
          name="to"
          type="date"
          defaultValue={values.to ?? ""}
          className={inputClass}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-5">
        <button type="submit" className={buttonClass("primary")}>
          Apply filters
        </button>
        <Link href="/dashboard/audit" className={buttonClass("link")}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
