import { clientIp } from "@/lib/auth/request-ip";
import { verifyDob } from "@/lib/dal/reply-links";
import { readSmallForm } from "@/lib/http/body";
import { errorResponse } from "@/lib/http/errors";
import { accessCookieHeader } from "@/lib/reply-links/access";
import { isWellFormedToken } from "@/lib/reply-links/token";
import { dobCheckSchema } from "@/lib/validations/reply-link";

type Context = { params: Promise<{ token: string }> };

/** A date-of-birth form is a few dozen bytes; anything far larger is not one. */
const MAX_FORM_BYTES = 2048;

/** 303 back to the page (a GET), so a reload never resubmits the answer; the DOB never enters the URL. */
function backTo(
  token: string,
  attempt?: "wrong" | "locked" | "missing",
  cookie?: string,
): Response {
  const safe = isWellFormedToken(token) ? token : "invalid";
  const headers = new Headers({
    Location: `/r/${safe}${attempt ? `?attempt=${attempt}` : ""}`,
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
  });
  if (cookie) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 303, headers });
}

async function readDob(request: Request): Promise<string | null> {
  const form = await readSmallForm(request, MAX_FORM_BYTES);
  const parsed = dobCheckSchema.safeParse({ dateOfBirth: form?.get("dateOfBirth") ?? undefined });
  return parsed.success ? parsed.data.dateOfBirth : null;
}

// POST /r/{token}/verify — check the patient's date of birth and grant this browser access to the link
export async function POST(request: Request, { params }: Context): Promise<Response> {
  try {
    const { token } = await params;
    const dob = await readDob(request);
    // A missing or impossible date is not a guess: it is not counted against the link.
    if (dob === null) return backTo(token, "missing");
    const result = await verifyDob(token, dob, clientIp(request.headers));
    switch (result.kind) {
      case "ok":
        return backTo(token, undefined, accessCookieHeader(token, result.linkId));
      case "invalid":
        return backTo(token);
      default:
        return backTo(token, result.kind);
    }
  } catch (error) {
    return errorResponse(error);
  }
}
