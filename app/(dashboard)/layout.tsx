import type { Metadata } from "next";
import { practice } from "@/lib/config";
import { CrisisBanner } from "@/components/dashboard/crisis-banner";
import { StaffHeader } from "@/components/dashboard/staff-header";
import { listOpenCrises } from "@/lib/dal/crisis";
import { signOutAction } from "@/lib/auth/actions";
import { getSessionState } from "@/lib/auth/session";

// Staff pages must never be indexed. The layout only decides what the chrome shows: it does not
// re-run on client navigation, so each page checks the session itself and the DAL checks it again.
export const metadata: Metadata = {
  title: { default: "Dashboard", template: `%s · Dashboard · ${practice.name}` },
  robots: { index: false, follow: false },
};

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const session = await getSessionState();
  // The chrome only: each page redirects to /login?next=… itself (the layout cannot know the path).
  // There is deliberately no loading.tsx under /dashboard: a Suspense boundary would stream a 200
  // before a page's redirect() or notFound() runs, turning 307/404 refusals into soft ones.
  // An admin who still has to enrol MFA sees no navigation, only sign-out, while the account page
  // enrols them.
  const person = session.status === "signed_out" ? null : session.actor;
  // A crisis stays in view on every page until acknowledged (the data layer checks the actor).
  const crises = session.status === "active" ? await listOpenCrises(session.actor) : [];
  return (
    <div className="flex min-h-screen flex-col bg-slate-50">
      <a
        href="#main"
        className="focus:bg-brand-700 sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:px-4 focus:py-3 focus:text-white"
      >
        Skip to main content
      </a>
      <StaffHeader actor={person} showNav={session.status === "active"} signOut={signOutAction} />
      <CrisisBanner crises={crises} />
      {/* tabIndex lets the skip link move keyboard focus, not only the scroll position. */}
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
