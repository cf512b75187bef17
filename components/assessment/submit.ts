import type { UseFormSetError } from "react-hook-form";
import { steps, type Assessment, type AssessmentInput } from "@/lib/validations/assessment";
import type { FieldName } from "./questions";

export type SubmitResult =
  | { kind: "created"; reference: string }
  | { kind: "invalid"; fields: Record<string, string> }
  /** `unverified`: the anti-spam proof of work was missing or refused; `rate_limited`: HTTP 429. */
  | { kind: "refused"; reason: "unverified" | "rate_limited" }
  /** `conflict`: the server has this idempotency key for other answers; the next try needs a new one. */
  | { kind: "failed"; conflict: boolean };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The parsed answers as sent. Follow-ups to an answer later changed are already gone: the schema
 * drops hidden answers (lib/validations/assessment/define.ts), on this side and on the server.
 */
export function toPayload(data: Assessment): Assessment {
  return dropEmpty(data);
}

/** Empty optional answers are left out rather than sent as "": absent means "no answer". */
function dropEmpty<T>(value: T): T {
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value))
    if (v !== "" && v !== undefined) out[key] = dropEmpty(v);
  return out as T;
}

/** Sent beside the answers, never stored: the proof of work and the (empty) honeypot. */
export type SubmissionGuards = { altcha: string | null; website: string };

// POST /api/assessments — the same key on a retry lets the server return the first result.
export async function postAssessment(
  payload: Assessment,
  idempotencyKey: string,
  guards: SubmissionGuards,
): Promise<SubmitResult> {
  let response: Response;
  try {
    response = await fetch("/api/assessments", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": idempotencyKey },
      body: JSON.stringify({ ...payload, ...guards, altcha: guards.altcha ?? undefined }),
    });
  } catch {
    return { kind: "failed", conflict: false };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && isRecord(body) && typeof body.reference === "string") {
    return { kind: "created", reference: body.reference };
  }
  if (response.status === 429) return { kind: "refused", reason: "rate_limited" };
  if (
    response.status === 400 &&
    isRecord(body) &&
    body.error === "validation" &&
    isRecord(body.fields)
  ) {
    const fields: Record<string, string> = {};
    for (const [path, message] of Object.entries(body.fields)) {
      if (typeof message === "string") fields[path] = message;
    }
    if ("altcha" in fields) return { kind: "refused", reason: "unverified" };
    return { kind: "invalid", fields };
  }
  return { kind: "failed", conflict: response.status === 409 };
}

/** Puts the server's field errors on the form; returns the first step that has one, or null. */
export function applyServerErrors(
  setError: UseFormSetError<AssessmentInput>,
  fields: Record<string, string>,
): number | null {
  let first: number | null = null;
  for (const [path, message] of Object.entries(fields)) {
    const index = steps.findIndex((s) => path === s.key || path.startsWith(`${s.key}.`));
    if (index === -1) continue;
    setError(path as FieldName, { type: "server", message });
    if (first === null || index < first) first = index;
  }
  return first;
}
