"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { updateTemplate } from "@/lib/dal/templates";
import type { TemplateInput } from "@/lib/validations/staff";
import { actionError, type ActionResult } from "../_lib/action-result";

/** Saves one template; the DAL re-validates the input and checks that the actor is a physician. */
export async function updateTemplateAction(
  key: string,
  input: TemplateInput,
): Promise<ActionResult<{ updatedAt: string }>> {
  let updatedAt: string;
  try {
    const template = await updateTemplate(await getActor(), key, input);
    updatedAt = template.updatedAt;
  } catch (error) {
    return actionError(error);
  }
  revalidatePath("/dashboard/templates");
  return { ok: true, updatedAt };
}
