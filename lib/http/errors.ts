import "server-only";
import { randomUUID } from "node:crypto";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from "@/lib/dal/errors";
import { isDatabaseUnavailable, noteDatabaseUnavailable } from "@/lib/db-availability";
import { unavailableBody, unavailableHeaders } from "@/lib/http/unavailable";

// One place that turns outcomes into HTTP responses, so every route speaks the same error shapes
// and nothing unexpected leaks a stack trace or patient data to the client.

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** Data-layer outcomes as HTTP. Messages are fixed strings: nothing about a patient leaks. */
function fromDomain(error: unknown): HttpError | null {
  if (error instanceof UnauthenticatedError)
    return new HttpError(401, "unauthenticated", error.message);
  if (error instanceof ForbiddenError) return new HttpError(403, "forbidden", error.message);
  if (error instanceof NotFoundError) return new HttpError(404, "not_found", "Not found.");
  if (error instanceof ConflictError) return new HttpError(409, "conflict", error.message);
  if (error instanceof ValidationError)
    return new HttpError(400, "validation", error.message, error.fields);
  return null;
}

/** The one error map: every outcome as an HTTP status and the API's `{ error, message, fields? }`. */
export type Problem = {
  status: number;
  headers?: HeadersInit;
  body: { error: string; message: string; fields?: Record<string, string>; requestId?: string };
};

export function toProblem(thrown: unknown): Problem {
  const error = fromDomain(thrown) ?? thrown;
  if (error instanceof HttpError) {
    const body: Problem["body"] = { error: error.code, message: error.message };
    if (error.fields) body.fields = error.fields;
    return { status: error.status, body };
  }
  // The database is down, restarting or saturated: a retryable 503, not a 500.
  if (isDatabaseUnavailable(error)) {
    noteDatabaseUnavailable();
    return { status: 503, body: { ...unavailableBody }, headers: unavailableHeaders };
  }
  // Unexpected: log the detail with a request id (never the request body, which holds PHI).
  const requestId = randomUUID();
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : "non-error thrown";
  console.error(`[${requestId}] unhandled error: ${detail}`);
  return {
    status: 500,
    body: { error: "internal", message: "Something went wrong on our side.", requestId },
  };
}

export function errorResponse(thrown: unknown): Response {
  const { status, body, headers } = toProblem(thrown);
  return json(body, status, headers);
}
