import "server-only";
import { env } from "@/lib/env";
import { assertJsonBody } from "@/lib/http/body";
import { HttpError } from "@/lib/http/errors";

// The CSRF guard of every state-changing staff route handler (server actions have Next's own
// origin check; route handlers have none). A browser sends the staff session cookie with a form
// posted from any page of the same site — another port or subdomain — whatever SameSite says, and
// an HTML form can post text/plain to any URL without a preflight. So a write must:
//  - not come from another origin: `Origin` (browsers send it on every cross-origin POST) must be
//    the app's own when present, and `Sec-Fetch-Site` must not be cross-site or same-site;
//  - say its body is JSON, which no HTML form can send (so a forged form post is refused even by a
//    browser too old to send either header), and which from another origin needs a CORS
//    preflight this app never answers.
// Requests without Origin and Sec-Fetch-Site (curl, scripts, other API clients) pass: they carry
// no ambient browser credentials. It runs before the session is looked at, so a refused request
// never acts, whoever it would have acted as.

/** The origins that may write: APP_URL's, and outside production also the one the request hit. */
function ownOrigins(request: Request): Set<string> {
  const config = env();
  const origins = new Set([new URL(config.APP_URL).origin]);
  if (config.NODE_ENV !== "production") {
    origins.add(new URL(request.url).origin);
    const host = request.headers.get("host");
    if (host) origins.add(`http://${host}`).add(`https://${host}`);
  }
  return origins;
}

/** Throws 403 cross_origin or 415 unsupported_media_type; returns when the write may proceed. */
export function assertStaffWrite(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  if (
    site === "cross-site" ||
    site === "same-site" ||
    (origin !== null && !ownOrigins(request).has(origin))
  )
    throw new HttpError(
      403,
      "cross_origin",
      "Requests from other sites cannot change anything here.",
    );
  assertJsonBody(request);
}
