import { requireActor } from "@/lib/auth/session";
import { canViewAudit } from "@/lib/authorization";
import { ForbiddenError } from "@/lib/dal/errors";
import { listAuditEvents } from "@/lib/dal/audit-log";
import { errorResponse, json } from "@/lib/http/errors";
import { auditQuerySchema, parseInput, searchParamsObject } from "@/lib/validations/staff";

// GET /api/audit — the audit log, newest first, with filters (ADMIN only; itself audited)
export async function GET(request: Request): Promise<Response> {
  try {
    const actor = await requireActor();
    // Refuse a physician before looking at the query, so the answer is 403 whatever they sent.
    if (!canViewAudit(actor)) throw new ForbiddenError();
    const query = parseInput(
      auditQuerySchema,
      searchParamsObject(new URL(request.url).searchParams),
    );
    return json(await listAuditEvents(actor, query));
  } catch (error) {
    return errorResponse(error);
  }
}
