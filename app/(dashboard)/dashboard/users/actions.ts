"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { deactivateUser, inviteUser, reactivateUser } from "@/lib/dal/users";
import { formText } from "@/lib/http/body";
import { runAction, type ActionResult } from "../_lib/action-result";

// Admin actions of the users page; the DAL refuses anyone but an ADMIN whatever calls it.

const revalidate = () => revalidatePath("/dashboard/users");

export type InviteResult = ActionResult<{ email: string; temporaryPassword: string }>;

export async function inviteUserAction(
  _previous: InviteResult | null,
  form: FormData,
): Promise<InviteResult> {
  return runAction(async () => {
    const { user, temporaryPassword } = await inviteUser(await getActor(), {
      email: formText(form, "email"),
      name: formText(form, "name"),
      role: formText(form, "role"),
    });
    return { email: user.email, temporaryPassword };
  }, revalidate);
}

export async function setActiveAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await getActor();
    const userId = formText(form, "userId");
    if (formText(form, "active") === "true") await reactivateUser(actor, userId);
    else await deactivateUser(actor, userId);
  }, revalidate);
}
