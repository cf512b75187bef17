import { admitSubmission, type Admission } from "@/lib/abuse/admission";
import { honeypotError } from "@/lib/abuse/honeypot";
import { clientIp } from "@/lib/auth/request-ip";
import { createSubmission, idempotencyKeyUsed } from "@/lib/dal/submissions";
import { readJson } from "@/lib/http/body";
import { errorResponse, HttpError, json } from "@/lib/http/errors";
import { assessmentSchema, fieldErrors, MAX_BODY_BYTES } from "@/lib/validations/assessment";

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

const refused = (admission: Exclude<Admission, { kind: "admitted" }>): Response => {
  if (admission.kind === "rate_limited")
    return json(
      {
        error: "rate_limited",
        message: "Too many assessments were sent from this address. Please try again later.",
      },
      429,
      { "Retry-After": String(admission.retryAfter) },
    );
  throw new HttpError(400, "validation", "The anti-spam check did not pass.", {
    altcha: admission.message,
  });
};

// POST /api/assessments — store a patient's assessment
export async function POST(request: Request): Promise<Response> {
  try {
    const key = request.headers.get("idempotency-key");
    if (key !== null && !IDEMPOTENCY_KEY.test(key))
      throw new HttpError(400, "validation", "The request has invalid fields.", {
        "Idempotency-Key": "Use 1 to 255 visible ASCII characters, for example a UUID",
      });

    const body = await readJson(request, MAX_BODY_BYTES);
    const parsed = assessmentSchema.safeParse(body);
    const trap = honeypotError(body);
    if (!parsed.success || trap)
      throw new HttpError(400, "validation", "Some answers need attention.", {
        ...(parsed.success ? {} : fieldErrors(parsed.error)),
        ...trap,
      });

    // A retry of a stored submission answers as before; only new submissions meet the limits.
    const retry = key !== null && (await idempotencyKeyUsed(key));
    const admission = retry
      ? null
      : await admitSubmission({
          ip: clientIp(request.headers),
          email: parsed.data.about.email,
          altcha: (body as Record<string, unknown>).altcha,
        });
    if (admission && admission.kind !== "admitted") return refused(admission);

    const result = await createSubmission(parsed.data, key, new Date(), {
      confirm: admission?.confirm ?? false,
    }).catch(async (error: unknown) => {
      await admission?.undo();
      throw error;
    });
    if (result.kind !== "created") await admission?.undo();
    if (result.kind === "key_conflict")
      throw new HttpError(
        409,
        "idempotency_conflict",
        "This Idempotency-Key was used with a different request.",
      );
    return json(result.submission, 201, {
      "Idempotent-Replayed": String(result.kind === "replayed"),
    });
  } catch (error) {
    return errorResponse(error);
  }
}
