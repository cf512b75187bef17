import "server-only";
import { toProblem } from "@/lib/http/errors";

// The one result shape of the dashboard's server actions, from the same error map as the JSON
// API (lib/http/errors.ts). Messages are fixed strings (or the DAL's own fixed messages) so
// nothing about a patient reaches the browser or the log by accident.

export type ActionError = { ok: false; message: string; fields?: Record<string, string> };
export type ActionResult<T = object> = ({ ok: true } & T) | ActionError;

export function actionError(error: unknown): ActionError {
  const { body } = toProblem(error);
  const message = body.requestId
    ? `${body.message.replace(/\.$/, "")} (reference ${body.requestId}).`
    : body.message;
  return { ok: false, message, ...(body.fields && { fields: body.fields }) };
}
