/** Shown while a dashboard page loads its data. */
export default function DashboardLoading() {
  return (
    <div role="status" className="space-y-4">
      <p className="text-slate-800">Loading…</p>
      <div aria-hidden="true" className="space-y-3 motion-safe:animate-pulse">
        <div className="h-8 w-48 rounded bg-slate-200" />
        <div className="h-24 rounded bg-slate-200" />
        <div className="h-64 rounded bg-slate-200" />
      </div>
    </div>
  );
}
