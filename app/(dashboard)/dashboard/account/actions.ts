"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { beginMfaEnrolment, confirmMfaEnrolment, disableMfa } from "@/lib/auth/mfa";
import { changePassword } from "@/lib/auth/password-change";
import { clientIp } from "@/lib/auth/request-ip";
import { totpCodeSchema } from "@/lib/auth/schemas";
import { getEnrolmentActor } from "@/lib/auth/session";
import { ValidationError } from "@/lib/dal/errors";
import { formText } from "@/lib/http/body";
import { runAction, type ActionResult } from "../_lib/action-result";

// The signed-in user's own security settings. getEnrolmentActor (not getActor) so an admin who
// must enrol TOTP, or an invited user who must replace the one-time password, can do it here.
// Each re-renders the page (and the layout's navigation, now that the session may be fully active).

const revalidate = () => revalidatePath("/dashboard/account");

export async function startMfaAction(): Promise<ActionResult> {
  return runAction(
    async () => beginMfaEnrolment((await getEnrolmentActor())?.actor ?? null),
    revalidate,
  );
}

export async function confirmMfaAction(
  _previous: ActionResult<{ recoveryCodes: string[] }> | null,
  form: FormData,
): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  return runAction(async () => {
    const parsed = totpCodeSchema.safeParse({ code: form.get("code") });
    if (!parsed.success) throw new ValidationError({ code: parsed.error.issues[0]!.message });
    return {
      recoveryCodes: await confirmMfaEnrolment(await getEnrolmentActor(), parsed.data.code),
    };
  }, revalidate);
}

export async function disableMfaAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const password = formText(form, "password");
    if (!password) throw new ValidationError({ password: "Enter your password." });
    await disableMfa(await getEnrolmentActor(), password);
  }, revalidate);
}

export async function changePasswordAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const input = {
      currentPassword: formText(form, "currentPassword"),
      newPassword: formText(form, "newPassword"),
      confirmPassword: formText(form, "confirmPassword"),
    };
    await changePassword(await getEnrolmentActor(), input, new Date(), clientIp(await headers()));
  }, revalidate);
}
