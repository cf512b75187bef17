import { NextResponse, type NextRequest } from "next/server";

// Optimistic redirect only: a request for a staff page without any Auth.js session cookie is sent
// to /login at once. It never decides access — every page, route handler and DAL function checks
// the session against Postgres itself (a proxy can be bypassed, as CVE-2025-29927 showed).

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function hasSessionCookie(request: NextRequest): boolean {
  // Large tokens are split into "<name>.0", "<name>.1", …
  return request.cookies
    .getAll()
    .some(({ name }) => SESSION_COOKIES.some((c) => name === c || name.startsWith(`${c}.`)));
}

export function proxy(request: NextRequest) {
  if (hasSessionCookie(request)) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("next", request.nextUrl.pathname);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/dashboard", "/dashboard/:path*"] };
