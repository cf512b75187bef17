import { requireActor } from "@/lib/auth/session";
import { getSubmission } from "@/lib/dal/submission-detail";
import { changeStatus } from "@/lib/dal/submission-status";
import { readJson } from "@/lib/http/body";
import { errorResponse, json } from "@/lib/http/errors";
import { assertStaffWrite } from "@/lib/http/staff-write";
import { parseInput, STAFF_BODY_BYTES, statusChangeSchema } from "@/lib/validations/staff";

type Context = { params: Promise<{ id: string }> };

// GET /api/submissions/{id} — one submission with answers, flags, notes, replies and draft (audited)
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  try {
    const actor = await requireActor();
    const { id } = await params;
    return json(await getSubmission(actor, id));
  } catch (error) {
    return errorResponse(error);
  }
}

// PATCH /api/submissions/{id} — move a submission to another status tab
export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  try {
    assertStaffWrite(request);
    const actor = await requireActor();
    const { id } = await params;
    const { status } = parseInput(statusChangeSchema, await readJson(request, STAFF_BODY_BYTES));
    return json(await changeStatus(actor, id, status));
  } catch (error) {
    return errorResponse(error);
  }
}
