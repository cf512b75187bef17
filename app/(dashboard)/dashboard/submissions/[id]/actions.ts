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
import { runAction, type ActionResult } from "../../_lib/action-result";

// Server actions of the submission page. Each performs the same operation the JSON API does
// (lib/staff-api/operations.ts); the DAL checks the actor's rights and parses the input itself.

const revalidatePage = (id: string) => () => revalidatePath(`/dashboard/submissions/${id}`);

export async function changeStatusAction(
  submissionId: string,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    await perform(changeSubmissionStatus, { status: formData.get("status") }, submissionId);
  }, revalidatePage(submissionId));
}

export async function addNoteAction(
  submissionId: string,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    await perform(addSubmissionNote, { body: formData.get("body") }, submissionId);
  }, revalidatePage(submissionId));
}

/** Clears the crisis banner on every dashboard page (audited in the data layer). */
export async function acknowledgeCrisisAction(submissionId: string): Promise<ActionResult> {
  return runAction(
    async () => acknowledgeCrisis(await getActor(), submissionId),
    () => revalidatePath("/dashboard", "layout"),
  );
}

/** Autosave: no revalidation, because re-rendering the page would log a new view every second. */
export async function saveDraftAction(
  submissionId: string,
  input: ReplyInput,
): Promise<ActionResult<{ savedAt: string; version: number }>> {
  return runAction(async () => {
    const draft = await perform(saveReplyDraft, input, submissionId);
    return { savedAt: new Date(draft.updatedAt).toISOString(), version: draft.version };
  });
}

export async function sendReplyAction(
  submissionId: string,
): Promise<ActionResult<{ version: number }>> {
  return runAction(
    async () => ({
      version: (await perform(sendSubmissionReply, undefined, submissionId)).version,
    }),
    () => {
      revalidatePage(submissionId)();
      revalidatePath("/dashboard");
    },
  );
}
