import { staffRoute } from "@/lib/http/staff-route";
import { listAudit } from "@/lib/staff-api/operations";

// GET /api/audit — the audit log, newest first, with filters (ADMIN only; itself audited)
export const GET = staffRoute(listAudit);
