"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { retryEmail } from "@/lib/dal/outbox";
import { runAction } from "../_lib/action-result";

/** Puts one failed email back in the queue; the DAL checks the actor and audits the retry. */
export async function retryEmailAction(id: string) {
  return runAction(
    async () => retryEmail(await getActor(), id),
    () => revalidatePath("/dashboard/outbox"),
  );
}
