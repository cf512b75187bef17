import { createSubmission } from "@/lib/dal/submissions";
import { readJson } from "@/lib/http/body";
import { errorResponse, HttpError, json } from "@/lib/http/errors";
import { assessmentSchema, fieldErrors, MAX_BODY_BYTES } from "@/lib/validations/assessment";

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

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
    if (!parsed.success)
      throw new HttpError(
        400,
        "validation",
        "Some answers need attention.",
        fieldErrors(parsed.error),
      );

    const result = await createSubmission(parsed.data, key);
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
