import { IntentLink } from "@/components/site/intent-link";
import { practice } from "@/lib/config";

const navItems = [
  { href: "/learn", label: "Learn about LDN" },
  { href: "/assessment", label: "Take the assessment" },
] as const;

/** Site-wide header for public pages. A server component; its links prefetch on intent (IntentLink). */
export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <IntentLink
          href="/"
          className="text-brand-800 inline-flex min-h-11 items-center text-lg font-semibold no-underline hover:underline"
        >
          {practice.name}
        </IntentLink>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-x-2 gap-y-1">
            {navItems.map((item) => (
              <li key={item.href}>
                <IntentLink
                  href={item.href}
                  className="text-brand-700 hover:text-brand-800 inline-flex min-h-11 items-center rounded px-2 underline underline-offset-4 hover:decoration-2"
                >
                  {item.label}
                </IntentLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
