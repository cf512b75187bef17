"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { acknowledgeCrisis } from "@/lib/dal/crisis";
import {
  addSubmissionNote,
  changeSubmissionStatus,
  saveReplyDraft,
  sendSubmissionReply,
} from "@/lib/staff-api/operations";
import { perform } from "@/lib/staff-api/perform";
import type { ReplyInput } from "@/lib/validations/staff";
import { actionError, type ActionResult } from "../../_lib/action-result";

// Server actions of the submission page. Each performs the same operation the JSON API does
// (lib/staff-api/operations.ts); the DAL checks the actor's rights and parses the input itself.

const pagePath = (id: string) => `/dashboard/submissions/${id}`;

export async function changeStatusAction(
  submissionId: string,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  try {
    await perform(changeSubmissionStatus, { status: formData.get("status") }, submissionId);
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
    await perform(addSubmissionNote, { body: formData.get("body") }, submissionId);
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
    const draft = await perform(saveReplyDraft, input, submissionId);
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
    const reply = await perform(sendSubmissionReply, undefined, submissionId);
    version = reply.version;
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(pagePath(submissionId));
  revalidatePath("/dashboard");
  return { ok: true, version };
}
