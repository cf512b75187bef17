import "server-only";
import { randomUUID } from "node:crypto";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from "@/lib/dal/errors";

// The one result shape of the dashboard's server actions. Messages are fixed strings (or the DAL's
// own fixed messages) so nothing about a patient reaches the browser or the log by accident.

export type ActionError = { ok: false; message: string; fields?: Record<string, string> };
export type ActionResult<T = object> = ({ ok: true } & T) | ActionError;

export function actionError(error: unknown): ActionError {
  if (error instanceof ValidationError) {
    return { ok: false, message: "Some fields need attention.", fields: error.fields };
  }
  if (error instanceof UnauthenticatedError) {
    return { ok: false, message: "Your session has ended. Sign in again to continue." };
  }
  if (error instanceof ForbiddenError) return { ok: false, message: error.message };
  if (error instanceof NotFoundError)
    return { ok: false, message: "This record no longer exists." };
  if (error instanceof ConflictError) return { ok: false, message: error.message };
  const requestId = randomUUID();
  const detail = error instanceof Error ? error.name : "non-error thrown";
  console.error(`[${requestId}] dashboard action failed: ${detail}`);
  return { ok: false, message: `Something went wrong on our side (reference ${requestId}).` };
}
