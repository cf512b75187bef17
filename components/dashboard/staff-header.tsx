import Link from "next/link";
import { practice } from "@/lib/config";
import type { Actor } from "@/lib/authorization";
import { Button } from "@/components/ui/button";
import { NavLink } from "./nav-link";

type StaffHeaderProps = {
  actor: Pick<Actor, "name" | "role"> | null;
  /** False while the session may only reach the account page (MFA enrolment pending). */
  showNav: boolean;
  /** The sign-out server action (passed in: components never import app code). */
  signOut: (formData: FormData) => void | Promise<void>;
};

const roleLabels = { ADMIN: "Administrator", PHYSICIAN: "Physician" } as const;

/** Staff chrome: practice name, the sections this role may open, who is signed in, and sign-out. */
export function StaffHeader({ actor, showNav, signOut }: StaffHeaderProps) {
  const items = [
    { href: "/dashboard", label: "Queue" },
    { href: "/dashboard/templates", label: "Templates" },
    { href: "/dashboard/outbox", label: "Email" },
    ...(actor?.role === "ADMIN"
      ? [
          { href: "/dashboard/audit", label: "Audit log" },
          { href: "/dashboard/users", label: "Users" },
        ]
      : []),
    { href: "/dashboard/account", label: "Account" },
  ];
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2">
        <Link
          href="/dashboard"
          className="text-brand-800 inline-flex min-h-11 items-center text-lg font-semibold no-underline hover:underline"
        >
          {practice.name}
          <span className="ml-2 text-sm font-normal text-slate-700">Staff</span>
        </Link>
        {actor ? (
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <p className="text-sm text-slate-700">
              Signed in as <span className="font-semibold text-slate-900">{actor.name}</span>
              <span className="sr-only">,</span> ({roleLabels[actor.role]})
            </p>
            <form action={signOut}>
              <Button type="submit" variant="secondary" className="min-h-10 px-3 py-1 text-sm">
                Sign out
              </Button>
            </form>
          </div>
        ) : null}
      </div>
      {actor && showNav ? (
        <nav aria-label="Dashboard" className="mx-auto max-w-7xl px-2">
          <ul className="flex flex-wrap gap-x-1">
            {items.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
