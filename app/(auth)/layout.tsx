import type { Metadata } from "next";
import { practice } from "@/lib/config";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** A plain frame for sign-in: no site navigation, nothing to distract from the form. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center bg-slate-50 px-4 py-12">
      {/* A banner landmark: axe wants every piece of content inside one. */}
      <header className="mb-8 text-lg font-semibold text-slate-900">{practice.name}</header>
      <main id="main" className="w-full max-w-md rounded-lg bg-white p-6 shadow-sm sm:p-8">
        {children}
      </main>
    </div>
  );
}
