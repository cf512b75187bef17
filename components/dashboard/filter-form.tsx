import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";

// Pieces shared by the dashboard's GET filter forms (queue, audit log): a labelled field, a date
// input and the apply/clear row, so every filter form looks and behaves alike.

const labelClass = "block text-sm font-semibold text-slate-900";

export function FilterField({
  id,
  label,
  className = "",
  children,
}: {
  id: string;
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={className ? `space-y-1.5 ${className}` : "space-y-1.5"}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children}
    </div>
  );
}

/** A labelled text input; `mono` for ids pasted from elsewhere. */
export function FilterText({
  id,
  label,
  name,
  value,
  mono = false,
}: {
  id: string;
  label: string;
  name: string;
  value?: string;
  mono?: boolean;
}) {
  return (
    <FilterField id={id} label={label}>
      <input
        id={id}
        name={name}
        defaultValue={value ?? ""}
        autoComplete="off"
        spellCheck={false}
        className={mono ? `${inputClass} font-mono text-sm` : inputClass}
      />
    </FilterField>
  );
}

export function FilterDate({
  id,
  label,
  name,
  value,
}: {
  id: string;
  label: string;
  name: string;
  value?: string;
}) {
  return (
    <FilterField id={id} label={label}>
      <input id={id} name={name} type="date" defaultValue={value ?? ""} className={inputClass} />
    </FilterField>
  );
}

/** "Apply filters" submits the form; "Clear filters" goes to `clearHref`. */
export function FilterActions({ clearHref, className }: { clearHref: string; className: string }) {
  return (
    <div className={`flex flex-wrap items-center gap-3 ${className}`}>
      <button type="submit" className={buttonClass("primary")}>
        Apply filters
      </button>
      <Link href={clearHref} className={buttonClass("link")}>
        Clear filters
      </Link>
    </div>
  );
}
