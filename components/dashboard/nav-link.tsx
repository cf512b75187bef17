"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A header link that marks itself as the current page (aria-current) for the section it leads to. */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  // The queue is the dashboard root, so only an exact match (or a submission page) selects it.
  const current =
    href === "/dashboard"
      ? pathname === "/dashboard" || pathname.startsWith("/dashboard/submissions")
      : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className="hover:text-brand-800 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800 inline-flex min-h-11 items-center border-b-4 border-transparent px-2 font-medium text-slate-800 hover:underline"
    >
      {children}
    </Link>
  );
}
