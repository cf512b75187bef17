import Link from "next/link";

// Shown for unknown submissions and for pages the signed-in role may not open (an admin-only page
// answers a physician with 404, which tells nothing about what exists there).
export default function DashboardNotFound() {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold text-slate-900">Page not found</h1>
      <p className="text-slate-800">
        This page does not exist, or your account does not have access to it.
      </p>
      <p>
        <Link
          href="/dashboard"
          className="text-brand-700 hover:text-brand-800 underline underline-offset-4"
        >
          Back to the queue
        </Link>
      </p>
    </div>
  );
}
