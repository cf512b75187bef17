import { requireActor } from "@/lib/auth/session";
import { sendReply } from "@/lib/dal/replies";
import { errorResponse, json } from "@/lib/http/errors";
import { assertStaffWrite } from "@/lib/http/staff-write";

// POST /api/submissions/{id}/reply/send — send the draft: REPLIED, immutable, patient email queued
export async function POST(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    assertStaffWrite(request);
    const actor = await requireActor();
    const { id } = await params;
    return json(await sendReply(actor, id));
  } catch (error) {
    return errorResponse(error);
  }
}
