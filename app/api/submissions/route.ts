import { staffRoute } from "@/lib/http/staff-route";
import { listQueue } from "@/lib/staff-api/operations";

// GET /api/submissions — the triage queue: one status tab in queue order, tab counts, next cursor
export const GET = staffRoute(listQueue);
