import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** The public pages' frame: skip link, header, main landmark, footer (also around the 404 page). */
export function PublicShell({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="focus:bg-brand-700 sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:px-4 focus:py-3 focus:text-white"
      >
        Skip to main content
      </a>
      <SiteHeader />
      {/* tabIndex lets the skip link move keyboard focus, not only the scroll position. */}
      <main id="main" tabIndex={-1} className="flex-1">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
