"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { updateTemplate } from "@/lib/dal/templates";
import type { TemplateInput } from "@/lib/validations/staff";
import { runAction } from "../_lib/action-result";

/** Saves one template; the DAL re-validates the input and checks that the actor is a physician. */
export async function updateTemplateAction(key: string, input: TemplateInput) {
  return runAction(
    async () => ({ updatedAt: (await updateTemplate(await getActor(), key, input)).updatedAt }),
    () => revalidatePath("/dashboard/templates"),
  );
}
