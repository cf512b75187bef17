import { staffRoute } from "@/lib/http/staff-route";
import { addSubmissionNote } from "@/lib/staff-api/operations";

// POST /api/submissions/{id}/notes — add an internal note
export const POST = staffRoute(addSubmissionNote);
