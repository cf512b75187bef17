import "server-only";
import { toProblem } from "@/lib/http/errors";

// The one result shape of the dashboard's server actions, from the same error map as the JSON
// API (lib/http/errors.ts). Messages are fixed strings (or the DAL's own fixed messages) so
// nothing about a patient reaches the browser or the log by accident.

export type ActionError = { ok: false; message: string; fields?: Record<string, string> };
export type ActionResult<T = object> = ({ ok: true } & T) | ActionError;

/**
 * Where the API's message is written for a program, the words a person at the dashboard needs
 * instead (what happened and what to do), by the same error codes.
 */
const dashboardWords: Partial<Record<string, string>> = {
  validation: "Some fields need attention.",
  unauthenticated: "Your session has ended. Sign in again to continue.",
  not_found: "This record no longer exists.",
};

export function actionError(error: unknown): ActionError {
  const { body } = toProblem(error);
  const words = dashboardWords[body.error] ?? body.message;
  const message = body.requestId
    ? `${words.replace(/\.$/, "")} (reference ${body.requestId}).`
    : words;
  return { ok: false, message, ...(body.fields && { fields: body.fields }) };
}

/**
 * Runs the body of a dashboard action with the one result shape: its fields on success (then
 * `after`, e.g. revalidating the page), the shared error map on any failure.
 */
export async function runAction<T extends object = object>(
  body: () => Promise<T | void>,
  after?: () => void,
): Promise<ActionResult<T>> {
  let value: T | void;
  try {
    value = await body();
  } catch (error) {
    return actionError(error);
  }
  after?.();
  return { ok: true, ...value } as ActionResult<T>;
}
