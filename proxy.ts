import { NextResponse, type NextRequest } from "next/server";
import {
  API_CSP,
  applyBaseHeaders,
  cameOverHttps,
  contentSecurityPolicy,
  isMalformedPath,
  isStaticPage,
  malformedUrlBody,
  malformedUrlHeaders,
  newNonce,
} from "@/lib/http/security-headers";

// Runs before every request but static assets:
//  - a path with malformed percent-encoding (/r/%ZZ) is answered 400 here, with the security
//    headers, instead of failing later in the router as a bare 500 (npm start also checks it
//    first, for Next's own /_next/ paths, which fail before any proxy runs);
//  - staff pages without any Auth.js session cookie are redirected to /login at once (after one
//    self-reload when the link came from another site, see reloadFromHere). That is an
//    optimistic redirect only, never an access decision: every page, route handler and DAL
//    function checks the session against Postgres itself (a proxy can be bypassed, as
//    CVE-2025-29927 showed);
//  - dynamically rendered pages get a fresh CSP nonce: in the request's Content-Security-Policy
//    header, which Next reads to put the nonce on its own scripts, and in the response's.
//    Prerendered pages and API routes get their fixed policy from next.config.ts.

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function hasSessionCookie(request: NextRequest): boolean {
  // Large tokens are split into "<name>.0", "<name>.1", …
  return request.cookies
    .getAll()
    .some(({ name }) => SESSION_COOKIES.some((c) => name === c || name.startsWith(`${c}.`)));
}

const isStaffPage = (pathname: string) =>
  pathname === "/dashboard" || pathname.startsWith("/dashboard/");

/**
 * A link to the dashboard followed from another site (the practice's alert email in a webmail)
 * arrives without the SameSite=Strict session cookie even when the staff member is signed in.
 */
const isCrossSiteNavigation = (request: NextRequest) =>
  request.method === "GET" &&
  request.headers.get("sec-fetch-site") === "cross-site" &&
  request.headers.get("sec-fetch-mode") === "navigate";

/**
 * …so the page reloads itself once: a navigation this origin starts carries the cookie (what
 * SameSite=Lax would have allowed for this GET, and no more). Without a session the reload is
 * same-origin and goes on to /login as usual, so it cannot loop.
 */
function reloadFromHere(https: boolean): NextResponse {
  const response = new NextResponse(
    '<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0"><title>Opening…</title>',
    {
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "no-store",
      },
    },
  );
  applyBaseHeaders(response.headers, https);
  response.headers.set("Content-Security-Policy", API_CSP);
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const https = cameOverHttps(request.headers.get("x-forwarded-proto"), request.nextUrl);
  if (isMalformedPath(pathname))
    return NextResponse.json(malformedUrlBody, {
      status: 400,
      headers: malformedUrlHeaders(https),
    });

  if (isStaffPage(pathname) && !hasSessionCookie(request)) {
    if (isCrossSiteNavigation(request)) return reloadFromHere(https);
    const login = new URL("/login", request.url);
    login.searchParams.set("next", pathname);
    return NextResponse.redirect(login);
  }
  if (pathname.startsWith("/api/") || isStaticPage(pathname)) return NextResponse.next();

  const nonce = newNonce();
  const policy = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  requestHeaders.set("x-nonce", nonce); // for a page that adds a <Script> of its own
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Everything but Next's own /_next/ endpoints (hashed static files, images, the development
// server's hot-reload socket): none of them is a document that needs a policy.
export const config = { matcher: ["/((?!_next/|icon\\.svg$).*)"] };
