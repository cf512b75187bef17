import "server-only";
import NextAuth, { CredentialsSignin, type Session, type User } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { attemptLogin } from "@/lib/auth/login";
import { clientIp } from "@/lib/auth/request-ip";
import { endStaffSession } from "@/lib/auth/sign-out";
import { env } from "@/lib/env";

// Auth.js v5 with credentials and JWT sessions. The JWT carries only { sid, uid }: who the user is
// and whether the session still counts is decided per request from the StaffSession row
// (lib/auth/session.ts), so revocation does not wait for a token to expire.

/** Password accepted, a second factor is needed: the login form shows its second step. */
export class MfaRequired extends CredentialsSignin {
  code = "mfa_required";
}

/** Anything else; the code is fixed so the client learns nothing about the reason. */
export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}

const text = (value: unknown, max: number) =>
  typeof value === "string" ? value.slice(0, max) : "";

// A function config: evaluated per request, so `next build` can import this module without
// DATABASE_URL or AUTH_SECRET being set.
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const config = env();
  return {
    secret: config.AUTH_SECRET,
    trustHost: config.AUTH_TRUST_HOST,
    session: { strategy: "jwt", maxAge: config.SESSION_ABSOLUTE_HOURS * 3600 },
    pages: { signIn: "/login", error: "/login" },
    // Strict: the browser never sends the staff session with a request another site starts (a
    // link in a webmail opens the dashboard signed out; reload or sign in). Same-site requests
    // from another origin still carry it: lib/http/staff-write.ts refuses those.
    cookies: { sessionToken: { options: { sameSite: "strict" } } },
    providers: [
      Credentials({
        credentials: { email: {}, password: {}, code: {} },
        async authorize(credentials, request): Promise<User | null> {
          const result = await attemptLogin({
            email: text(credentials.email, 1024),
            password: text(credentials.password, 2048),
            code: text(credentials.code, 128),
            ip: clientIp(request.headers),
          });
          if (result.ok) {
            const user = { id: result.userId, sid: result.sessionId };
            return user;
          }
          throw result.reason === "mfa_required" ? new MfaRequired() : new InvalidCredentials();
        },
      }),
    ],
    events: {
      // Every sign-out through Auth.js — the dashboard's and a direct POST /api/auth/signout —
      // revokes the server-side session, not only the cookie in this browser.
      async signOut(message) {
        const sid = "token" in message ? message.token?.sid : undefined;
        if (typeof sid === "string") await endStaffSession(sid);
      },
    },
    callbacks: {
      jwt({ token, user }) {
        // On sign-in replace the default claims (name, email, picture) with the two ids we need.
        if (user) return { sid: (user as { sid?: string }).sid, uid: user.id };
        return token;
      },
      session({ session, token }) {
        return { expires: session.expires, sid: token.sid } as unknown as Session;
      },
    },
    logger: {
      // Failed sign-ins are expected and audited; keep them out of the error log.
      error(error: Error) {
        if (error instanceof CredentialsSignin) return;
        console.error(`[auth] ${error.name}: ${error.message}`);
      },
    },
  };
});
