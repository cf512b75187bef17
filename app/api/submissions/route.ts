import { requireActor } from "@/lib/auth/session";
import { listSubmissions } from "@/lib/dal/queue";
import { errorResponse, json } from "@/lib/http/errors";
import { parseInput, queueQuerySchema, searchParamsObject } from "@/lib/validations/staff";

// GET /api/submissions — the triage queue: one status tab in queue order, tab counts, next cursor
export async function GET(request: Request): Promise<Response> {
  try {
    // Who asks comes first: an anonymous caller learns nothing, not even which parameters are wrong.
    const actor = await requireActor();
    const query = parseInput(
      queueQuerySchema,
      searchParamsObject(new URL(request.url).searchParams),
    );
    return json(await listSubmissions(actor, query));
  } catch (error) {
    return errorResponse(error);
  }
}
