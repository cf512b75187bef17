import { staffRoute } from "@/lib/http/staff-route";
import { sendSubmissionReply } from "@/lib/staff-api/operations";

// POST /api/submissions/{id}/reply/send — send the draft: REPLIED, immutable, patient email queued
export const POST = staffRoute(sendSubmissionReply);
