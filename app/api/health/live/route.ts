export const dynamic = "force-dynamic";

// GET /api/health/live — the process is up and answering (restart it when this fails)
export function GET(): Response {
  return Response.json({ status: "live" }, { headers: { "Cache-Control": "no-store" } });
}
