import { clientIp } from "@/lib/auth/request-ip";
import { requestNewLink } from "@/lib/dal/new-link";
import { readSmallForm } from "@/lib/http/body";
import { errorResponse } from "@/lib/http/errors";
import { newLinkSchema } from "@/lib/validations/reply-link";

/** An email and a date: a form far larger than this is not one of ours. */
const MAX_FORM_BYTES = 4096;

function backTo(query: "sent" | "invalid"): Response {
  return new Response(null, {
    status: 303,
    headers: {
      Location: `/r/new-link?${query}=1`,
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}

// POST /r/new-link/send — email a fresh reply link if the email and date of birth match a submission
export async function POST(request: Request): Promise<Response> {
  try {
    const form = await readSmallForm(request, MAX_FORM_BYTES);
    const parsed = newLinkSchema.safeParse({
      email: form?.get("email") ?? undefined,
      dateOfBirth: form?.get("dateOfBirth") ?? undefined,
    });
    // Only the shape of the input is judged here; a match and a miss both end on "sent".
    if (!parsed.success) return backTo("invalid");
    await requestNewLink(parsed.data, clientIp(request.headers));
    return backTo("sent");
  } catch (error) {
    return errorResponse(error);
  }
}
