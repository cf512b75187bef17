import { staffRoute } from "@/lib/http/staff-route";
import { changeSubmissionStatus, getSubmission } from "@/lib/staff-api/operations";

// GET /api/submissions/{id} — one submission with answers, flags, notes, replies and draft (audited)
export const GET = staffRoute(getSubmission);

// PATCH /api/submissions/{id} — move a submission to another status tab
export const PATCH = staffRoute(changeSubmissionStatus);
