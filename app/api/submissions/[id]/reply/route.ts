import { staffRoute } from "@/lib/http/staff-route";
import { saveReplyDraft } from "@/lib/staff-api/operations";

// PUT /api/submissions/{id}/reply — save (create or update) the reply draft
export const PUT = staffRoute(saveReplyDraft);
