"use server";

import { revalidatePath } from "next/cache";
import { beginMfaEnrolment, confirmMfaEnrolment, disableMfa } from "@/lib/auth/mfa";
import { totpCodeSchema } from "@/lib/auth/schemas";
import { getEnrolmentActor } from "@/lib/auth/session";
import { ValidationError } from "@/lib/dal/errors";
import { actionError, type ActionResult } from "../_lib/action-result";

// The signed-in user's own security settings. getEnrolmentActor (not getActor) so an admin who
// must enrol TOTP before anything else can do exactly that here.

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
