"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { beginMfaEnrolment, confirmMfaEnrolment, disableMfa } from "@/lib/auth/mfa";
import { changePassword } from "@/lib/auth/password-change";
import { clientIp } from "@/lib/auth/request-ip";
import { totpCodeSchema } from "@/lib/auth/schemas";
import { getEnrolmentActor } from "@/lib/auth/session";
import { ValidationError } from "@/lib/dal/errors";
import { actionError, type ActionResult } from "../_lib/action-result";

// The signed-in user's own security settings. getEnrolmentActor (not getActor) so an admin who
// must enrol TOTP, or an invited user who must replace the one-time password, can do it here.

const PATH = "/dashboard/account";

export async function startMfaAction(): Promise<ActionResult> {
  try {
    await beginMfaEnrolment((await getEnrolmentActor())?.actor ?? null);
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(PATH);
  return { ok: true };
}

export async function confirmMfaAction(
  _previous: ActionResult<{ recoveryCodes: string[] }> | null,
  form: FormData,
): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  try {
    const parsed = totpCodeSchema.safeParse({ code: form.get("code") });
    if (!parsed.success) throw new ValidationError({ code: parsed.error.issues[0]!.message });
    const recoveryCodes = await confirmMfaEnrolment(await getEnrolmentActor(), parsed.data.code);
    revalidatePath(PATH);
    return { ok: true, recoveryCodes };
  } catch (error) {
    return actionError(error);
  }
}

export async function disableMfaAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  try {
    const password = form.get("password");
    if (typeof password !== "string" || !password) {
      throw new ValidationError({ password: "Enter your password." });
    }
    await disableMfa(await getEnrolmentActor(), password);
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(PATH);
  return { ok: true };
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export async function changePasswordAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  try {
    const input = {
      currentPassword: text(form, "currentPassword"),
      newPassword: text(form, "newPassword"),
      confirmPassword: text(form, "confirmPassword"),
    };
    await changePassword(await getEnrolmentActor(), input, new Date(), clientIp(await headers()));
  } catch (error) {
    return actionError(error);
  }
  // Re-renders the page (and the layout's navigation) now that the session may be fully active.
  revalidatePath(PATH);
  return { ok: true };
}
