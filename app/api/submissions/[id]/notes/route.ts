import { requireActor } from "@/lib/auth/session";
import { addNote } from "@/lib/dal/notes";
import { readJson } from "@/lib/http/body";
import { errorResponse, json } from "@/lib/http/errors";
import { assertStaffWrite } from "@/lib/http/staff-write";
import { noteSchema, parseInput, STAFF_BODY_BYTES } from "@/lib/validations/staff";

// POST /api/submissions/{id}/notes — add an internal note
export async function POST(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    assertStaffWrite(request);
    const actor = await requireActor();
    const { id } = await params;
    const { body } = parseInput(noteSchema, await readJson(request, STAFF_BODY_BYTES));
    return json(await addNote(actor, id, body), 201);
  } catch (error) {
    return errorResponse(error);
  }
}
