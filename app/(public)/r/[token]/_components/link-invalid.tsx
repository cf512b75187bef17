import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/**
 * The one page for every token that does not open anything: unknown, expired or malformed. They
 * must be indistinguishable, so this takes no props and says nothing about why.
 */
export function LinkInvalid() {
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-8 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">
        This link is no longer valid
      </h1>
      <p className="text-slate-700">
        Links to your assessment page stop working after a while, and only work exactly as we sent
        them. You can ask for a new link: we will email it to the address you gave in your
        assessment.
      </p>
      <p>
        <Link href="/r/new-link" className={buttonClass("primary")}>
          Send me a new link
        </Link>
      </p>
    </div>
  );
}
