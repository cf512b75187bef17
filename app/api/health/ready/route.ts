import { readiness } from "@/lib/health";
import { unavailableHeaders } from "@/lib/http/unavailable";

export const dynamic = "force-dynamic";

// GET /api/health/ready — Postgres answers, every migration is applied and the instance is not
// shutting down (send it traffic only while this is 200)
export async function GET(): Promise<Response> {
  const { ready, checks } = await readiness();
  return Response.json(
    { status: ready ? "ready" : "unavailable", checks },
    {
      status: ready ? 200 : 503,
      headers: ready ? { "Cache-Control": "no-store" } : unavailableHeaders,
    },
  );
}
