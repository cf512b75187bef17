import type { ReactNode } from "react";

type Tone = "info" | "warning" | "error" | "danger";

const tones: Record<Tone, string> = {
  info: "border-brand-700 bg-brand-50",
  warning: "border-amber-600 bg-amber-50",
  error: "border-red-700 bg-red-50",
  danger: "border-red-700 bg-red-50 border-l-8",
};

type AlertProps = {
  tone?: Tone;
  title?: ReactNode;
  /** "alert" interrupts a screen reader at once: only for errors and safety messages. */
  role?: "alert" | "status";
  id?: string;
  tabIndex?: number;
  className?: string;
  children?: ReactNode;
};

/** A boxed message. Text stays slate-900 on a pale tint so contrast holds for every tone. */
export function Alert({
  tone = "info",
  title,
  role,
  id,
  tabIndex,
  className = "",
  children,
}: AlertProps) {
  return (
    <div
      id={id}
      role={role}
      tabIndex={tabIndex}
      className={`rounded-md border-l-4 p-4 text-slate-900 ${tones[tone]} ${className}`}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1 space-y-2" : "space-y-2"}>{children}</div> : null}
    </div>
  );
}
