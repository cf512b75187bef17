"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { deactivateUser, inviteUser, reactivateUser } from "@/lib/dal/users";
import { actionError, type ActionResult } from "../_lib/action-result";

// Admin actions of the users page; the DAL refuses anyone but an ADMIN whatever calls it.

const PATH = "/dashboard/users";
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export type InviteResult = ActionResult<{ email: string; temporaryPassword: string }>;

export async function inviteUserAction(
  _previous: InviteResult | null,
  form: FormData,
): Promise<InviteResult> {
  try {
    const { user, temporaryPassword } = await inviteUser(await getActor(), {
      email: text(form, "email"),
      name: text(form, "name"),
      role: text(form, "role"),
    });
    revalidatePath(PATH);
    return { ok: true, email: user.email, temporaryPassword };
  } catch (error) {
    return actionError(error);
  }
}

export async function setActiveAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  try {
    const actor = await getActor();
    const userId = text(form, "userId");
    if (text(form, "active") === "true") await reactivateUser(actor, userId);
    else await deactivateUser(actor, userId);
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(PATH);
  return { ok: true };
}
