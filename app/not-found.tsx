import { PublicShell } from "@/components/site/public-shell";
import { IntentLink } from "@/components/site/intent-link";

export const metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <PublicShell>
      <div className="mx-auto max-w-2xl px-4 py-16">
        <h1 className="text-2xl font-semibold text-slate-900">We can’t find that page</h1>
        <p className="mt-4 text-slate-700">The link may be old or mistyped.</p>
        <p className="mt-6">
          <IntentLink href="/" className="text-brand-700 font-medium underline underline-offset-4">
            Go to the home page
          </IntentLink>
        </p>
      </div>
    </PublicShell>
  );
}
