import type { ComponentProps } from "react";

type Variant = "primary" | "secondary" | "danger" | "link";

const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-5 py-2 text-base font-semibold disabled:cursor-not-allowed disabled:opacity-75";

const variants: Record<Variant, string> = {
  primary: "bg-brand-700 text-white shadow-sm hover:bg-brand-800",
  secondary: "border border-slate-500 bg-white text-slate-900 hover:bg-slate-100",
  danger: "bg-red-700 text-white shadow-sm hover:bg-red-800",
  link: "min-h-6 px-1 py-1 text-brand-700 underline underline-offset-4 hover:text-brand-800 hover:decoration-2",
};

export function buttonClass(variant: Variant = "primary", extra = ""): string {
  return `${base} ${variants[variant]} ${extra}`.trim();
}

type ButtonProps = ComponentProps<"button"> & { variant?: Variant };

/** A native button with the site's look; `type` defaults to "button" so it never submits by accident. */
export function Button({
  variant = "primary",
  className = "",
  type = "button",
  ...props
}: ButtonProps) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}
