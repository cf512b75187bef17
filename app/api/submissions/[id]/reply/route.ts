import { requireActor } from "@/lib/auth/session";
import { canWriteReply } from "@/lib/authorization";
import { ForbiddenError } from "@/lib/dal/errors";
import { saveDraft } from "@/lib/dal/replies";
import { readJson } from "@/lib/http/body";
import { errorResponse, json } from "@/lib/http/errors";
import { assertStaffWrite } from "@/lib/http/staff-write";
import { parseInput, replyInputSchema, STAFF_BODY_BYTES } from "@/lib/validations/staff";

// PUT /api/submissions/{id}/reply — save (create or update) the reply draft
export async function PUT(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    assertStaffWrite(request);
    const actor = await requireActor();
    // Refuse an admin before looking at the body, so the answer is 403 whatever they sent.
    if (!canWriteReply(actor)) throw new ForbiddenError();
    const { id } = await params;
    const input = parseInput(replyInputSchema, await readJson(request, STAFF_BODY_BYTES));
    return json(await saveDraft(actor, id, input));
  } catch (error) {
    return errorResponse(error);
  }
}
