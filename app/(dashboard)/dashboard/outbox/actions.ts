"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { retryEmail } from "@/lib/dal/outbox";
import { actionError, type ActionResult } from "../_lib/action-result";

/** Puts one failed email back in the queue; the DAL checks the actor and audits the retry. */
export async function retryEmailAction(id: string): Promise<ActionResult> {
  try {
    await retryEmail(await getActor(), id);
  } catch (error) {
    return actionError(error);
  }
  revalidatePath("/dashboard/outbox");
  return { ok: true };
}
