"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { acknowledgeCrisis } from "@/lib/dal/crisis";
import { addNote } from "@/lib/dal/notes";
import { saveDraft, sendReply } from "@/lib/dal/replies";
import { changeStatus } from "@/lib/dal/submission-status";
import {
  noteSchema,
  parseInput,
  statusChangeSchema,
  type ReplyInput,
} from "@/lib/validations/staff";
import { actionError, type ActionResult } from "../../_lib/action-result";

// Server actions of the submission page. Each passes the current actor to the same DAL functions the
// JSON API uses; the DAL checks the actor's rights itself.

const pagePath = (id: string) => `/dashboard/submissions/${id}`;

export async function changeStatusAction(
  submissionId: string,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  try {
    const { status } = parseInput(statusChangeSchema, { status: formData.get("status") });
    await changeStatus(await getActor(), submissionId, status);
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(pagePath(submissionId));
  return { ok: true };
}

export async function addNoteAction(
  submissionId: string,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  try {
    const { body } = parseInput(noteSchema, { body: formData.get("body") });
    await addNote(await getActor(), submissionId, body);
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(pagePath(submissionId));
  return { ok: true };
}

/** Clears the crisis banner on every dashboard page (audited in the data layer). */
export async function acknowledgeCrisisAction(submissionId: string): Promise<ActionResult> {
  try {
    await acknowledgeCrisis(await getActor(), submissionId);
  } catch (error) {
    return actionError(error);
  }
  revalidatePath("/dashboard", "layout");
  return { ok: true };
}

/** Autosave: no revalidation, because re-rendering the page would log a new view every second. */
export async function saveDraftAction(
  submissionId: string,
  input: ReplyInput,
): Promise<ActionResult<{ savedAt: string; version: number }>> {
  try {
    const draft = await saveDraft(await getActor(), submissionId, input);
    return { ok: true, savedAt: new Date(draft.updatedAt).toISOString(), version: draft.version };
  } catch (error) {
    return actionError(error);
  }
}

export async function sendReplyAction(
  submissionId: string,
): Promise<ActionResult<{ version: number }>> {
  let version: number;
  try {
    const reply = await sendReply(await getActor(), submissionId);
    version = reply.version;
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(pagePath(submissionId));
  revalidatePath("/dashboard");
  return { ok: true, version };
}
