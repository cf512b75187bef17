import type { ReactNode } from "react";

/**
 * Lets a wide table scroll sideways inside the page at 360 px. The region is focusable and named so
 * keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      // relative: screen-reader-only text inside is absolutely positioned and would otherwise escape
      // the scroll box and widen the page.
      className="relative overflow-x-auto rounded-md border border-slate-300 bg-white"
    >
      {children}
    </div>
  );
}

export const thClass = "px-3 py-2 text-left text-sm font-semibold whitespace-nowrap text-slate-900";
export const tdClass = "px-3 py-3 align-top text-slate-900";
