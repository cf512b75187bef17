import "server-only";
import { audit } from "@/lib/audit";
import { canAddNote, type Actor } from "@/lib/authorization";
import { noteSelect, toNoteDto, type NoteDto } from "@/lib/dal/dto";
import { NotFoundError } from "@/lib/dal/errors";
import { assertUuid, authorize } from "@/lib/dal/guard";
import { db } from "@/lib/db";
import { noteSchema, parseInput } from "@/lib/validations/staff";

export type { NoteDto } from "@/lib/dal/dto";

/** Adds an internal note (never shown to the patient). */
export async function addNote(
  actor: Actor | null,
  submissionId: string,
  body: string,
): Promise<NoteDto> {
  const staff = authorize(actor, canAddNote);
  assertUuid(submissionId);
  const input = parseInput(noteSchema, { body });

  return db().$transaction(async (tx) => {
    const exists = await tx.submission.findUnique({
      where: { id: submissionId },
      select: { id: true },
    });
    if (!exists) throw new NotFoundError();
    const note = await tx.note.create({
      data: { submissionId, authorId: staff.id, body: input.body },
      select: noteSelect,
    });
    await audit(tx, {
      action: "note.create",
      actor: staff,
      subject: { type: "submission", id: submissionId },
      details: { noteId: note.id },
    });
    return toNoteDto(note);
  });
}
