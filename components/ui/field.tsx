import type { ReactNode } from "react";

/** The attributes that tie a control to its label, hint and error message. */
export type ControlAria = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
};

export function describedBy(...ids: (string | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length > 0 ? list.join(" ") : undefined;
}

export const inputClass =
  "block w-full min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

export function FieldHint({ id, children }: { id?: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={id} className="text-sm text-slate-700">
      {children}
    </p>
  );
}

export function FieldError({ id, message }: { id?: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-semibold text-red-700">
      {message}
    </p>
  );
}

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (aria: ControlAria) => ReactNode;
};

/** Label above, hint, the control, then its error: the control gets the ids through `children`. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
      </label>
      <FieldHint id={hintId}>{hint}</FieldHint>
      {children({
        id,
        "aria-describedby": describedBy(hintId, errorId),
        "aria-invalid": error ? true : undefined,
      })}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
