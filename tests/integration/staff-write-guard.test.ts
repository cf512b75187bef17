import { beforeAll, describe, expect, it } from "vitest";
import { PATCH as changeStatus } from "@/app/api/submissions/[id]/route";
import { POST as addNote } from "@/app/api/submissions/[id]/notes/route";
import { PUT as saveDraft } from "@/app/api/submissions/[id]/reply/route";
import { POST as sendReply } from "@/app/api/submissions/[id]/reply/send/route";
import { query } from "../support/db";
import { insertSubmission, resetStaffData } from "../support/staff-fixtures";

// The CSRF guard of the staff writes (lib/http/staff-write.ts), called as Next calls the route
// handlers. It runs before the session is read, so here (no Auth.js session outside Next) a request
// the guard lets through is answered 401 by the next check, and a refused one 403 or 415.
// APP_URL is unset, so the app's own origin is the default http://localhost:3000.

type Handler = (
  request: Request,
  context: { params: Promise<{ id: string }> },
) => Promise<Response>;
const routes: [string, string, Handler, unknown][] = [
  ["PATCH", "", changeStatus, { status: "IN_REVIEW" }],
  ["POST", "/notes", addNote, { body: "A note." }],
  ["PUT", "/reply", saveDraft, { message: "Hello." }],
  ["POST", "/reply/send", sendReply, {}],
];

let id: string;
beforeAll(async () => {
  await resetStaffData();
  id = await insertSubmission({ firstName: "Jordan" });
});

function call(
  [method, path, handler, body]: (typeof routes)[number],
  headers: Record<string, string>,
): Promise<Response> {
  const request = new Request(`http://localhost:3000/api/submissions/${id}${path}`, {
    method,
    headers,
    body: JSON.stringify(body),
  });
  return handler(request, { params: Promise.resolve({ id }) });
}

const json = { "content-type": "application/json" };
const cases: [string, Record<string, string>, number, string][] = [
  ["a text/plain form post", { "content-type": "text/plain" }, 415, "unsupported_media_type"],
  [
    "a urlencoded form post",
    { "content-type": "application/x-www-form-urlencoded" },
    415,
    "unsupported_media_type",
  ],
  ["no Content-Type at all", {}, 415, "unsupported_media_type"],
  ["JSON from another origin", { ...json, origin: "http://evil.example" }, 403, "cross_origin"],
  [
    "JSON from another port of the same host",
    { ...json, origin: "http://localhost:3001" },
    403,
    "cross_origin",
  ],
  ["JSON from an opaque origin", { ...json, origin: "null" }, 403, "cross_origin"],
  [
    "text/plain from another origin (refused as cross-origin first)",
    { "content-type": "text/plain", origin: "http://evil.example" },
    403,
    "cross_origin",
  ],
  ["Sec-Fetch-Site cross-site", { ...json, "sec-fetch-site": "cross-site" }, 403, "cross_origin"],
  ["Sec-Fetch-Site same-site", { ...json, "sec-fetch-site": "same-site" }, 403, "cross_origin"],
  [
    "JSON from the app's own origin",
    { ...json, origin: "http://localhost:3000", "sec-fetch-site": "same-origin" },
    401,
    "unauthenticated",
  ],
  ["JSON from an API client (no Origin, no Sec-Fetch-Site)", json, 401, "unauthenticated"],
  [
    "a +json media type with a charset",
    { "content-type": "application/merge-patch+json; charset=utf-8" },
    401,
    "unauthenticated",
  ],
];

describe("staff write guard", () => {
  for (const route of routes) {
    for (const [name, headers, status, error] of cases) {
      it(`${route[0]} /api/submissions/{id}${route[1]}: ${name} → ${status}`, async () => {
        const response = await call(route, headers);
        expect(response.status).toBe(status);
        expect(await response.json()).toMatchObject({ error, message: expect.any(String) });
      });
    }
  }

  it("a refused request changes nothing and records nothing", async () => {
    for (const route of routes)
      for (const [, headers, status] of cases) if (status !== 401) await call(route, headers);
    const [row] = await query<{ status: string }>("SELECT status FROM submission WHERE id = $1", [
      id,
    ]);
    expect(row!.status).toBe("NEW");
    expect(await query("SELECT 1 FROM note")).toEqual([]);
    expect(await query("SELECT 1 FROM reply")).toEqual([]);
    expect(await query("SELECT 1 FROM outbox_email")).toEqual([]);
    expect(await query("SELECT 1 FROM audit_event")).toEqual([]);
  });
});
