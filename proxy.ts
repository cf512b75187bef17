import { NextResponse, type NextRequest } from "next/server";
import {
  API_CSP,
  applyBaseHeaders,
  cameOverHttps,
  contentSecurityPolicy,
  isStaticPage,
  newNonce,
} from "@/lib/http/security-headers";

// Runs before every request but static assets:
//  - a path with malformed percent-encoding (/r/%ZZ) is answered 400 here, with the security
//    headers, instead of failing later in the router as a bare 500;
//  - staff pages without any Auth.js session cookie are redirected to /login at once. That is an
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

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function malformedUrl(https: boolean): NextResponse {
  const response = NextResponse.json(
    { error: "malformed_url", message: "The address is not a valid URL." },
    { status: 400, headers: { "Cache-Control": "no-store" } },
  );
  applyBaseHeaders(response.headers, https);
  response.headers.set("Content-Security-Policy", API_CSP);
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const https = cameOverHttps(request.nextUrl, request.headers.get("x-forwarded-proto"));
  if (!isDecodable(pathname)) return malformedUrl(https);

  if (isStaffPage(pathname) && !hasSessionCookie(request)) {
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

// Everything but the build's static files (their names are hashes; they need no policy).
export const config = { matcher: ["/((?!_next/static/|_next/image|icon.svg).*)"] };
